package io.retention4j.loyalty.ledger;

/** The multi-process faults ({@link ProcessFaultCases}) on an SQLite file: 20 kills. */
class JdbcSqliteProcessTest extends ProcessFaultCases {
    @Override
    TestDatabase database() {
        return TestDatabase.sqlite();
    }

    @Override
    int kills() {
        return 20;
    }
}
