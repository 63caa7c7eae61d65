package io.retention4j.benchmarks;

import io.retention4j.loyalty.engine.AdvanceReport;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.ledger.LedgerStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code advanceTo} over 1M customers (issue 6 target: at most 2 s). Each customer enrolled on
 * 2025-06-15 (first purchase enrols) and bought twice, under {@link LoyaltyPrograms#retail()}.
 * {@code advanceNothingDue} moves one day on (every customer is visited, nothing falls due);
 * {@code advanceEverythingExpires} moves 13 months on, so every customer's two lots expire (two
 * EXPIRE entries each) and tier reviews run for every month in between. Single-shot: each
 * measurement starts from a freshly built engine, with the setup's garbage collected beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class LoyaltyAdvanceBenchmark {
    private static final Instant START = Instant.parse("2025-06-15T10:00:00Z");

    @Param({"1000000"})
    public int customers;

    private LoyaltyEngine engine;

    /** Builds the engine with every customer's two purchases. */
    @Setup(Level.Iteration)
    public void setUp() {
        engine = LoyaltyEngine.builder(LoyaltyPrograms.retail()).store(LedgerStore.inMemory())
                .clock(Clock.fixed(START, ZoneOffset.UTC)).enrolOnFirstPurchase().build();
        BigDecimal amount = new BigDecimal("42.50");
        for (int i = 0; i < customers; i++) {
            String id = "customer-" + i;
            engine.purchase(new Purchase("a-" + i, id, amount, null, null, null));
            engine.purchase(new Purchase("b-" + i, id, amount, null, null, null));
        }
        // the 2M purchases above leave garbage; collect it here so the measured advance pays only for its own
        System.gc();
    }

    /**
     * Visits every customer, nothing due.
     *
     * @return the report
     */
    @Benchmark
    public AdvanceReport advanceNothingDue() {
        return engine.advanceTo(START.plusSeconds(86_400));
    }

    /**
     * Every lot expires, monthly tier reviews run.
     *
     * @return the report
     */
    @Benchmark
    public AdvanceReport advanceEverythingExpires() {
        return engine.advanceTo(Instant.parse("2026-07-15T10:00:00Z"));
    }
}
