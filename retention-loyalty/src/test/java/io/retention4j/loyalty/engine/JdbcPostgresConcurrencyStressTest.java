package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.Postgres;
import io.retention4j.loyalty.ledger.StoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The concurrency stress test ({@link ConcurrencyStress}) on a PostgreSQL store ({@link Postgres}):
 * 8 threads, 6,000 commands for 600 customers.
 */
@ExtendWith(Postgres.Condition.class)
class JdbcPostgresConcurrencyStressTest extends ConcurrencyStress {
    @Test
    void concurrentCommands_6k_matchASingleThreadedReplayOfTheAcceptedOnes() throws Exception {
        try (StoreFactory stores = StoreFactory.postgres()) {
            stress(stores, 6_000, 600, 42);
        }
    }
}
