package io.retention4j.loyalty.ledger;

/** The store contract on {@link LedgerStore#inMemory()}. */
class InMemoryLedgerStoreTest extends LedgerStoreContract {
    @Override
    protected StoreFactory factory() {
        return StoreFactory.inMemory();
    }
}
