package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.LedgerEntry;
import java.util.List;

/**
 * What a command did: the entries it wrote and the actions it emitted. A retried command (same key,
 * same content) gets a result with the same entries and {@code replayed() == true}; its actions are
 * empty because they were delivered the first time.
 *
 * @param key      the idempotency key
 * @param entries  the entries written under the key, in order
 * @param actions  actions emitted by this call
 * @param replayed whether the command had been applied before and nothing was written now
 */
public record CommandResult(String key, List<LedgerEntry> entries, List<Action> actions, boolean replayed) {
    /**
     * Copies the lists.
     *
     * @param key      the key
     * @param entries  the entries
     * @param actions  the actions
     * @param replayed replayed
     */
    public CommandResult {
        entries = List.copyOf(entries);
        actions = List.copyOf(actions);
    }

    /**
     * The net points the command moved for one customer.
     *
     * @param customerId the customer
     * @return the sum of the points of the customer's entries (credits positive, debits negative)
     */
    public long points(String customerId) {
        long sum = 0;
        for (LedgerEntry e : entries) {
            if (e.customerId().equals(customerId)) {
                sum += e.points();
            }
        }
        return sum;
    }

    /**
     * The net points of all entries.
     *
     * @return the sum of the entries' points
     */
    public long points() {
        long sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            sum += entries.get(i).points();
        }
        return sum;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CommandResult ").append(key).append(replayed ? " (replayed)" : "")
                .append(": ").append(points()).append(" points");
        entries.forEach(e -> s.append("\n  ").append(e));
        actions.forEach(a -> s.append("\n  -> ").append(a));
        return s.toString();
    }
}
