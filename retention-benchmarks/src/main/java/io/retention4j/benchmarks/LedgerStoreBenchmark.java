package io.retention4j.benchmarks;

import io.retention4j.loyalty.engine.Enrolment;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.ledger.BulkLoad;
import io.retention4j.loyalty.ledger.JdbcLedgerStore;
import io.retention4j.loyalty.ledger.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The durable ledger (issue 7 targets): earn commands committed one by one to an SQLite file
 * ({@code synchronous=FULL}, WAL: each commit is on disk when it returns; at least 1,000/s) and to
 * PostgreSQL over loopback with 4 threads (at least 2,000/s), and a history replayed through a
 * {@link BulkLoad} into a fresh SQLite file (at least 50,000 entries/s). Commands are purchases with
 * unique order ids over 10,000 enrolled customers under {@link LoyaltyPrograms#retail()}, each
 * writing a PURCHASE and an EARN entry, a receipt and the customer's journal size. Run the commit
 * benchmarks with {@code -bm thrpt} for the rate and {@code -bm sample} for latency percentiles.
 *
 * <p>PostgreSQL: {@code RETENTION4J_PG_URL} (or {@code -Dretention4j.pg.url}) names the server, for
 * example {@code jdbc:postgresql://127.0.0.1:5432/r4j?user=r4j&password=r4j}; the benchmark writes to
 * a fresh schema it drops afterwards.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LedgerStoreBenchmark {
    static final int CUSTOMERS = 10_000;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private static final BigDecimal[] AMOUNTS = {new BigDecimal("12.50"), new BigDecimal("49.99"),
        new BigDecimal("7.00"), new BigDecimal("120.35")};

    private final AtomicInteger threads = new AtomicInteger();
    private Path dir;
    private JdbcLedgerStore sqlite;
    private LoyaltyEngine sqliteEngine;
    private String pgSchema;
    private JdbcLedgerStore postgres;
    private LoyaltyEngine postgresEngine;

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
        public void setUp(LedgerStoreBenchmark bench) {
            thread = bench.threads.getAndIncrement();
            random = new SplittableRandom(thread);
        }

        Purchase next() {
            int customer = random.nextInt(CUSTOMERS);
            return new Purchase("o-" + thread + "-" + orders++, "customer-" + customer, AMOUNTS[customer & 3], null,
                    null, null);
        }
    }

    /** Enrols the customers through a bulk load, so the measured commits start from a populated store. */
    static void enrolAll(JdbcLedgerStore store) {
        try (BulkLoad bulk = store.bulkLoad(5_000)) {
            LoyaltyEngine loader = engine(bulk);
            for (int i = 0; i < CUSTOMERS; i++) {
                loader.enrol(Enrolment.of("customer-" + i));
            }
        }
    }

    static LoyaltyEngine engine(LedgerStore store) {
        return LoyaltyEngine.builder(LoyaltyPrograms.retail()).store(store).clock(CLOCK).build();
    }

    /** A fresh SQLite file and PostgreSQL schema, the customers enrolled in both. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("ledger-bench");
        sqlite = JdbcLedgerStore.sqlite(dir.resolve("commits.db"));
        enrolAll(sqlite);
        sqliteEngine = engine(sqlite);
        String url = postgresUrl();
        if (url != null) {
            pgSchema = "bench_" + System.nanoTime();
            execute(url, null, "CREATE SCHEMA " + pgSchema);
            postgres = JdbcLedgerStore.builder(dataSource(url, pgSchema)).build();
            enrolAll(postgres);
            postgresEngine = engine(postgres);
        }
    }

    /** Closes the stores, deletes the files, drops the schema. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        sqlite.close();
        delete(dir);
        if (postgres != null) {
            postgres.close();
            execute(postgresUrl(), null, "DROP SCHEMA " + pgSchema + " CASCADE");
        }
    }

    /**
     * One purchase committed durably to the SQLite file (one thread).
     *
     * @param caller the thread's state
     * @return the points earned
     */
    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @Threads(1)
    public long sqliteCommit(Caller caller) {
        return sqliteEngine.purchase(caller.next()).points();
    }

    /**
     * One purchase committed to PostgreSQL, on each of 4 threads.
     *
     * @param caller the thread's state
     * @return the points earned
     */
    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @Threads(4)
    public long postgresCommitFourThreads(Caller caller) {
        if (postgresEngine == null) {
            throw new IllegalStateException("set RETENTION4J_PG_URL (or -Dretention4j.pg.url) to run the PostgreSQL benchmark");
        }
        return postgresEngine.purchase(caller.next()).points();
    }

    static String postgresUrl() {
        String url = System.getenv("RETENTION4J_PG_URL");
        return url != null && !url.isBlank() ? url : System.getProperty("retention4j.pg.url");
    }

    static PGSimpleDataSource dataSource(String url, String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        return dataSource;
    }

    static void execute(String url, String schema, String sql) {
        try (Connection c = dataSource(url, schema).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
