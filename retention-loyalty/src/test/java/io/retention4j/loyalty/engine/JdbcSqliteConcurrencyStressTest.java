package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.StoreFactory;
import org.junit.jupiter.api.Test;

/**
 * The concurrency stress test ({@link ConcurrencyStress}) on an SQLite store: 8 threads, 4,000
 * commands for 400 customers (every commit is durable, and SQLite writes one at a time).
 */
class JdbcSqliteConcurrencyStressTest extends ConcurrencyStress {
    @Test
    void concurrentCommands_4k_matchASingleThreadedReplayOfTheAcceptedOnes() throws Exception {
        try (StoreFactory stores = StoreFactory.sqlite()) {
            stress(stores, 4_000, 400, 42);
        }
    }
}
