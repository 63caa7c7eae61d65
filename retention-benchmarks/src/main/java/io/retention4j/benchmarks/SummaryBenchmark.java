package io.retention4j.benchmarks;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
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
 * BTYD summaries of a 10M-row, 1M-customer synthetic log (issue 2 targets): from the sorted log
 * (target: within 3x the floor), from unsorted primitive arrays including the sort (target: 0.5 s),
 * and the floor itself, one pass summing the log's three primitive columns. The unsorted input is
 * the row columns plus a customer dictionary built once (as a service that keeps its id dictionary
 * would hold it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class SummaryBenchmark {
    @Param({"10000000"})
    public int rows;

    @Param({"1000000"})
    public int customers;

    private SyntheticLog input;
    private IdDictionary dictionary;
    private TransactionLog log;

    /** Generates the input once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        input = SyntheticLog.generate(rows, customers, 42);
        dictionary = IdDictionary.of(input.dictionary);
        log = TransactionLog.fromArrays(dictionary, input.customerCodes, input.epochMillis, input.amounts);
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
     * Summary of the already sorted log.
     *
     * @return the summary
     */
    @Benchmark
    public RfmSummary summaryFromSortedLog() {
        return RfmSummary.of(log, SyntheticLog.END, TimeScale.WEEKS);
    }

    /**
     * Summary of the already sorted log on the calling thread only.
     *
     * @return the summary
     */
    @Benchmark
    public RfmSummary summaryFromSortedLogOneThread() {
        return RfmSummary.builder().observationEnd(SyntheticLog.END).unit(TimeScale.WEEKS).parallel(false).build(log);
    }

    /**
     * Log build (radix sort by customer, per-customer time sort) from unsorted arrays.
     *
     * @return the log
     */
    @Benchmark
    public TransactionLog logFromUnsortedArrays() {
        return TransactionLog.fromArrays(dictionary, input.customerCodes, input.epochMillis, input.amounts);
    }

    /**
     * Summary from unsorted arrays, sorting included.
     *
     * @return the summary
     */
    @Benchmark
    public RfmSummary summaryFromUnsortedArrays() {
        TransactionLog unsorted = TransactionLog.fromArrays(dictionary, input.customerCodes,
                input.epochMillis, input.amounts);
        return RfmSummary.of(unsorted, SyntheticLog.END, TimeScale.WEEKS);
    }
}
