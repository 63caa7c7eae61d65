package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.internal.Require;
import java.util.List;

/**
 * Entries to append to one customer's journal, guarded by the journal's size the writer saw: the
 * append succeeds only if the journal still has exactly {@code expectedSize} entries (optimistic
 * concurrency: another writer, in this process or another, got there first otherwise).
 *
 * @param customerId   the customer
 * @param expectedSize the journal size the entries were computed from; the first entry's seq
 * @param entries      the entries, seq consecutive from {@code expectedSize}
 */
public record JournalAppend(String customerId, long expectedSize, List<LedgerEntry> entries) {
    /**
     * Validates that the entries continue the journal.
     *
     * @param customerId   non-blank
     * @param expectedSize non-negative
     * @param entries      consecutive seqs from expectedSize, all of this customer
     */
    public JournalAppend {
        Require.notBlank("append.customerId", customerId);
        Require.nonNegative("append.expectedSize", expectedSize);
        entries = List.copyOf(entries);
        long seq = expectedSize;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            if (e.seq() != seq++ || !e.customerId().equals(customerId)) {
                throw new IllegalArgumentException("append to '" + customerId + "' at " + expectedSize
                        + " has an entry out of place: " + e);
            }
        }
    }
}
