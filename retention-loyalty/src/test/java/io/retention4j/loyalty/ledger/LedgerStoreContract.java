package io.retention4j.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link LedgerStore} contract, run against every store (a subclass per store kind): journals
 * read back equal to what was written, to the nanosecond and the decimal scale; each guard of
 * {@link LedgerStore#commit} (journal size, key, stock) refuses with its outcome and writes nothing
 * at all; concurrent writers of one customer, one key or one reward are serialized so exactly the
 * allowed ones commit.
 */
public abstract class LedgerStoreContract {
    static final Instant T0 = Instant.parse("2026-03-10T12:00:00.123456789Z");

    protected StoreFactory stores;
    protected LedgerStore store;

    /** @return a factory for the kind of store under test */
    protected abstract StoreFactory factory();

    @BeforeEach
    void openStore() {
        stores = factory();
        store = stores.create();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    // ------------------------------------------------------------------ helpers

    static LedgerEntry enrol(String c, long seq, Map<String, String> attributes) {
        return new LedgerEntry(seq, c, EntryType.ENROL, 0, T0, "enrol-" + c, null, null, null, null, null, null, 0, null,
                attributes);
    }

    static LedgerEntry earn(String c, long seq, long points, String key) {
        return new LedgerEntry(seq, c, EntryType.EARN, points, T0.plusSeconds(seq), key, "base", "order", null, null, null,
                null, 0, null, null);
    }

    static LedgerEntry redeem(String c, long seq, String key, Allocation... from) {
        long points = 0;
        for (Allocation a : from) {
            points -= a.points();
        }
        return new LedgerEntry(seq, c, EntryType.REDEEM, points, T0.plusSeconds(seq), key, null, null, null, null,
                BigDecimal.ONE, null, 0, List.of(from), null);
    }

    static CommandReceipt receipt(String key, String... customers) {
        return new CommandReceipt(key, "purchase", "purchase|" + key, List.of(customers), T0);
    }

    static Commit commit(CommandReceipt receipt, List<JournalAppend> appends, StockChange... stock) {
        return new Commit(receipt, appends, List.of(stock));
    }

    static JournalAppend append(String c, long expected, LedgerEntry... entries) {
        return new JournalAppend(c, expected, List.of(entries));
    }

    /** Enrols and credits a customer: entries 0 (ENROL) and 1 (EARN 100). */
    void seed(String c) {
        assertThat(store.commit(commit(receipt("seed-" + c, c), List.of(append(c, 0, enrol(c, 0, null),
                earn(c, 1, 100, "seed-" + c)))))).isEqualTo(CommitOutcome.COMMITTED);
    }

    /** Everything observable about a set of customers, keys and rewards. */
    Map<String, Object> state(List<String> customers, List<String> keys, List<String> rewards) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String c : customers) {
            state.put("journal " + c, store.journal(c));
        }
        for (String k : keys) {
            state.put("receipt " + k, store.receipt(k));
        }
        for (String r : rewards) {
            state.put("redeemed " + r, store.redeemedUnits(r));
        }
        Set<String> visited = new HashSet<>();
        store.forEachCustomer(id -> {
            if (!store.journal(id).isEmpty()) {
                visited.add(id);
            }
        });
        state.put("customers", visited);
        return state;
    }

    // ------------------------------------------------------------------ reading back

    @Test
    void journal_ofAnUnknownCustomer_isEmpty() {
        assertThat(store.journal("nobody")).isEmpty();
        assertThat(store.receipt("no-key")).isEmpty();
        assertThat(store.redeemedUnits("no-reward")).isZero();
    }

    @Test
    void journalSize_isTheCommittedJournalsSize() {
        assertThat(store.journalSize("nobody")).isZero();
        seed("c1");
        assertThat(store.journalSize("c1")).isEqualTo(store.journal("c1").size()).isPositive();
    }

    @Test
    void journal_entriesOfEveryShape_readBackEqualToWhatWasWritten() {
        String c = "c1, \"quoted\" \u00e9\u00e8 \u6f22";
        Instant far = Instant.parse("9999-12-31T23:59:59.999999999Z");
        Instant early = Instant.parse("1900-01-01T00:00:00.000000001Z");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("birthday", "1990-02-28");
        attributes.put("email", "a,b:c\"d'@example.com");
        attributes.put("note", "line\nbreak \u2603");
        List<LedgerEntry> entries = List.of(
                enrol(c, 0, attributes),
                new LedgerEntry(1, c, EntryType.PURCHASE, 0, T0, "order-1", null, "order-1", null, null,
                        new BigDecimal("180.00"), null, 0, null, null),
                new LedgerEntry(2, c, EntryType.EARN, 180, T0, "order-1", "base", "order-1", far, null, null,
                        "capped at 180", 0, null, null),
                new LedgerEntry(3, c, EntryType.PENDING, 40, T0.plusNanos(1), "order-2", "books", "order-2",
                        Instant.parse("2027-12-31T23:00:00.5Z"), Instant.parse("2026-03-24T12:00:00.000001Z"), null, null, 0,
                        null, null),
                new LedgerEntry(4, c, EntryType.RELEASE, 0, T0.plusSeconds(2), "confirm-2", null, "order-2", null, null,
                        null, null, 0, List.of(new Allocation(3, 40)), null),
                new LedgerEntry(5, c, EntryType.REDEEM, -200, T0.plusSeconds(3), "r-1", "mug", null, null, null,
                        new BigDecimal("2"), null, 0, List.of(new Allocation(2, 170), new Allocation(3, 30)), null),
                new LedgerEntry(6, c, EntryType.REVERSE, -25, T0.plusSeconds(4), "refund-1", null, "order-1", null, null,
                        null, "unrecovered 15", 15, List.of(new Allocation(2, 10)), null),
                new LedgerEntry(7, c, EntryType.REFUND, 0, T0.plusSeconds(4), "refund-1", null, "order-1", null, null,
                        new BigDecimal("-1E+3"), null, 0, null, null),
                new LedgerEntry(8, c, EntryType.TRANSFER_IN, 5, T0.plusSeconds(5), "t-1", null, "c2", early.plusSeconds(1),
                        null, null, null, 0, null, null),
                new LedgerEntry(9, c, EntryType.ADJUST, -5, T0.plusSeconds(6), "a-1", null, "goodwill", null, null, null,
                        null, 0, List.of(new Allocation(8, 5)), null),
                new LedgerEntry(10, c, EntryType.TIER, 0, T0.plusSeconds(7), "v-1", "gold", null, null, null, null,
                        "floor", 0, null, null),
                new LedgerEntry(11, c, EntryType.MARK, 0, T0.plusSeconds(7), "housekeeping:release", "birthday:2026", null,
                        null, null, null, null, 0, null, null),
                new LedgerEntry(12, c, EntryType.EVENT, 0, T0.plusSeconds(8), "e-1", "review", "review",
                        null, null, new BigDecimal("0.000000000000000000001"), null, 0, null, null));
        assertThat(store.commit(commit(receipt("k1", c), List.of(new JournalAppend(c, 0, entries)))))
                .isEqualTo(CommitOutcome.COMMITTED);

        List<LedgerEntry> read = store.journal(c);
        assertThat(read).isEqualTo(entries);
        assertThat(read.toString()).isEqualTo(entries.toString());
        // BigDecimal equality includes the scale: 180.00 is not 180
        assertThat(read.get(1).amount().scale()).isEqualTo(2);
        assertThat(read.get(2).expiresAt()).isEqualTo(far);
        assertThat(read.get(0).attributes()).isEqualTo(attributes);
    }

    @Test
    void receipt_readsBackEqualToWhatWasWritten() {
        CommandReceipt receipt = new CommandReceipt("key \"1\", with commas", "transfer",
                "transfer|a|b|5|\u00e9", List.of("b, the second", "a"), T0.plusNanos(7));
        LedgerEntry a = earn("a", 0, 5, receipt.key());
        LedgerEntry b = earn("b, the second", 0, 5, receipt.key());
        assertThat(store.commit(commit(receipt, List.of(append("b, the second", 0, b), append("a", 0, a)))))
                .isEqualTo(CommitOutcome.COMMITTED);
        assertThat(store.receipt(receipt.key())).contains(receipt);
        assertThat(store.journal("a")).containsExactly(a);
        assertThat(store.journal("b, the second")).containsExactly(b);
    }

    @Test
    void forEachCustomer_visitsEveryCustomerWithAJournalOnce() {
        for (int i = 0; i < 5; i++) {
            seed("c" + i);
        }
        List<String> visited = Collections.synchronizedList(new ArrayList<>());
        store.forEachCustomer(id -> {
            if (!store.journal(id).isEmpty()) {
                visited.add(id);
            }
        });
        assertThat(visited).containsExactlyInAnyOrder("c0", "c1", "c2", "c3", "c4");
    }

    // ------------------------------------------------------------------ guards

    @Test
    void commit_atAStaleOrFutureSize_isCustomerChangedAndWritesNothing() {
        seed("c1");
        seed("c2");
        List<String> customers = List.of("c1", "c2");
        List<String> keys = List.of("k1", "k2");
        Map<String, Object> before = state(customers, keys, List.of("mug"));
        StockChange mug = new StockChange("mug", 1, 10);
        // c2 is at size 2: a writer that saw 1 (stale) or 3 (a journal this store does not have) is refused
        for (long seen : new long[] {0, 1, 3}) {
            Commit stale = commit(receipt("k1", "c1", "c2"), List.of(append("c1", 2, redeem("c1", 2, "k1",
                    new Allocation(1, 10))), new JournalAppend("c2", seen, seen == 0 ? List.of(enrol("c2", 0, null))
                    : List.of(earn("c2", seen, 5, "k1")))), mug);
            assertThat(store.commit(stale)).as("append at %d", seen).isEqualTo(CommitOutcome.CUSTOMER_CHANGED);
            assertThat(state(customers, keys, List.of("mug"))).isEqualTo(before);
        }
        // with no entries the size still guards the command
        assertThat(store.commit(commit(receipt("k2", "c1"), List.of(append("c1", 1)))))
                .isEqualTo(CommitOutcome.CUSTOMER_CHANGED);
        assertThat(state(customers, keys, List.of("mug"))).isEqualTo(before);
        assertThat(store.commit(commit(receipt("k2", "c1"), List.of(append("c1", 2))))).isEqualTo(CommitOutcome.COMMITTED);
        assertThat(store.receipt("k2")).isPresent();
        assertThat(store.journal("c1")).hasSize(2);
    }

    @Test
    void commit_withAKeyThatExists_isKeyExistsAndWritesNothing() {
        seed("c1");
        seed("c2");
        CommandReceipt first = receipt("k1", "c1");
        assertThat(store.commit(commit(first, List.of(append("c1", 2, earn("c1", 2, 7, "k1"))))))
                .isEqualTo(CommitOutcome.COMMITTED);
        List<String> customers = List.of("c1", "c2");
        Map<String, Object> before = state(customers, List.of("k1"), List.of("mug"));
        Commit again = commit(new CommandReceipt("k1", "redeem", "other content", List.of("c2"), T0.plusSeconds(9)),
                List.of(append("c2", 2, redeem("c2", 2, "k1", new Allocation(1, 3)))), new StockChange("mug", 1, 5));
        assertThat(store.commit(again)).isEqualTo(CommitOutcome.KEY_EXISTS);
        assertThat(state(customers, List.of("k1"), List.of("mug"))).isEqualTo(before);
        assertThat(store.receipt("k1")).contains(first);
    }

    @Test
    void commit_beyondTheStock_isOutOfStockAndWritesNothing() {
        seed("c1");
        assertThat(store.commit(commit(receipt("r1", "c1"), List.of(append("c1", 2, redeem("c1", 2, "r1",
                new Allocation(1, 10)))), new StockChange("mug", 3, 4)))).isEqualTo(CommitOutcome.COMMITTED);
        Map<String, Object> before = state(List.of("c1"), List.of("r2", "r3"), List.of("mug", "tee"));
        // 3 + 2 > 4; the tee part alone would fit, but a command is all or nothing
        Commit tooMany = commit(receipt("r2", "c1"), List.of(append("c1", 3, redeem("c1", 3, "r2", new Allocation(1, 10)))),
                new StockChange("tee", 1, 1), new StockChange("mug", 2, 4));
        assertThat(store.commit(tooMany)).isEqualTo(CommitOutcome.OUT_OF_STOCK);
        assertThat(state(List.of("c1"), List.of("r2", "r3"), List.of("mug", "tee"))).isEqualTo(before);
        // more units than the whole stock, on a reward never redeemed
        assertThat(store.commit(commit(receipt("r3", "c1"), List.of(append("c1", 3)), new StockChange("tee", 2, 1))))
                .isEqualTo(CommitOutcome.OUT_OF_STOCK);
        assertThat(state(List.of("c1"), List.of("r2", "r3"), List.of("mug", "tee"))).isEqualTo(before);
        // exactly the rest of the stock fits
        assertThat(store.commit(commit(receipt("r3", "c1"), List.of(append("c1", 3)), new StockChange("mug", 1, 4))))
                .isEqualTo(CommitOutcome.COMMITTED);
        assertThat(store.redeemedUnits("mug")).isEqualTo(4);
        assertThat(store.redeemedUnits("tee")).isZero();
    }

    @Test
    void commit_housekeepingWithoutReceipt_isGuardedBySizeAlone() {
        seed("c1");
        LedgerEntry expire = new LedgerEntry(2, "c1", EntryType.EXPIRE, -100, T0.plusSeconds(60), "housekeeping:expiry",
                "base", null, null, null, null, null, 0, List.of(new Allocation(1, 100)), null);
        assertThat(store.commit(commit(null, List.of(append("c1", 1, earn("c1", 1, 1, "x"))))))
                .isEqualTo(CommitOutcome.CUSTOMER_CHANGED);
        assertThat(store.commit(commit(null, List.of(append("c1", 2, expire))))).isEqualTo(CommitOutcome.COMMITTED);
        assertThat(store.commit(commit(null, List.of(append("c1", 2, expire))))).isEqualTo(CommitOutcome.CUSTOMER_CHANGED);
        assertThat(store.journal("c1")).hasSize(3).last().isEqualTo(expire);
    }

    @Test
    void commit_stockOnlyAndReceiptOnly_areWritten() {
        assertThat(store.commit(commit(null, List.of(), new StockChange("mug", 2, 3)))).isEqualTo(CommitOutcome.COMMITTED);
        assertThat(store.redeemedUnits("mug")).isEqualTo(2);
        CommandReceipt r = receipt("only", "c9");
        assertThat(store.commit(commit(r, List.of()))).isEqualTo(CommitOutcome.COMMITTED);
        assertThat(store.receipt("only")).contains(r);
        assertThat(store.commit(commit(r, List.of()))).isEqualTo(CommitOutcome.KEY_EXISTS);
    }

    // ------------------------------------------------------------------ concurrency

    /** What one of several threads does; may throw. */
    @FunctionalInterface
    interface ThreadBody {
        void run(int thread) throws Exception;
    }

    /** Runs a body on several threads started together; rethrows the first failure. */
    static void concurrently(int threads, ThreadBody body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                body.run(thread);
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("the threads finished").isTrue();
        for (Future<?> f : futures) {
            f.get();
        }
    }

    @Test
    void commit_concurrentAppendersOfOneCustomer_eachCommitLandsOnceInOrder() throws Exception {
        seed("hot");
        int threads = 4;
        int perThread = 25;
        concurrently(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                String key = "t" + thread + "-" + i;
                while (true) {
                    int size = store.journal("hot").size();
                    CommitOutcome outcome = store.commit(commit(receipt(key, "hot"),
                            List.of(append("hot", size, earn("hot", size, 1, key)))));
                    if (outcome == CommitOutcome.COMMITTED) {
                        break;
                    }
                    assertThat(outcome).isEqualTo(CommitOutcome.CUSTOMER_CHANGED);
                }
            }
        });
        List<LedgerEntry> journal = store.journal("hot");
        assertThat(journal).hasSize(2 + threads * perThread);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < journal.size(); i++) {
            assertThat(journal.get(i).seq()).isEqualTo(i);
            keys.add(journal.get(i).key());
        }
        assertThat(keys).hasSize(2 + threads * perThread); // the seed wrote two keys: enrol-hot and seed-hot
    }

    @Test
    void commit_concurrentCommandsWithOneKey_exactlyOneCommits() throws Exception {
        int threads = 6;
        for (int t = 0; t < threads; t++) {
            seed("c" + t);
        }
        ConcurrentLinkedQueue<CommitOutcome> outcomes = new ConcurrentLinkedQueue<>();
        concurrently(threads, thread -> {
            String c = "c" + thread;
            outcomes.add(store.commit(commit(receipt("shared", c), List.of(append(c, 2, earn(c, 2, 9, "shared"))),
                    new StockChange("mug", 1, 100))));
        });
        assertThat(outcomes).containsOnly(CommitOutcome.COMMITTED, CommitOutcome.KEY_EXISTS)
                .filteredOn(o -> o == CommitOutcome.COMMITTED).hasSize(1);
        Optional<CommandReceipt> receipt = store.receipt("shared");
        assertThat(receipt).isPresent();
        String winner = receipt.get().customerIds().get(0);
        for (int t = 0; t < threads; t++) {
            assertThat(store.journal("c" + t)).hasSize(("c" + t).equals(winner) ? 3 : 2);
        }
        assertThat(store.redeemedUnits("mug")).isEqualTo(1);
    }

    @Test
    void commit_concurrentRedemptionsOfAStockedReward_neverExceedTheStock() throws Exception {
        int threads = 4;
        for (int t = 0; t < threads; t++) {
            seed("c" + t);
        }
        AtomicInteger committed = new AtomicInteger();
        concurrently(threads, thread -> {
            String c = "c" + thread;
            for (int i = 0; i < 10; i++) {
                int size = store.journal(c).size();
                String key = c + "-r" + i;
                CommitOutcome outcome = store.commit(commit(receipt(key, c),
                        List.of(append(c, size, redeem(c, size, key, new Allocation(1, 1)))), new StockChange("tee", 1, 17)));
                if (outcome == CommitOutcome.COMMITTED) {
                    committed.incrementAndGet();
                } else {
                    assertThat(outcome).isEqualTo(CommitOutcome.OUT_OF_STOCK);
                }
            }
        });
        assertThat(committed.get()).isEqualTo(17);
        assertThat(store.redeemedUnits("tee")).isEqualTo(17);
        int redemptions = 0;
        for (int t = 0; t < threads; t++) {
            redemptions += store.journal("c" + t).size() - 2;
        }
        assertThat(redemptions).isEqualTo(17);
    }
}
