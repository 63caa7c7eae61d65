package io.retention4j.benchmarks;

import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.LifecycleStates;
import io.retention4j.core.lifecycle.LifecycleTransitions;
import io.retention4j.core.lifecycle.OwnCadencePolicy;
import io.retention4j.core.log.TransactionLog;
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
 * Lifecycle states and state-transition replay over the 10M-row, 1M-customer synthetic log (issue 5
 * targets): states of 1M customers as of the log's end (target: at most 300 ms) and the exact replay
 * of every state change over the two years (target: at most 2 s), under fixed inactivity (defaults
 * 60 / 90 / 180 days) and own cadence (defaults), with the baselines every lifecycle pass must pay:
 * the states baseline finds each customer's last purchase day and days since it, the replay
 * baseline computes every purchase's day and counts the distinct purchase days. Days are UTC
 * calendar days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class LifecycleBenchmark {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    @Param({"10000000"})
    public int rows;

    @Param({"1000000"})
    public int customers;

    private TransactionLog log;
    private Lifecycle fixed;
    private Lifecycle fixedOneThread;
    private Lifecycle cadence;
    private int[] daysSince;

    /** Generates the input once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticLog input = SyntheticLog.generate(rows, customers, 42);
        log = TransactionLog.fromArrays(input.dictionary, input.customerCodes, input.epochMillis, input.amounts);
        fixed = Lifecycle.of(FixedInactivityPolicy.defaults());
        fixedOneThread = Lifecycle.builder().policy(FixedInactivityPolicy.defaults()).parallel(false).build();
        cadence = Lifecycle.of(OwnCadencePolicy.defaults());
        daysSince = new int[log.customerCount()];
    }

    /**
     * States baseline: each customer's last purchase (non-negative amount) day and days since it, on
     * one thread.
     *
     * @return the days-since column
     */
    @Benchmark
    public int[] baselineDaysSinceLastPurchase() {
        long endDay = Math.floorDiv(SyntheticLog.END.toEpochMilli(), MILLIS_PER_DAY);
        for (int c = 0; c < log.customerCount(); c++) {
            long last = Long.MIN_VALUE;
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                if (log.amount(row) >= 0) {
                    last = log.epochMillis(row);
                }
            }
            daysSince[c] = last == Long.MIN_VALUE ? -1 : (int) (endDay - Math.floorDiv(last, MILLIS_PER_DAY));
        }
        return daysSince;
    }

    /**
     * States of every customer as of the end, fixed inactivity.
     *
     * @return the states
     */
    @Benchmark
    public LifecycleStates statesFixed() {
        return fixed.states(log, SyntheticLog.END);
    }

    /**
     * The same on the calling thread only.
     *
     * @return the states
     */
    @Benchmark
    public LifecycleStates statesFixedOneThread() {
        return fixedOneThread.states(log, SyntheticLog.END);
    }

    /**
     * States of every customer as of the end, own cadence (median gap per customer).
     *
     * @return the states
     */
    @Benchmark
    public LifecycleStates statesOwnCadence() {
        return cadence.states(log, SyntheticLog.END);
    }

    /**
     * Replay baseline: the day of every purchase and the number of distinct purchase days, on one
     * thread.
     *
     * @return the number of purchase days
     */
    @Benchmark
    public long baselinePurchaseDays() {
        long purchaseDays = 0;
        for (int c = 0; c < log.customerCount(); c++) {
            long previous = Long.MIN_VALUE;
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                if (log.amount(row) >= 0) {
                    long day = Math.floorDiv(log.epochMillis(row), MILLIS_PER_DAY);
                    if (day != previous) {
                        purchaseDays++;
                        previous = day;
                    }
                }
            }
        }
        return purchaseDays;
    }

    /**
     * Every state change over the two years, fixed inactivity.
     *
     * @return the transitions
     */
    @Benchmark
    public LifecycleTransitions replayFixed() {
        return fixed.replay(log, SyntheticLog.END);
    }

    /**
     * The same on the calling thread only.
     *
     * @return the transitions
     */
    @Benchmark
    public LifecycleTransitions replayFixedOneThread() {
        return fixedOneThread.replay(log, SyntheticLog.END);
    }

    /**
     * Every state change over the two years, own cadence.
     *
     * @return the transitions
     */
    @Benchmark
    public LifecycleTransitions replayOwnCadence() {
        return cadence.replay(log, SyntheticLog.END);
    }
}
