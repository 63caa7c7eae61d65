package io.retention4j.benchmarks;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.DateFormat;
import io.retention4j.core.io.InputFormat;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.whatif.WhatIf;
import io.retention4j.loyalty.whatif.WhatIfReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A what-if run of the examples' silver/gold program over the CDNOW master log (69,659 purchases,
 * 23,570 customers; issue 6 target: at most 2 s), with block redemptions of 500 points and monthly
 * tier-mix snapshots, as the CdnowLoyalty example runs it. The data and program are read from the
 * examples module ({@code -Dcdnow.dir} overrides the directory of {@code cdnow/} and {@code loyalty/};
 * run from the repository root). The baseline reads nothing and replays nothing: it walks the log's
 * rows in time order summing amounts, the floor of any replay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LoyaltyWhatIfBenchmark {
    private TransactionLog log;
    private WhatIf whatIf;

    /** Reads the log and the program once. */
    @Setup(Level.Trial)
    public void setUp() {
        Path dir = Path.of(System.getProperty("cdnow.dir", "examples/src/main/resources"));
        try {
            log = TransactionReader.of(CsvMapping.of("customer_id", "date", "dollar_value")
                            .quantity("number_of_cds").dateFormat(DateFormat.BASIC_DATE))
                    .format(InputFormat.whitespace())
                    .read(dir.resolve("cdnow/CDNOW_master.txt")).value();
            LoyaltyProgram program = LoyaltyProgram.readJson(dir.resolve("loyalty/silver-gold-program.json"));
            whatIf = WhatIf.of(program).redeemEvery(500).until(Instant.parse("1998-07-01T00:00:00Z")).build();
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root or set -Dcdnow.dir", e);
        }
    }

    /**
     * The what-if run.
     *
     * @return the report
     */
    @Benchmark
    public WhatIfReport whatIfCdnow() {
        return whatIf.run(log);
    }

    /**
     * Baseline: the log's rows summed in time order (what a replay walks).
     *
     * @return the sum of amounts
     */
    @Benchmark
    public double baselineWalkRows() {
        double sum = 0;
        for (int row = 0; row < log.size(); row++) {
            sum += log.amount(row) * (1 + (log.epochMillis(row) & 1));
        }
        return sum;
    }
}
