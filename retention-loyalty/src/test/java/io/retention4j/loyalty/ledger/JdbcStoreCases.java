package io.retention4j.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.retention4j.loyalty.engine.CommandResult;
import io.retention4j.loyalty.engine.Enrolment;
import io.retention4j.loyalty.engine.InsufficientPointsException;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.engine.Redemption;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Reward;
import io.retention4j.loyalty.program.RewardKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only a database store has, on each database kind (a subclass per kind): data outlives the store
 * and is shared by stores in several processes (played here by several store instances on one
 * database); the schema is versioned; corrupt rows are reported precisely; bulk loads group commands;
 * database failures at any statement of a commit leave nothing partial, say so clearly, and leave the
 * engine serving.
 */
abstract class JdbcStoreCases {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    static final LoyaltyProgram PROGRAM = LoyaltyProgram.builder("jdbc").zone("Europe/Paris").currency("EUR")
            .earn(EarnRule.baseRate("base", "1"))
            .rewards(Reward.of("mug", RewardKind.PRODUCT, 30).withStock(5)).build();

    TestDatabase db;

    abstract TestDatabase database();

    @BeforeEach
    void createDatabase() {
        db = database();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    static LoyaltyEngine engine(LedgerStore store) {
        return LoyaltyEngine.create(PROGRAM, store, CLOCK);
    }

    /** c1: 50 points earned, 30 redeemed on a mug (seq 0..3); c2: 10 points (seq 0..2). */
    static void history(LoyaltyEngine engine) {
        engine.enrol(Enrolment.of("c1"));
        engine.enrol(Enrolment.of("c2"));
        engine.purchase(Purchase.of("o1", "c1", "50"));
        engine.redeem(Redemption.reward("r1", "c1", "mug", 1));
        engine.purchase(Purchase.of("o2", "c2", "10"));
    }

    /** Everything a fresh store reads about the history's customers, keys and reward. */
    static Map<String, Object> contents(LedgerStore store) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String c : List.of("c1", "c2", "c3")) {
            all.put("journal " + c, store.journal(c));
        }
        for (String k : List.of("enrol:c1", "o1", "r1", "o2", "o3", "o4", "r2")) {
            all.put("receipt " + k, store.receipt(k));
        }
        all.put("mugs", store.redeemedUnits("mug"));
        List<String> customers = new ArrayList<>();
        store.forEachCustomer(customers::add);
        customers.sort(null);
        all.put("customers", customers);
        return all;
    }

    /** The number in the first column of the first row of a query. */
    long count(String query) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    // ------------------------------------------------------------------ durability and sharing

    @Test
    void reopen_journalsReceiptsAndStockAreAsWritten() {
        LedgerStore first = db.open();
        LoyaltyEngine engine = engine(first);
        history(engine);
        Map<String, Object> written = contents(first);
        first.close();
        LedgerStore again = db.open();
        assertThat(contents(again)).isEqualTo(written);
        assertThat(engine(again).balance("c1").available()).isEqualTo(20);
        // the keys are in the database: the same commands replay in a new engine
        CommandResult replay = engine(again).purchase(Purchase.of("o1", "c1", "50"));
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.points("c1")).isEqualTo(50);
    }

    @Test
    void twoEngines_oneDatabase_aCommandComputedFromAStaleCacheIsRecomputedAndNothingIsOverdrawn() {
        LoyaltyEngine a = engine(db.open());
        LoyaltyEngine b = engine(db.open());
        a.enrol(Enrolment.of("c1"));
        a.purchase(Purchase.of("o1", "c1", "100"));
        assertThat(a.balance("c1").available()).isEqualTo(100); // a caches c1
        b.redeem(Redemption.points("r1", "c1", 60));          // b writes c1 behind a's back
        // a's cache still says 100: its redemption is computed on that, refused by the size guard, recomputed
        assertThatThrownBy(() -> a.redeem(Redemption.points("r2", "c1", 60)))
                .isInstanceOf(InsufficientPointsException.class).hasMessageContaining("40 available points, 60 requested");
        assertThat(a.redeem(Redemption.points("r3", "c1", 40)).entries()).hasSize(1);
        assertThat(b.entries("c1")).extracting(LedgerEntry::points).containsExactly(0L, 0L, 100L, -60L, -40L);
        // a key applied by one engine replays in the other
        assertThat(a.redeem(Redemption.points("r1", "c1", 60)).replayed()).isTrue();
    }

    @Test
    void twoEngines_oneDatabase_balanceOfACustomerCachedByOneIncludesTheOthersCommands() {
        LoyaltyEngine a = engine(db.open());
        LoyaltyEngine b = engine(db.open());
        a.enrol(Enrolment.of("c1"));
        a.purchase(Purchase.of("o1", "c1", "100"));
        assertThat(a.balance("c1").available()).isEqualTo(100); // a caches c1
        b.purchase(Purchase.of("o2", "c1", "30"));             // b appends behind a's back
        // a's cached account is one purchase behind the database: a must not answer from it
        assertThat(a.balance("c1").available()).isEqualTo(130);
        assertThat(a.balance("c1").available()).isEqualTo(b.balance("c1").available());
    }

    @Test
    void journal_readAgain_fetchesOnlyWhatIsNew_includingAnotherStoresAppends() {
        JdbcLedgerStore a = db.open();
        JdbcLedgerStore b = db.open();
        history(engine(a));
        List<LedgerEntry> first = a.journal("c1");
        assertThat(a.journal("c1")).as("nothing new: the list read before").isSameAs(first);
        engine(b).purchase(Purchase.of("o3", "c1", "5"));
        List<LedgerEntry> second = a.journal("c1");
        assertThat(second).isEqualTo(b.journal("c1")).hasSize(first.size() + 2);
        assertThat(second.subList(0, first.size())).isEqualTo(first);
        assertThat(second.get(0)).as("the prefix was not read again").isSameAs(first.get(0));
        // a store that never read c1 reads it whole, equal
        assertThat(db.open().journal("c1")).isEqualTo(second);
    }

    // ------------------------------------------------------------------ schema

    @Test
    void open_newerSchemaVersion_isRefusedNamingBothVersions() {
        db.open().close();
        db.sql("INSERT INTO ledger_schema_version (version, description, applied_at) VALUES (3, 'from the future', 'x')");
        assertThatThrownBy(() -> db.open()).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("ledger schema is version 3, newer than this library's version 2");
    }

    @Test
    void open_ledgerTablesWithoutAVersionTable_areRefusedAsForeign() {
        db.sql("CREATE TABLE ledger_entry (id INTEGER)");
        assertThatThrownBy(() -> db.open()).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("has a table ledger_entry but no ledger_schema_version");
    }

    @Test
    void open_emptyVersionTable_isRefused() {
        db.sql("CREATE TABLE ledger_schema_version (version INTEGER)");
        assertThatThrownBy(() -> db.open()).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("ledger_schema_version is empty");
    }

    @Test
    void open_version1Database_isUpgradedAndItsJournalsReceiptsAndStockReadBack() throws Exception {
        // the v1 layout had no customer table; write a history into it with plain SQL
        try (Connection c = db.dataSource().getConnection()) {
            assertThat(JdbcSchema.migrate(c, SqlDialect.forProduct(c.getMetaData().getDatabaseProductName()), 1)).isZero();
        }
        long t = Instant.parse("2026-03-10T11:00:00Z").getEpochSecond(); // an hour before the clock
        String columns = "INSERT INTO ledger_entry (customer_id, seq, entry_type, points, at_second, at_nano, entry_key, "
                + "rule_id, source, amount, debt, allocations, attributes) VALUES ";
        db.sql(columns + "('c1', 0, 'ENROL', 0, " + t + ", 5, 'enrol:c1', NULL, NULL, NULL, 0, NULL, '{\"tier\":\"x\"}')",
                columns + "('c1', 1, 'PURCHASE', 0, " + t + ", 5, 'o1', NULL, 'o1', '50.00', 0, NULL, NULL)",
                columns + "('c1', 2, 'EARN', 50, " + t + ", 5, 'o1', 'base', 'o1', NULL, 0, NULL, NULL)",
                columns + "('c1', 3, 'REDEEM', -30, " + t + ", 5, 'r1', 'mug', NULL, '1', 0, '2:30', NULL)",
                "INSERT INTO ledger_receipt VALUES ('o1', 'purchase', 'purchase|c1|50|null|null', '[\"c1\"]', " + t + ", 5)",
                "INSERT INTO ledger_stock VALUES ('mug', 1)");
        LedgerStore store = db.open();
        Instant at = Instant.ofEpochSecond(t, 5);
        assertThat(store.journal("c1")).containsExactly(
                new LedgerEntry(0, "c1", EntryType.ENROL, 0, at, "enrol:c1", null, null, null, null, null, null, 0, null,
                        Map.of("tier", "x")),
                new LedgerEntry(1, "c1", EntryType.PURCHASE, 0, at, "o1", null, "o1", null, null, new java.math.BigDecimal("50.00"),
                        null, 0, null, null),
                new LedgerEntry(2, "c1", EntryType.EARN, 50, at, "o1", "base", "o1", null, null, null, null, 0, null, null),
                new LedgerEntry(3, "c1", EntryType.REDEEM, -30, at, "r1", "mug", null, null, null, java.math.BigDecimal.ONE,
                        null, 0, List.of(new Allocation(2, 30)), null));
        assertThat(store.receipt("o1")).get().extracting(CommandReceipt::customerIds).isEqualTo(List.of("c1"));
        assertThat(store.redeemedUnits("mug")).isEqualTo(1);
        List<String> customers = new ArrayList<>();
        store.forEachCustomer(customers::add);
        assertThat(customers).containsExactly("c1");
        // the upgrade recorded the journal size, so the append guard works on the old journal
        LoyaltyEngine engine = engine(store);
        assertThat(engine.balance("c1").available()).isEqualTo(20);
        assertThat(engine.purchase(Purchase.of("o2", "c1", "5")).entries()).extracting(LedgerEntry::seq).containsExactly(4L, 5L);
        assertThat(engine.purchase(Purchase.of("o1", "c1", "50.00")).replayed()).isTrue();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT version FROM ledger_schema_version ORDER BY version")) {
            List<Integer> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
            assertThat(versions).containsExactly(1, 2);
        }
    }

    @Test
    void open_twoStoresOnAFreshDatabaseAtOnce_bothOpenOnOneSchema() throws Exception {
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                try {
                    db.open();
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(errors).isEmpty();
    }

    // ------------------------------------------------------------------ corrupt data

    @Test
    void journal_allocationNamingAMissingLot_isReportedWithCustomerSeqAndLot() {
        LedgerStore store = db.open();
        history(engine(store));
        db.sql("UPDATE ledger_entry SET allocations = '9:30' WHERE customer_id = 'c1' AND seq = 3");
        LoyaltyEngine fresh = engine(db.open());
        Throwable thrown = catchThrowable(() -> fresh.balance("c1"));
        assertThat(thrown).isInstanceOf(LedgerCorruptedException.class)
                .hasMessage("ledger data of customer 'c1' is corrupt at seq 3: allocation 30@lot9 of REDEEM names lot 9, "
                        + "which is not an earlier entry of the journal");
        assertThat(((LedgerCorruptedException) thrown).customerId()).isEqualTo("c1");
        assertThat(((LedgerCorruptedException) thrown).seq()).isEqualTo(3);
        // other customers are served
        assertThat(fresh.balance("c2").available()).isEqualTo(10);
        assertThat(fresh.purchase(Purchase.of("o3", "c2", "5")).points("c2")).isEqualTo(5);
        // and a store asked to verify at open refuses to open
        assertThatThrownBy(() -> JdbcLedgerStore.builder(db.dataSource()).verifyOnOpen().build())
                .isInstanceOf(LedgerCorruptedException.class).hasMessageContaining("customer 'c1' is corrupt at seq 3");
    }

    @Test
    void journal_brokenRows_areReportedPrecisely() {
        LedgerStore store = db.open();
        history(engine(store));
        Map<String, String> corruptions = new LinkedHashMap<>();
        corruptions.put("UPDATE ledger_entry SET allocations = '1:30' WHERE customer_id = 'c1' AND seq = 3",
                "at seq 3: allocation 30@lot1 of REDEEM names lot 1, but entry 1 is PURCHASE 0 and opens no lot");
        corruptions.put("UPDATE ledger_entry SET allocations = '2:60', points = -60 WHERE customer_id = 'c1' AND seq = 3",
                "at seq 3: allocation 60@lot2 of REDEEM overdraws lot 2: 60 drawn from 50 points");
        corruptions.put("UPDATE ledger_entry SET allocations = '2:x' WHERE customer_id = 'c1' AND seq = 3",
                "at seq 3: column allocations holds '2:x': '2:x' is not lot:points");
        corruptions.put("UPDATE ledger_entry SET entry_type = 'BONUS' WHERE customer_id = 'c1' AND seq = 2",
                "at seq 2: column entry_type holds 'BONUS', which is no entry type");
        corruptions.put("UPDATE ledger_entry SET amount = 'fifty' WHERE customer_id = 'c1' AND seq = 1",
                "at seq 1: column amount holds 'fifty', which is not a decimal number");
        corruptions.put("UPDATE ledger_entry SET points = 51 WHERE customer_id = 'c1' AND seq = 3",
                "at seq 3: the row is not a valid entry: entry 3 (REDEEM) of customer 'c1': points 51 must be minus the allocated 30");
        corruptions.put("DELETE FROM ledger_entry WHERE customer_id = 'c1' AND seq = 1",
                "at seq 1: the journal has no entry 1 (the next stored entry is 2)");
        corruptions.put("UPDATE ledger_customer SET journal_size = 7 WHERE customer_id = 'c1'",
                "the customer table records 7 entries, the entry table holds 4");
        corruptions.put("DELETE FROM ledger_customer WHERE customer_id = 'c1'",
                "table ledger_entry holds entries of the customer but table ledger_customer has no row for them");
        for (Map.Entry<String, String> corruption : corruptions.entrySet()) {
            TestDatabase copy = database();
            try {
                history(engine(copy.open()));
                copy.sql(corruption.getKey());
                assertThatThrownBy(() -> copy.open().journal("c1")).as(corruption.getKey())
                        .isInstanceOf(LedgerCorruptedException.class)
                        .hasMessageStartingWith("ledger data of customer 'c1' is corrupt")
                        .hasMessageContaining(corruption.getValue());
                assertThat(copy.open().journal("c2")).hasSize(3);
            } finally {
                copy.close();
            }
        }
    }

    // ------------------------------------------------------------------ bulk loads

    @Test
    void bulkLoad_commitsEveryNCommandsAndAtClose_andOthersSeeOnlyCommittedTransactions() {
        JdbcLedgerStore store = db.open();
        LedgerStore other = db.open();
        BulkLoad bulk = store.bulkLoad(50);
        LoyaltyEngine engine = engine(bulk);
        engine.enrol(Enrolment.of("c1"));
        for (int i = 1; i < 120; i++) {
            engine.purchase(Purchase.of("o" + i, "c1", "1"));
            // this view reads its own open transaction at once
            assertThat(bulk.receipt("o" + i)).isPresent();
        }
        assertThat(bulk.flushedCommands()).isEqualTo(100);
        assertThat(other.receipt("o99")).isPresent();
        assertThat(other.receipt("o100")).isEmpty();
        assertThat(other.journal("c1")).hasSize(1 + 99 * 2);
        bulk.close();
        assertThat(other.receipt("o119")).isPresent();
        assertThat(other.journal("c1")).isEqualTo(engine(store).entries("c1")).hasSize(1 + 119 * 2);
        assertThatThrownBy(() -> bulk.journal("c1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void bulkLoad_aRefusedCommitInTheMiddle_rollsBackItselfOnly() {
        JdbcLedgerStore store = db.open();
        try (BulkLoad bulk = store.bulkLoad(1000)) {
            LedgerEntry e0 = LedgerStoreContract.enrol("c1", 0, null);
            LedgerEntry e1 = LedgerStoreContract.earn("c1", 1, 5, "k1");
            assertThat(bulk.commit(LedgerStoreContract.commit(LedgerStoreContract.receipt("k0", "c1"),
                    List.of(LedgerStoreContract.append("c1", 0, e0))))).isEqualTo(CommitOutcome.COMMITTED);
            // stale size: its receipt, stock and entries must all vanish
            assertThat(bulk.commit(LedgerStoreContract.commit(LedgerStoreContract.receipt("k9", "c1"),
                    List.of(LedgerStoreContract.append("c1", 0, e0)), new StockChange("mug", 1, 5))))
                    .isEqualTo(CommitOutcome.CUSTOMER_CHANGED);
            assertThat(bulk.commit(LedgerStoreContract.commit(LedgerStoreContract.receipt("k0", "c1"),
                    List.of(LedgerStoreContract.append("c1", 1, e1))))).isEqualTo(CommitOutcome.KEY_EXISTS);
            assertThat(bulk.commit(LedgerStoreContract.commit(LedgerStoreContract.receipt("k1", "c1"),
                    List.of(LedgerStoreContract.append("c1", 1, e1))))).isEqualTo(CommitOutcome.COMMITTED);
            assertThat(bulk.journal("c1")).containsExactly(e0, e1);
            assertThat(bulk.receipt("k9")).isEmpty();
            assertThat(bulk.redeemedUnits("mug")).isZero();
        }
        assertThat(store.journal("c1")).hasSize(2);
        assertThat(store.receipt("k9")).isEmpty();
        assertThat(store.receipt("k1")).isPresent();
    }

    @Test
    void bulkLoad_lostTransaction_namesTheLostCommandsAndRefusesToGoOn() {
        JdbcLedgerStore plain = db.open();
        engine(plain).enrol(Enrolment.of("c1"));
        FaultyDataSource faulty = new FaultyDataSource(db.dataSource());
        JdbcLedgerStore store = db.track(JdbcLedgerStore.builder(faulty).build());
        BulkLoad bulk = store.bulkLoad(10);
        LoyaltyEngine engine = engine(bulk);
        for (int i = 0; i < 13; i++) {
            engine.purchase(Purchase.of("o" + i, "c1", "1"));
        }
        faulty.failAt(1, false);
        assertThatThrownBy(() -> engine.purchase(Purchase.of("o13", "c1", "1"))).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("connection lost")
                .hasMessageContaining("lost with the 3 commands committed in it (keys from 'o10' to 'o12')");
        assertThatThrownBy(() -> bulk.journal("c1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lost a transaction");
        bulk.close();
        // the first transaction of ten commands is there, nothing of the lost one
        assertThat(plain.journal("c1")).hasSize(1 + 10 * 2);
        assertThat(plain.receipt("o9")).isPresent();
        assertThat(plain.receipt("o10")).isEmpty();
        // a new engine re-running the whole load completes it: the first ten replay
        LoyaltyEngine again = engine(plain);
        long replayed = 0;
        for (int i = 0; i < 14; i++) {
            replayed += again.purchase(Purchase.of("o" + i, "c1", "1")).replayed() ? 1 : 0;
        }
        assertThat(replayed).isEqualTo(10);
        assertThat(again.balance("c1").available()).isEqualTo(14);
    }

    // ------------------------------------------------------------------ database failures

    /**
     * Breaks the connection at every statement of a command in turn (before it reaches the database,
     * and after it ran with the reply lost): each time the command fails with a clear exception, the
     * database holds either none of it or, when only the reply of the commit was lost, all of it; the
     * engine shows what the database holds, serves other customers, and the retry with the same key
     * applies the command exactly once.
     */
    @Test
    void commit_connectionLostAtAnyStatement_leavesNothingPartialAndTheRetryAppliesItOnce() {
        LedgerStore plain = db.open();
        FaultyDataSource faulty = new FaultyDataSource(db.dataSource());
        LedgerStore store = db.track(JdbcLedgerStore.builder(faulty).build());
        LoyaltyEngine engine = engine(store);
        history(engine);
        int order = 3;
        for (boolean afterRunning : new boolean[] {false, true}) {
            for (int n = 1; ; n++) {
                String key = "o" + order++;
                Map<String, Object> before = contents(plain);
                long available = engine.balance("c1").available();
                faulty.failAt(n, afterRunning);
                Throwable thrown = catchThrowable(() -> engine.purchase(Purchase.of(key, "c1", "7")));
                faulty.disarm();
                if (thrown == null) {
                    assertThat(n).as("statements of a purchase").isGreaterThan(3);
                    break;
                }
                String at = "fault at statement " + n + (afterRunning ? " after it ran" : "");
                assertThat(thrown).as(at).isInstanceOf(LedgerStoreException.class)
                        .hasMessageContaining("'" + key + "'").hasMessageContaining("connection lost");
                if (!thrown.getMessage().contains("reading the receipt of key '" + key + "'")) {
                    assertThat(thrown).as(at).hasMessageContaining("commit of key '" + key + "' for customers [c1 from seq");
                }
                boolean written = plain.receipt(key).isPresent();
                if (!written) {
                    assertThat(contents(plain)).as(at).isEqualTo(before);
                    assertThat(thrown.getMessage()).as(at).containsAnyOf("nothing was written", "the outcome is unknown",
                            "reading the receipt");
                } else {
                    assertThat(thrown.getMessage()).as(at).contains("the outcome is unknown");
                    assertThat(plain.journal("c1")).as(at).hasSize(((List<?>) before.get("journal c1")).size() + 2);
                }
                // the engine shows the database, not what it had computed
                assertThat(engine.balance("c1").available()).as(at).isEqualTo(available + (written ? 7 : 0));
                assertThat(engine.purchase(Purchase.of("other-" + key, "c2", "1")).points("c2")).as(at).isEqualTo(1);
                CommandResult retry = engine.purchase(Purchase.of(key, "c1", "7"));
                assertThat(retry.replayed()).as(at).isEqualTo(written);
                assertThat(retry.points("c1")).as(at).isEqualTo(7);
                assertThat(engine.balance("c1").available()).as(at).isEqualTo(available + 7);
                assertThat(((JdbcLedgerStore) plain).verify()).isEqualTo(2);
            }
        }
        assertThat(faulty.injected()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void commit_readOnlyDatabase_failsClearlyWritesNothingAndReadsGoOn() {
        history(engine(db.open()));
        LedgerStore readOnly = db.track(JdbcLedgerStore.builder(readOnlyDataSource()).build());
        LoyaltyEngine engine = engine(readOnly);
        Map<String, Object> before = contents(db.open());
        assertThat(engine.balance("c1").available()).isEqualTo(20);
        assertThatThrownBy(() -> engine.purchase(Purchase.of("o3", "c1", "5"))).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("commit of key 'o3' for customers [c1 from seq 4]").hasMessageContaining("nothing was written")
                .hasMessageContaining(readOnlyMessage());
        assertThat(contents(db.open())).isEqualTo(before);
        assertThat(engine.balance("c1").available()).isEqualTo(20);
        assertThat(engine.balance("c2").available()).isEqualTo(10);
    }

    /** @return a data source of read-only connections to the database */
    abstract javax.sql.DataSource readOnlyDataSource();

    /** @return what the database says when a read-only connection writes */
    abstract String readOnlyMessage();

    @Test
    void commit_entryRowThatShouldNotExist_failsNamingTableCustomerAndSeq_andTheEngineServesOthers() {
        LedgerStore store = db.open();
        LoyaltyEngine engine = engine(store);
        history(engine);
        // a stray row at seq 4 of c1, whose journal the customer table says has 4 entries (a botched manual fix)
        db.sql("INSERT INTO ledger_entry (customer_id, seq, entry_type, points, at_second, at_nano, entry_key, debt) "
                + "VALUES ('c1', 4, 'EVENT', 0, 0, 0, 'manual', 0)");
        LedgerStore other = db.open();
        Map<String, Object> c2 = Map.of("journal", other.journal("c2"), "receipt", other.receipt("o3"));
        assertThatThrownBy(() -> engine.purchase(Purchase.of("o3", "c1", "5"))).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("commit of key 'o3'")
                .hasMessageContaining("writing ledger_entry entries of customer 'c1' seq 4..5")
                .hasMessageContaining("nothing was written");
        assertThat(Map.of("journal", other.journal("c2"), "receipt", other.receipt("o3"))).isEqualTo(c2);
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE customer_id = 'c1'")).isEqualTo(5);
        assertThat(count("SELECT journal_size FROM ledger_customer WHERE customer_id = 'c1'")).isEqualTo(4);
        assertThat(engine.purchase(Purchase.of("o4", "c2", "5")).points("c2")).isEqualTo(5);
        // the engine dropped its cache of c1: loading it again reports the inconsistency
        assertThatThrownBy(() -> engine.balance("c1")).isInstanceOf(LedgerCorruptedException.class)
                .hasMessageContaining("the customer table records 4 entries, the entry table holds 5");
    }
}
