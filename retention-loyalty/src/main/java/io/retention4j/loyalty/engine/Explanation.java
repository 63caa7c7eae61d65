package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.Balance;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.util.List;

/**
 * A customer's journal with the rule behind each entry, for support staff and auditors.
 *
 * @param customerId the customer
 * @param balance    the balance now
 * @param entries    every journal entry, in order
 * @param rules      for each entry, the description of its rule in the program ("" when none)
 */
public record Explanation(String customerId, Balance balance, List<LedgerEntry> entries, List<String> rules) {
    /**
     * Copies the lists.
     *
     * @param customerId customer
     * @param balance    balance
     * @param entries    entries
     * @param rules      one description per entry
     */
    public Explanation {
        entries = List.copyOf(entries);
        rules = List.copyOf(rules);
        if (entries.size() != rules.size()) {
            throw new IllegalArgumentException("one rule description per entry: " + entries.size() + " entries, "
                    + rules.size() + " descriptions");
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("explain ").append(customerId).append(": ").append(balance);
        for (int i = 0; i < entries.size(); i++) {
            s.append("\n  ").append(entries.get(i));
            if (!rules.get(i).isEmpty()) {
                s.append("\n      rule ").append(rules.get(i));
            }
        }
        return s.toString();
    }
}
