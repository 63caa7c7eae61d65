/**
 * The points ledger: append-only journals of {@link io.retention4j.loyalty.ledger.LedgerEntry}s per
 * customer, lots with their history ({@link io.retention4j.loyalty.ledger.Lot}), balances derived from
 * lots ({@link io.retention4j.loyalty.ledger.Balance}), and the
 * {@link io.retention4j.loyalty.ledger.LedgerStore} service provider interface with its in-memory
 * implementation and the durable {@link io.retention4j.loyalty.ledger.JdbcLedgerStore} (an SQLite file
 * as the embedded default, PostgreSQL for production, other databases through a
 * {@link io.retention4j.loyalty.ledger.SqlDialect}). Points are {@code long}; every debit names the lots
 * it drew from.
 */
package io.retention4j.loyalty.ledger;
