package io.retention4j.benchmarks;

import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.ledger.BulkLoad;
import io.retention4j.loyalty.ledger.JdbcLedgerStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
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
 * History replayed into a fresh SQLite file through a {@link BulkLoad} (issue 7 target: at least
 * 50,000 entries/s): 20,000 purchases of 2,000 customers (enrolled at their first purchase) under
 * {@link LoyaltyPrograms#retail()}, 5,000 commands per transaction. One operation is the whole replay,
 * from opening the new file to the last commit; entries/s = {@link #ENTRIES} / the time per operation
 * (each purchase writes PURCHASE and EARN, a first purchase also ENROL, plus the tier entries of the
 * ladder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LedgerReplayBenchmark {
    /** Entries one replay writes (counted by {@link #replay} and checked at every invocation). */
    public static final long ENTRIES = 52_856;

    @Param({"5000"})
    public int commandsPerTransaction;

    private Purchase[] history;
    private Path dir;

    /** The history: the same for every invocation. */
    @Setup(Level.Trial)
    public void history() {
        SplittableRandom random = new SplittableRandom(7);
        history = new Purchase[20_000];
        for (int i = 0; i < history.length; i++) {
            int customer = random.nextInt(2_000);
            history[i] = new Purchase("row-" + i, "customer-" + customer,
                    BigDecimal.valueOf(100 + random.nextInt(20_000), 2), null, null, null);
        }
    }

    /** A fresh directory for the file of one replay. */
    @Setup(Level.Invocation)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("ledger-replay");
    }

    /** Deletes it. */
    @TearDown(Level.Invocation)
    public void tearDown() throws IOException {
        LedgerStoreBenchmark.delete(dir);
    }

    /**
     * Replays the history into a new SQLite file.
     *
     * @return the entries written
     */
    @Benchmark
    public long replay() {
        try (JdbcLedgerStore store = JdbcLedgerStore.sqlite(dir.resolve("replay.db"))) {
            long entries = 0;
            try (BulkLoad bulk = store.bulkLoad(commandsPerTransaction)) {
                LoyaltyEngine engine = LoyaltyEngine.builder(LoyaltyPrograms.retail()).store(bulk)
                        .clock(LedgerStoreBenchmark.CLOCK).enrolOnFirstPurchase().build();
                for (Purchase purchase : history) {
                    entries += engine.purchase(purchase).entries().size();
                }
            }
            if (entries != ENTRIES) {
                throw new IllegalStateException("the replay wrote " + entries + " entries, expected " + ENTRIES);
            }
            return entries;
        }
    }
}
