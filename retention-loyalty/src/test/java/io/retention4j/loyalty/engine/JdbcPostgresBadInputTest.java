package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.Postgres;
import io.retention4j.loyalty.ledger.StoreFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bad-input cases ({@link BadInputCases}) on a PostgreSQL store ({@link Postgres}). */
@ExtendWith(Postgres.Condition.class)
class JdbcPostgresBadInputTest extends BadInputCases {
    @Override
    StoreFactory factory() {
        return StoreFactory.postgres();
    }
}
