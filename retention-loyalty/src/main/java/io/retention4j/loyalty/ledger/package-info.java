/**
 * The points ledger: append-only journals of {@link io.retention4j.loyalty.ledger.LedgerEntry}s per
 * customer, lots with their history ({@link io.retention4j.loyalty.ledger.Lot}), balances derived from
 * lots ({@link io.retention4j.loyalty.ledger.Balance}), and the
 * {@link io.retention4j.loyalty.ledger.LedgerStore} service provider interface with its in-memory
 * implementation. Points are {@code long}; every debit names the lots it drew from.
 */
package io.retention4j.loyalty.ledger;
