package io.retention4j.loyalty.engine;

import static io.retention4j.loyalty.engine.LedgerChecks.assertBalanceInvariants;
import static io.retention4j.loyalty.engine.LedgerChecks.assertJournalShape;
import static io.retention4j.loyalty.engine.LedgerChecks.assertReplayMatches;
import static io.retention4j.loyalty.engine.LedgerChecks.assertTransfersConserve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.retention4j.loyalty.ledger.Commit;
import io.retention4j.loyalty.ledger.CommitOutcome;
import io.retention4j.loyalty.ledger.CommandReceipt;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.StoreFactory;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The concurrency stress test: 8 threads send random commands for many customers (a fifth of
 * them for a few "hot" customers, so commands on one customer race), with one command in ten a
 * duplicate of a recent one (same key, same content, usually sent by another thread) and one in a
 * hundred a recent key with other content (an adjustment of another customer), including
 * transfers between random customers and redemptions racing for a stocked reward. Afterwards the
 * ledger invariants hold for every customer, no balance was ever negative (claw-back program), the
 * reward was never over-redeemed, every key was applied at most once with its duplicates replayed
 * identically and its other contents refused, and a single-threaded engine that applies the accepted commands in commit order ends
 * with the same journals (hence the same balances, entry by entry).
 *
 * <p>Every store runs it (a subclass per store kind, with counts that suit the store): the engine's
 * store is of that kind; the single-threaded reference runs in memory.
 */
abstract class ConcurrencyStress {
    private static final int THREADS = 8;
    /** One "hot" customer per this many commands; hot customers share a fifth of the commands, about 400 each. */
    private static final int PER_HOT_CUSTOMER = 2000;
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    /** The in-memory store, recording the key of every committed command in commit order. */
    private static final class RecordingStore implements LedgerStore {
        final LedgerStore store;
        final ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();

        RecordingStore(LedgerStore store) {
            this.store = store;
        }

        @Override
        public List<LedgerEntry> journal(String customerId) {
            return store.journal(customerId);
        }

        @Override
        public Optional<CommandReceipt> receipt(String key) {
            return store.receipt(key);
        }

        @Override
        public long redeemedUnits(String rewardId) {
            return store.redeemedUnits(rewardId);
        }

        @Override
        public CommitOutcome commit(Commit commit) {
            CommitOutcome outcome = store.commit(commit);
            // the engine still holds the locks of every customer the commit wrote, so no later command
            // on them can be recorded before this one
            if (outcome == CommitOutcome.COMMITTED && commit.receipt() != null) {
                committed.add(commit.receipt().key());
            }
            return outcome;
        }

        @Override
        public void forEachCustomer(Consumer<String> visitor) {
            store.forEachCustomer(visitor);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    /** Counts of what happened and how long the two runs took, for the report line. */
    record Summary(long accepted, long replayed, long refused, long conflicts, double concurrentSeconds,
                           double singleSeconds) {
        @Override
        public String toString() {
            return String.format("%,d accepted, %,d replayed, %,d refused, %,d key conflicts; %d threads %.1f s, "
                    + "single-threaded replay %.1f s", accepted, replayed, refused, conflicts, THREADS, concurrentSeconds,
                    singleSeconds);
        }
    }

    /**
     * Runs the stress test on a store of one kind.
     *
     * @param stores    makes the engine's store
     * @param count     commands
     * @param customers customers (all enrolled first)
     * @param seed      the generator's seed
     */
    static Summary stress(StoreFactory stores, int count, int customers, long seed) throws Exception {
        String[] ids = new String[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = "c" + i;
        }
        TestCommand[] commands = TestCommand.generate(count, seed, ids, PER_HOT_CUSTOMER);
        long teeStock = count / 200;
        LoyaltyProgram program = TestCommand.program(teeStock);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RecordingStore store = new RecordingStore(stores.create());
        LoyaltyEngine engine = LoyaltyEngine.create(program, store, clock);
        ConcurrentHashMap<String, TestCommand> acceptedCommands = new ConcurrentHashMap<>();
        for (String id : ids) {
            TestCommand enrol = TestCommand.enrol(id);
            acceptedCommands.put(enrol.key(), enrol);
            enrol.apply(engine);
        }

        AtomicLong accepted = new AtomicLong();
        AtomicLong replayed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ConcurrentLinkedQueue<TestCommand> conflicts = new ConcurrentLinkedQueue<>();
        ConcurrentHashMap<String, List<LedgerEntry>> firstResults = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<CommandResult> replays = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < count; i += THREADS) {
                    TestCommand cmd = commands[i];
                    try {
                        CommandResult result = cmd.apply(engine);
                        if (result.replayed()) {
                            replayed.incrementAndGet();
                            replays.add(result);
                        } else {
                            accepted.incrementAndGet();
                            firstResults.put(cmd.key(), result.entries());
                            if (acceptedCommands.putIfAbsent(cmd.key(), cmd) != null) {
                                unexpected.add(new AssertionError("key " + cmd.key() + " applied twice"));
                            }
                        }
                    } catch (InsufficientPointsException | CommandRejectedException e) {
                        refused.incrementAndGet();
                    } catch (IdempotencyConflictException e) {
                        conflicts.add(cmd);
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).as("the threads finished (no deadlock)").isTrue();
        for (Future<?> f : futures) {
            f.get();
        }
        double concurrentSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(unexpected).as("unexpected failures").isEmpty();
        assertThat(accepted.get() + replayed.get() + refused.get() + conflicts.size()).isEqualTo(count);
        // a key refused as a conflict was accepted with other content
        for (TestCommand cmd : conflicts) {
            assertThat(acceptedCommands.get(cmd.key())).as("accepted command of key %s", cmd.key()).isNotNull()
                    .isNotEqualTo(cmd);
        }
        assertThat(conflicts).as("conflicting keys").isNotEmpty();

        // every replay returned the entries of the command it repeats
        for (CommandResult r : replays) {
            assertThat(r.entries()).as("replay of %s", r.key()).isEqualTo(firstResults.get(r.key()));
        }
        List<String> order = new ArrayList<>(store.committed);
        assertThat(order).hasSize(customers + (int) accepted.get()).doesNotHaveDuplicates();

        // invariants, and no balance below zero at any point of any journal
        Map<String, List<LedgerEntry>> journals = LedgerChecks.journals(store, List.of(ids));
        long teeUnits = 0;
        for (String id : ids) {
            List<LedgerEntry> journal = journals.get(id);
            assertJournalShape(id, journal);
            assertBalanceInvariants(engine, id, NOW, false);
            assertReplayMatches(engine, id, journal);
            long running = 0; // the program has no pending period and claw-back never leaves a debt: running = available
            for (LedgerEntry e : journal) {
                running += e.points();
                if (e.debt() != 0 || running < 0) {
                    fail("%s has %d points after %s", id, running, e);
                }
                if (e.type() == EntryType.REDEEM && "tee".equals(e.rule())) {
                    teeUnits += e.amount().longValueExact();
                }
            }
        }
        assertTransfersConserve(journals);
        // the stock sold out while redemptions raced for it, and not one unit more was taken
        assertThat(teeUnits).as("tee units in the journals").isEqualTo(teeStock);
        assertThat(store.redeemedUnits("tee")).as("tee units the store counted").isEqualTo(teeStock);

        // one thread applies the accepted commands in commit order to a fresh engine: same journals
        long replayStarted = System.nanoTime();
        LoyaltyEngine single = LoyaltyEngine.create(program, LedgerStore.inMemory(), clock);
        for (String key : order) {
            if (acceptedCommands.get(key).apply(single).replayed()) {
                fail("%s was replayed by the single-threaded engine", key);
            }
        }
        double singleSeconds = (System.nanoTime() - replayStarted) / 1e9;
        for (String id : ids) {
            assertThat(single.entries(id)).as("journal of %s, single-threaded", id).isEqualTo(journals.get(id));
            assertThat(single.balance(id)).isEqualTo(engine.balance(id));
        }
        return new Summary(accepted.get(), replayed.get(), refused.get(), conflicts.size(), concurrentSeconds, singleSeconds);
    }
}
