package io.retention4j.loyalty.ledger;

import org.junit.jupiter.api.extension.ExtendWith;

/** The store contract on PostgreSQL ({@link Postgres}), a fresh schema per test. */
@ExtendWith(Postgres.Condition.class)
class JdbcPostgresLedgerStoreTest extends LedgerStoreContract {
    @Override
    protected StoreFactory factory() {
        return StoreFactory.postgres();
    }
}
