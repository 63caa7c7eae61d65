package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.StoreFactory;

/** The bad-input cases ({@link BadInputCases}) on an SQLite store. */
class JdbcSqliteBadInputTest extends BadInputCases {
    @Override
    StoreFactory factory() {
        return StoreFactory.sqlite();
    }
}
