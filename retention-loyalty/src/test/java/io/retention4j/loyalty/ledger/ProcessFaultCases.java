package io.retention4j.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.TestCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults only separate processes can produce, on each database kind (a subclass per kind): child JVMs
 * ({@link CommandChild}) killed with SIGKILL in the middle of their commands, and two child JVMs
 * writing the same customers with overlapping idempotency keys at the same time.
 */
abstract class ProcessFaultCases {
    private static final long SEED = 11;

    @TempDir
    Path dir;

    abstract TestDatabase database();

    /** @return how many times the crash test kills a child */
    abstract int kills();

    /**
     * Kills a child applying commands at a random moment ({@code Process.destroyForcibly()}: SIGKILL
     * on Linux), again and again; the next child resumes a few commands before the last acknowledged
     * one (so acknowledged commands and the one in flight are sent again, like a client retrying after a
     * lost reply). After each kill a new store on the database holds every acknowledged command and
     * nothing half-applied, all invariants hold, and no key was ever applied twice.
     */
    @Test
    void crash_childKilledAtRandomMoments_keepsEveryAcknowledgedCommandAndNothingHalfApplied() throws Exception {
        int count = 20_000;
        int customers = 30;
        Random random = new Random(SEED);
        Map<String, Integer> applied = new HashMap<>();
        Set<String> acknowledged = new HashSet<>();
        int next = 0;
        int killed = 0;
        int inFlight = 0;
        try (TestDatabase db = database()) {
            for (int round = 0; round < kills(); round++) {
                Path ack = dir.resolve("ack-" + round);
                int start = Math.max(0, next - 3);
                ChildProcess child = ChildProcess.start(CommandChild.class, dir.resolve("err-" + round), db.argument(),
                        ack.toString(), Long.toString(SEED), Integer.toString(count), Integer.toString(customers),
                        Integer.toString(start));
                child.awaitReady(120);
                Thread.sleep(100 + random.nextInt(900));
                child.process.destroyForcibly();
                int exit = child.process.waitFor();
                if (exit != 137) {
                    fail("the child was not killed (exit %d): %s", exit, child.errors());
                }
                killed++;
                for (String[] line : ChildProcess.acknowledgements(ack)) {
                    String key = line[2];
                    acknowledged.add(key);
                    if (line[0].equals("A")) {
                        applied.merge(key, 1, Integer::sum);
                    }
                    next = Math.max(next, Integer.parseInt(line[1]) + 1);
                }
                JdbcLedgerStore store = db.open();
                LedgerAudit.Contents contents = LedgerAudit.check(db, store, "tee", CommandChild.teeStock(count));
                assertThat(contents.receipts()).as("receipts after kill %d", killed).containsAll(acknowledged);
                // the child sends one command at a time: at most the one in flight committed without its acknowledgement
                Set<String> unacknowledged = new HashSet<>(contents.receipts());
                unacknowledged.removeAll(acknowledged);
                assertThat(unacknowledged).as("committed, not acknowledged, after kill %d", killed).hasSizeLessThanOrEqualTo(1);
                inFlight += unacknowledged.size();
                store.close();
            }
        }
        System.out.printf("crash test on %s: %d kills, %d commands acknowledged, %d kills between a commit and its "
                + "acknowledgement%n", getClass().getSimpleName(), killed, acknowledged.size(), inFlight);
        assertThat(killed).isEqualTo(kills());
        applied.forEach((key, times) -> assertThat(times).as("applications of %s", key).isEqualTo(1));
        // the children made progress between the kills
        assertThat(next).as("commands acknowledged in %d rounds", kills()).isGreaterThan(kills() * 5);
    }

    /**
     * Two child JVMs send the same commands (same keys, same content, one starting half way through
     * the list) to the same customers at the same time. Every key is applied by exactly one of them (the
     * other replays it or finds it used with other content), no balance is ever negative, and one
     * engine applying the accepted commands one after the other, in an order consistent with every
     * journal, writes exactly the same journals.
     */
    @Test
    void twoProcesses_sameCustomersOverlappingKeys_matchASerialReplayAndNeverGoNegative() throws Exception {
        int count = 1_500;
        int customers = 8;
        try (TestDatabase db = database()) {
            db.open().close(); // the schema exists before the children race
            List<ChildProcess> children = new ArrayList<>();
            for (int start : new int[] {0, count / 2}) {
                children.add(ChildProcess.start(CommandChild.class, dir.resolve("err-" + start), db.argument(),
                        dir.resolve("ack-" + start).toString(), Long.toString(SEED), Integer.toString(count),
                        Integer.toString(customers), Integer.toString(start)));
            }
            for (ChildProcess child : children) {
                child.awaitExit(600);
            }
            TestCommand[] commands = TestCommand.generate(count, SEED, CommandChild.ids(customers),
                    Math.max(1, count / customers));
            Map<String, TestCommand> accepted = new LinkedHashMap<>();
            int replayed = 0;
            for (int start : new int[] {0, count / 2}) {
                for (String[] line : ChildProcess.acknowledgements(dir.resolve("ack-" + start))) {
                    int index = Integer.parseInt(line[1]);
                    TestCommand command = index < 0 ? TestCommand.enrol(line[2].substring("enrol:".length())) : commands[index];
                    if (line[0].equals("P")) {
                        replayed++;
                    } else if (accepted.put(line[2], command) != null) {
                        fail("key %s was applied by both processes", line[2]);
                    }
                }
            }
            JdbcLedgerStore store = db.open();
            LedgerAudit.Contents contents = LedgerAudit.check(db, store, "tee", CommandChild.teeStock(count));
            assertThat(contents.receipts()).isEqualTo(accepted.keySet());
            assertThat(replayed).as("keys the second process found applied").isGreaterThan(count / 4);

            LoyaltyEngine serial = LoyaltyEngine.create(TestCommand.program(CommandChild.teeStock(count)),
                    LedgerStore.inMemory(), Clock.fixed(CommandChild.NOW, ZoneOffset.UTC));
            for (String key : serialOrder(contents.journals(), accepted.keySet())) {
                assertThat(accepted.get(key).apply(serial).replayed()).as("serial replay of %s", key).isFalse();
            }
            contents.journals().forEach((c, journal) -> {
                assertThat(serial.entries(c)).as("journal of %s, serial replay", c).isEqualTo(journal);
                assertThat(serial.balance(c)).isEqualTo(LoyaltyEngine.create(TestCommand.program(CommandChild.teeStock(count)),
                        store, Clock.fixed(CommandChild.NOW, ZoneOffset.UTC)).balance(c));
            });
        }
    }

    /**
     * The keys in an order consistent with every journal (a topological order of "comes before in some
     * journal"): a serial history that explains the database.
     */
    static List<String> serialOrder(Map<String, List<LedgerEntry>> journals, Set<String> keys) {
        Map<String, Set<String>> after = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (String key : keys) {
            after.put(key, new LinkedHashSet<>());
            before.put(key, 0);
        }
        for (List<LedgerEntry> journal : journals.values()) {
            String previous = null;
            for (LedgerEntry e : journal) {
                if (!e.key().equals(previous)) {
                    if (previous != null && after.get(previous).add(e.key())) {
                        before.merge(e.key(), 1, Integer::sum);
                    }
                    previous = e.key();
                }
            }
        }
        ArrayDeque<String> ready = new ArrayDeque<>(new TreeSet<>(keys.stream().filter(k -> before.get(k) == 0).toList()));
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String key = ready.poll();
            order.add(key);
            for (String next : after.get(key)) {
                if (before.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        assertThat(order).as("a serial order of the accepted commands (the journals disagree on none)").hasSize(keys.size());
        return order;
    }
}
