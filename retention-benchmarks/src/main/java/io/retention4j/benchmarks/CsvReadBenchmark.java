package io.retention4j.benchmarks;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.log.TransactionLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a 1M-row orders CSV ({@code customer_id,created_at,amount}: ISO-8601 UTC timestamps to
 * the second, amounts with cents, rows in time order as an orders table exports them, 100k
 * customers) into a {@link TransactionLog}, strict mode. Issue 2 target: at least 1M rows/s, i.e.
 * at most 1,000 ms per read. The floor in the same run reads the same file's bytes and counts its
 * lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CsvReadBenchmark {
    @Param({"1000000"})
    public int rows;

    @Param({"100000"})
    public int customers;

    private Path file;
    private final CsvMapping mapping = CsvMapping.of("customer_id", "created_at", "amount");

    /**
     * Writes the CSV file once per trial.
     *
     * @throws IOException when the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SyntheticLog input = SyntheticLog.generate(rows, customers, 7);
        Integer[] byTime = new Integer[rows];
        for (int i = 0; i < rows; i++) {
            byTime[i] = i;
        }
        Arrays.sort(byTime, (a, b) -> Long.compare(input.epochMillis[a], input.epochMillis[b]));
        file = Files.createTempFile("orders", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer_id,created_at,amount\n");
            for (int i : byTime) {
                w.write(input.dictionary[input.customerCodes[i]]);
                w.write(',');
                w.write(Instant.ofEpochMilli(input.epochMillis[i]).toString());
                w.write(',');
                w.write(Double.toString(input.amounts[i]));
                w.write('\n');
            }
        }
    }

    /**
     * Deletes the file.
     *
     * @throws IOException when it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Strict read into a log.
     *
     * @return the log
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    public TransactionLog readCsv() throws IOException {
        return TransactionReader.readCsv(file, mapping);
    }

    /**
     * The floor: read the file's bytes and count line ends.
     *
     * @return the line count
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    public long floorReadBytesCountLines() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
