package io.retention4j.benchmarks;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.metrics.cohort.CohortTable;
import io.retention4j.metrics.cohort.Cohorts;
import io.retention4j.metrics.lifecycle.Lifecycle;
import io.retention4j.metrics.lifecycle.LifecycleTable;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * Cohort retention and lifecycle over the 10M-row, 1M-customer synthetic log (issue 4 target: a
 * monthly cohort table in at most 1 s), against a floor in the same run: one pass over the sorted
 * log reading the customer ranges, times and amounts (what any table must at least read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class CohortBenchmark {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Param({"10000000"})
    public int rows;

    @Param({"1000000"})
    public int customers;

    private TransactionLog log;

    /** Generates and sorts the input once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticLog input = SyntheticLog.generate(rows, customers, 42);
        log = TransactionLog.fromArrays(IdDictionary.of(input.dictionary), input.customerCodes, input.epochMillis,
                input.amounts);
    }

    /**
     * The floor: one pass over the log reading the customer ranges, times and amounts.
     *
     * @return a checksum
     */
    @Benchmark
    public double floorSumColumns() {
        double sum = 0;
        for (int c = 0; c < log.customerCount(); c++) {
            int end = log.endRow(c);
            for (int row = log.firstRow(c); row < end; row++) {
                sum += c + log.epochMillis(row) + log.amount(row);
            }
        }
        return sum;
    }

    /**
     * Monthly first-purchase cohorts, "on" returns, calendar months in Europe/Berlin (the issue's
     * target).
     *
     * @return the table
     */
    @Benchmark
    public CohortTable monthlyCohortsFirstTime() {
        return Cohorts.of(log).period(ChronoUnit.MONTHS).zone(BERLIN).retention();
    }

    /**
     * Monthly recurring cohorts with "on or after" returns: every purchase month anchors a membership.
     *
     * @return the table
     */
    @Benchmark
    public CohortTable monthlyCohortsRecurringOnOrAfter() {
        return Cohorts.of(log).period(ChronoUnit.MONTHS).zone(BERLIN).recurring().onOrAfter().retention();
    }

    /**
     * Weekly lifecycle counts with the customer lists behind them.
     *
     * @return the table
     */
    @Benchmark
    public LifecycleTable weeklyLifecycle() {
        return Lifecycle.of(log).period(ChronoUnit.WEEKS).zone(BERLIN).table();
    }
}
