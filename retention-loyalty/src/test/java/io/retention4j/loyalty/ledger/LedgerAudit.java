package io.retention4j.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.retention4j.loyalty.internal.Account;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole ledger database after a crash or a race: every journal reads back (the store's own
 * checks: no gaps, lots named by allocations exist and are not overdrawn, sizes agree) and folds into
 * an account; no running balance is ever negative and no debt appears (the test program claws
 * refunds back); every receipt in the database has entries under its key in the journal of every
 * customer it names, and every entry's key has a receipt naming its customer (nothing half-applied);
 * transfers conserve points; the stocked reward's units match the redemptions and the stock.
 */
final class LedgerAudit {
    /**
     * What the database holds.
     *
     * @param journals the journal of every customer
     * @param receipts the key of every receipt
     */
    record Contents(Map<String, List<LedgerEntry>> journals, Set<String> receipts) {
        long entries() {
            return journals.values().stream().mapToLong(List::size).sum();
        }
    }

    private LedgerAudit() {
    }

    static Contents check(TestDatabase db, LedgerStore store, String stockedReward, long stock) {
        List<String> customers = new ArrayList<>();
        store.forEachCustomer(customers::add);
        Map<String, List<LedgerEntry>> journals = new LinkedHashMap<>();
        Map<String, Set<String>> keysOf = new HashMap<>();
        long in = 0;
        long out = 0;
        long stockTaken = 0;
        for (String c : customers) {
            List<LedgerEntry> journal = store.journal(c);
            journals.put(c, journal);
            Account.replay(c, journal, null);
            long running = 0;
            Set<String> keys = new HashSet<>();
            for (LedgerEntry e : journal) {
                running += e.points();
                if (running < 0 || e.debt() != 0) {
                    fail("%s has %d points after %s", c, running, e);
                }
                keys.add(e.key());
                switch (e.type()) {
                    case TRANSFER_IN -> in += e.points();
                    case TRANSFER_OUT -> out -= e.points();
                    case REDEEM -> stockTaken += stockedReward.equals(e.rule()) ? e.amount().longValueExact() : 0;
                    default -> {
                    }
                }
            }
            keysOf.put(c, keys);
        }
        assertThat(in).as("points transferred in vs out").isEqualTo(out);
        assertThat(store.redeemedUnits(stockedReward)).as("units of %s the store counts", stockedReward)
                .isEqualTo(stockTaken).isLessThanOrEqualTo(stock);
        Set<String> receipts = receiptKeys(db);
        for (String key : receipts) {
            CommandReceipt receipt = store.receipt(key).orElseThrow();
            for (String c : receipt.customerIds()) {
                assertThat(keysOf.getOrDefault(c, Set.of())).as("entries of %s under key %s", c, key).contains(key);
            }
        }
        keysOf.forEach((c, keys) -> {
            for (String key : keys) {
                if (!key.startsWith("housekeeping:")) {
                    assertThat(receipts).as("receipt of key %s (an entry of %s)", key, c).contains(key);
                    assertThat(store.receipt(key).orElseThrow().customerIds()).as("customers of %s", key).contains(c);
                }
            }
        });
        return new Contents(journals, receipts);
    }

    static Set<String> receiptKeys(TestDatabase db) {
        Set<String> keys = new HashSet<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT receipt_key FROM ledger_receipt")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }
}
