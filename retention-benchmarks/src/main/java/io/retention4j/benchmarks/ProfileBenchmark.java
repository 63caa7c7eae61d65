package io.retention4j.benchmarks;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.profile.CustomerProfiles;
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

/** Building the profiles of 1M customers from their 10M-row transaction log. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ProfileBenchmark {
    @Param({"10000000"})
    public int rows;

    @Param({"1000000"})
    public int customers;

    private TransactionLog log;

    /** Generates the log once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticLog input = SyntheticLog.generate(rows, customers, 42);
        log = TransactionLog.fromArrays(input.dictionary, input.customerCodes, input.epochMillis, input.amounts);
    }

    /**
     * Profiles of every customer as of the end of the synthetic period.
     *
     * @return the profiles
     */
    @Benchmark
    public CustomerProfiles buildProfiles() {
        return CustomerProfiles.builder().transactions(log).asOf(SyntheticLog.END).build();
    }
}
