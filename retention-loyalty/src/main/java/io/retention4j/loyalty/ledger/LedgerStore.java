package io.retention4j.loyalty.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where journals live: the service provider interface behind the engine, written for a
 * transactional database. A store keeps, per customer, an append-only journal of
 * {@link LedgerEntry}s; one table of unique idempotency {@link CommandReceipt}s; and per reward the
 * units redeemed. The engine derives everything else (lots, balances, tiers) from journals.
 *
 * <p>Contract, which every implementation must keep and the shared contract tests check:
 * <ul>
 *   <li>{@link #commit} is atomic: the receipt, every journal append and every stock change are
 *       written together or not at all, and a crash leaves either all or none.</li>
 *   <li>Appends are guarded by the expected journal size (optimistic concurrency; a database does
 *       this with a unique key on (customer, seq)); receipts by a unique key; stock by a check that
 *       units redeemed never exceed the stock.</li>
 *   <li>Once {@link #commit} returns {@link CommitOutcome#COMMITTED} the data is durable (for
 *       durable stores) and visible to every later read, from any thread.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 */
public interface LedgerStore extends AutoCloseable {
    /**
     * A store in this process's memory: fast, thread-safe, gone when the process ends.
     *
     * @return an empty store
     */
    static LedgerStore inMemory() {
        return new InMemoryLedgerStore();
    }

    /**
     * A durable store in an SQLite file, the embedded default (needs {@code org.xerial:sqlite-jdbc} on
     * the class path); see {@link JdbcLedgerStore#sqlite(Path)}.
     *
     * @param file the database file, created with the schema if absent
     * @return the open store
     */
    static JdbcLedgerStore sqlite(Path file) {
        return JdbcLedgerStore.sqlite(file);
    }

    /**
     * A durable store in the database behind a data source (PostgreSQL, or SQLite), its dialect
     * detected from the connection's metadata; see {@link JdbcLedgerStore#builder} for the options.
     *
     * @param dataSource where connections come from
     * @return the open store
     */
    static JdbcLedgerStore jdbc(javax.sql.DataSource dataSource) {
        return JdbcLedgerStore.builder(dataSource).build();
    }

    /**
     * A customer's journal, in seq order.
     *
     * @param customerId the customer
     * @return the entries (empty for a customer the store has never seen); a snapshot the caller may keep
     */
    List<LedgerEntry> journal(String customerId);

    /**
     * The receipt of an idempotency key.
     *
     * @param key the key
     * @return the receipt, or empty when no command with this key was committed
     */
    Optional<CommandReceipt> receipt(String key);

    /**
     * The number of entries in a customer's journal as committed now: what an engine compares with
     * the account it caches before answering a query from it, so entries appended by another engine
     * on the same store (another process on a shared database, or another engine on one in-memory
     * store) are never missed. The default reads the journal; stores override it with something cheaper.
     *
     * @param customerId the customer
     * @return the journal's size, 0 for a customer the store has never seen
     */
    default long journalSize(String customerId) {
        return journal(customerId).size();
    }

    /**
     * Units of a reward redeemed by all customers together.
     *
     * @param rewardId the reward
     * @return units taken by committed redemptions, 0 when none
     */
    long redeemedUnits(String rewardId);

    /**
     * Writes a command's effects atomically.
     *
     * @param commit what to write
     * @return COMMITTED, or why nothing was written
     */
    CommitOutcome commit(Commit commit);

    /**
     * Visits the id of every customer with a journal, each once, in no particular order.
     *
     * @param visitor receives the ids
     */
    void forEachCustomer(Consumer<String> visitor);

    /**
     * Releases the store's resources; the in-memory store has none.
     */
    @Override
    void close();
}
