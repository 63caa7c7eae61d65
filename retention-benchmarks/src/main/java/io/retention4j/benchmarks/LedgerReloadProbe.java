package io.retention4j.benchmarks;

import io.retention4j.loyalty.engine.Enrolment;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.ledger.BulkLoad;
import io.retention4j.loyalty.ledger.JdbcLedgerStore;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What it costs when another process wrote to a customer (issue 7): the engine's commit fails with
 * CUSTOMER_CHANGED and it reloads the customer. Prints, for an SQLite file: reading a whole journal
 * of about 1,000 entries (what a store that never read the customer does), reading it again (a store
 * that read it before fetches only newer entries: none), and pairs of commits by two engines on two
 * stores over the same file alternating on one customer (every second commit is computed from a
 * stale cache, refused, reloaded and computed again), as the journal grows.
 *
 * <p>Run: {@code java -cp retention-benchmarks/target/benchmarks.jar io.retention4j.benchmarks.LedgerReloadProbe}.
 */
public final class LedgerReloadProbe {
    private LedgerReloadProbe() {
    }

    /**
     * Prints the timings.
     *
     * @param args ignored
     * @throws IOException when the temporary file cannot be made
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("ledger-reload");
        try (JdbcLedgerStore mine = JdbcLedgerStore.sqlite(dir.resolve("ledger.db"));
             JdbcLedgerStore theirs = JdbcLedgerStore.sqlite(dir.resolve("ledger.db"))) {
            try (BulkLoad bulk = mine.bulkLoad(5_000)) {
                LoyaltyEngine loader = LedgerStoreBenchmark.engine(bulk);
                loader.enrol(Enrolment.of("c"));
                for (int i = 0; i < 500; i++) {
                    loader.purchase(Purchase.of("o" + i, "c", "1"));
                }
            }
            for (int round = 0; round < 3; round++) {
                int n = 200;
                long start = System.nanoTime();
                int size = 0;
                for (int i = 0; i < n; i++) {
                    try (JdbcLedgerStore fresh = JdbcLedgerStore.sqlite(dir.resolve("ledger.db"))) {
                        size = fresh.journal("c").size();
                    }
                }
                double whole = (System.nanoTime() - start) / 1e3 / n;
                List<LedgerEntry> first = mine.journal("c");
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    if (mine.journal("c").size() != first.size()) {
                        throw new IllegalStateException("the journal changed");
                    }
                }
                double again = (System.nanoTime() - start) / 1e3 / n;
                out.printf(Locale.ROOT, "journal of %,d entries: whole read (new store, incl. opening it) %.0f us, "
                        + "read again %.0f us%n", size, whole, again);
            }
            LoyaltyEngine a = LedgerStoreBenchmark.engine(mine);
            LoyaltyEngine b = LedgerStoreBenchmark.engine(theirs);
            a.balance("c");
            b.balance("c");
            for (int round = 0; round < 3; round++) {
                int n = 200;
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    b.purchase(Purchase.of("b" + round + "-" + i, "c", "1"));
                    a.purchase(Purchase.of("a" + round + "-" + i, "c", "1")); // computed on a stale cache first
                }
                out.printf(Locale.ROOT, "alternating commits of two engines, journal at %,d entries: %.2f ms per pair%n",
                        mine.journal("c").size(), (System.nanoTime() - start) / 1e6 / n);
            }
        } finally {
            LedgerStoreBenchmark.delete(dir);
        }
    }
}
