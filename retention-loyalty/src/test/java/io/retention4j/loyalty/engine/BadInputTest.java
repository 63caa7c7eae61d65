package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.StoreFactory;

/** The bad-input cases ({@link BadInputCases}) on the in-memory store. */
class BadInputTest extends BadInputCases {
    @Override
    StoreFactory factory() {
        return StoreFactory.inMemory();
    }
}
