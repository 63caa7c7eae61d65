package io.retention4j.benchmarks;

import io.retention4j.loyalty.engine.Enrolment;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.ledger.LedgerStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Earn commands per second on the in-memory store (issue 6 target: at least 500k/s on one thread,
 * near-linear scaling to two): purchases with unique order ids spread uniformly over 100k enrolled
 * customers, under {@link LoyaltyPrograms#retail()} (base rate, a category multiplier on a quarter of
 * purchases, three tiers over a rolling window, lot expiry). Each iteration starts from a fresh
 * engine with the customers enrolled, so journals do not grow across iterations. The baseline is
 * the idempotency floor every earn pays: building the order id and inserting it into a
 * {@link ConcurrentHashMap}.
 *
 * <p>{@code setupCollected}: with {@code true} the setup ends with a full collection, so the enrolled
 * customers are already in the old generation when the measurement starts, as a service's long-lived
 * customers are; with {@code false} the first young collections of each iteration also copy the
 * 100k freshly enrolled accounts (the definition used before 2026-12-06, kept for comparison).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class LoyaltyEarnBenchmark {
    private static final BigDecimal[] AMOUNTS = {new BigDecimal("12.50"), new BigDecimal("49.99"),
        new BigDecimal("7.00"), new BigDecimal("120.35")};

    @Param({"100000"})
    public int customers;

    @Param({"true", "false"})
    public boolean setupCollected;

    private LoyaltyEngine engine;
    private String[] ids;
    private ConcurrentHashMap<String, Boolean> keys;
    private final AtomicInteger threads = new AtomicInteger();

    /** One thread's order counter and customer picker. */
    @State(Scope.Thread)
    public static class Caller {
        int thread;
        long orders;
        SplittableRandom random;

        /**
         * Numbers the thread.
         *
         * @param bench the shared state
         */
        @Setup(Level.Trial)
        public void setUp(LoyaltyEarnBenchmark bench) {
            thread = bench.threads.getAndIncrement();
            random = new SplittableRandom(thread);
        }
    }

    /** A fresh engine with every customer enrolled. */
    @Setup(Level.Iteration)
    public void setUp() {
        ids = new String[customers];
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
        engine = LoyaltyEngine.builder(LoyaltyPrograms.retail()).store(LedgerStore.inMemory()).clock(clock).build();
        for (int i = 0; i < customers; i++) {
            ids[i] = "customer-" + i;
            engine.enrol(Enrolment.of(ids[i]));
        }
        keys = new ConcurrentHashMap<>();
        if (setupCollected) {
            System.gc();
        }
    }

    private Purchase next(Caller caller) {
        int customer = caller.random.nextInt(customers);
        BigDecimal amount = AMOUNTS[customer & 3];
        String order = "o-" + caller.thread + "-" + caller.orders++;
        return (customer & 3) == 0 ? Purchase.inCategory(order, ids[customer], amount.toPlainString(), "books")
                : new Purchase(order, ids[customer], amount, null, null, null);
    }

    /**
     * One earn command on one thread.
     *
     * @param caller the thread's state
     * @return the points earned
     */
    @Benchmark
    @Threads(1)
    public long earnOneThread(Caller caller) {
        return engine.purchase(next(caller)).points();
    }

    /**
     * One earn command on each of two threads.
     *
     * @param caller the thread's state
     * @return the points earned
     */
    @Benchmark
    @Threads(2)
    public long earnTwoThreads(Caller caller) {
        return engine.purchase(next(caller)).points();
    }

    /**
     * Baseline: the order id built and inserted into a concurrent map, on one thread.
     *
     * @param caller the thread's state
     * @return whether the key was new
     */
    @Benchmark
    @Threads(1)
    public Boolean idempotencyFloorOneThread(Caller caller) {
        return keys.putIfAbsent("o-" + caller.thread + "-" + caller.orders++, Boolean.TRUE);
    }
}
