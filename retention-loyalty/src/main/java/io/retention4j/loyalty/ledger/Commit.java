package io.retention4j.loyalty.ledger;

import java.util.List;

/**
 * Everything one command writes, applied by {@link LedgerStore#commit} atomically: all of it or
 * none of it.
 *
 * @param receipt the idempotency receipt, or null for engine housekeeping (releases, expiries) that
 *                is guarded by the journal sizes alone
 * @param appends the journal appends, at most one per customer
 * @param stock   reward stock taken
 */
public record Commit(CommandReceipt receipt, List<JournalAppend> appends, List<StockChange> stock) {
    /**
     * Copies the lists.
     *
     * @param receipt receipt or null
     * @param appends not null
     * @param stock   null means none
     */
    public Commit {
        appends = List.copyOf(appends);
        stock = stock == null ? List.of() : List.copyOf(stock);
    }
}
