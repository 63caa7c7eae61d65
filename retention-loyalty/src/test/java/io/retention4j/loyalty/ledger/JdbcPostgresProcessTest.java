package io.retention4j.loyalty.ledger;

import org.junit.jupiter.api.extension.ExtendWith;

/** The multi-process faults ({@link ProcessFaultCases}) on PostgreSQL ({@link Postgres}): 20 kills, as on SQLite. */
@ExtendWith(Postgres.Condition.class)
class JdbcPostgresProcessTest extends ProcessFaultCases {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }

    @Override
    int kills() {
        return 20;
    }
}
