package io.retention4j.loyalty.ledger;

/** The store contract on {@link LedgerStore#sqlite}, a fresh file per test. */
class JdbcSqliteLedgerStoreTest extends LedgerStoreContract {
    @Override
    protected StoreFactory factory() {
        return StoreFactory.sqlite();
    }
}
