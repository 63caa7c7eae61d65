package io.retention4j.loyalty.ledger;

import java.util.List;

/**
 * Checks a journal read back from a database before anyone folds it: seqs 0..n-1 without gaps, every
 * entry the customer's, every allocation naming an earlier entry that opened a lot (a pending lot
 * for a release), and no lot drawn beyond its points. The engine would otherwise compute balances
 * from broken references, or fail later with a less precise message.
 */
final class JournalCheck {
    private JournalCheck() {
    }

    /**
     * Checks a journal.
     *
     * @param customerId   the customer it was read for
     * @param entries      the entries in seq order
     * @param expectedSize the size the database records for the journal, or -1 when unknown
     * @throws LedgerCorruptedException at the first problem
     */
    static void check(String customerId, List<LedgerEntry> entries, long expectedSize) {
        long[] drawn = null;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            if (e.seq() != i) {
                throw new LedgerCorruptedException(customerId, i, "the journal has no entry " + i
                        + (e.seq() > i ? " (the next stored entry is " + e.seq() + ")" : " (entry " + e.seq() + " repeats)"), null);
            }
            if (!e.customerId().equals(customerId)) {
                throw new LedgerCorruptedException(customerId, i, "the entry belongs to customer '" + e.customerId() + "'", null);
            }
            for (Allocation a : e.allocations()) {
                long lot = a.lotId();
                String what = "allocation " + a + " of " + e.type();
                if (lot >= i) {
                    throw new LedgerCorruptedException(customerId, i, what + " names lot " + lot
                            + ", which is not an earlier entry of the journal", null);
                }
                LedgerEntry opener = entries.get((int) lot);
                if (!opener.opensLot()) {
                    throw new LedgerCorruptedException(customerId, i, what + " names lot " + lot + ", but entry " + lot
                            + " is " + opener.type() + " " + opener.points() + " and opens no lot", null);
                }
                if (e.type() == EntryType.RELEASE) {
                    if (opener.type() != EntryType.PENDING) {
                        throw new LedgerCorruptedException(customerId, i, "the release names lot " + lot + ", which is "
                                + opener.type() + ", not PENDING", null);
                    }
                    continue;
                }
                if (drawn == null) {
                    drawn = new long[entries.size()];
                }
                drawn[(int) lot] += a.points();
                if (drawn[(int) lot] > opener.points()) {
                    throw new LedgerCorruptedException(customerId, i, what + " overdraws lot " + lot + ": "
                            + drawn[(int) lot] + " drawn from " + opener.points() + " points", null);
                }
            }
        }
        if (expectedSize >= 0 && expectedSize != entries.size()) {
            throw new LedgerCorruptedException(customerId, -1, "the customer table records " + expectedSize
                    + " entries, the entry table holds " + entries.size(), null);
        }
    }
}
