package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.StoreFactory;
import org.junit.jupiter.api.Test;

/**
 * The concurrency stress test ({@link ConcurrencyStress}) on the in-memory store: the issue's
 * 1,000,000 commands for 10,000 customers (about 30 s, needs about 2 GB of heap), and a 100,000-command
 * run with another seed.
 */
class ConcurrencyStressTest extends ConcurrencyStress {
    @Test
    void concurrentCommands_100k_matchASingleThreadedReplayOfTheAcceptedOnes() throws Exception {
        try (StoreFactory stores = StoreFactory.inMemory()) {
            stress(stores, 100_000, 10_000, 42);
        }
    }

    @Test
    void concurrentCommands_1M_matchASingleThreadedReplayOfTheAcceptedOnes() throws Exception {
        long start = System.nanoTime();
        Summary summary;
        try (StoreFactory stores = StoreFactory.inMemory()) {
            summary = stress(stores, 1_000_000, 10_000, 7);
        }
        System.out.printf("stress: %,d commands, %s; %.1f s in all with the checks%n", 1_000_000, summary,
                (System.nanoTime() - start) / 1e9);
    }
}
