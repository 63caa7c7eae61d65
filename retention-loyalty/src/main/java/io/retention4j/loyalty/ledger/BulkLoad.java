package io.retention4j.loyalty.ledger;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link JdbcLedgerStore} view for loading history fast ({@link JdbcLedgerStore#bulkLoad(int)}): it
 * holds one connection and groups up to N commits into one database transaction, so a replay pays
 * one durable commit per N commands instead of one per command.
 *
 * <p><b>Semantics.</b> Each {@link #commit} runs inside a savepoint: its guards and writes are those
 * of {@link JdbcLedgerStore#commit}, and a refused commit (CUSTOMER_CHANGED, KEY_EXISTS,
 * OUT_OF_STOCK) or a failed statement rolls back to the savepoint, so each command stays
 * all-or-nothing and the batch goes on without it. COMMITTED means "written in the open
 * transaction": visible to this view's reads at once, to other connections and processes, and
 * durable, only when the transaction commits, after every N-th command, at {@link #flush()} and at
 * {@link #close()}. Other writers of the same customers wait for that commit (PostgreSQL row locks;
 * SQLite locks the whole file), so keep N moderate (a few thousand) when others write meanwhile.
 *
 * <p><b>Failures.</b> If the transaction itself is lost (the connection breaks, the commit fails, the
 * process dies), every command since the last commit is lost with it and nothing of them is written:
 * the exception says how many and which keys. The view then refuses every call, and the engine that
 * used it holds state the database does not have: discard that engine and run the load again on a
 * new view. Commands that did commit replay (idempotency keys), so re-running from the start is correct.
 *
 * <p>Thread-safe (calls are serialized on the one connection), but meant for one loading thread.
 */
public final class BulkLoad implements LedgerStore {
    private static final String SAVEPOINT = "SAVEPOINT ledger_command";
    private static final String RELEASE = "RELEASE SAVEPOINT ledger_command";
    private static final String ROLLBACK_TO = "ROLLBACK TO SAVEPOINT ledger_command";

    private final JdbcLedgerStore store;
    private final int perTransaction;
    private PooledConnection connection;
    private boolean inTransaction;
    private int pending;
    private String firstPendingKey;
    private String lastPendingKey;
    private long flushed;
    private LedgerStoreException lost;
    private boolean closed;

    BulkLoad(JdbcLedgerStore store, int perTransaction) {
        this.store = store;
        this.perTransaction = perTransaction;
        try {
            this.connection = store.connections().borrow();
        } catch (SQLException e) {
            throw new LedgerStoreException(store + ": cannot start a bulk load: no connection: " + e.getMessage(), e);
        }
    }

    @Override
    public List<LedgerEntry> journal(String customerId) {
        // always the whole journal: the open transaction's entries may yet be lost, so nothing is cached
        return read("reading the journal of customer '" + customerId + "'",
                c -> JdbcLedgerStore.readJournal(c, customerId, null));
    }

    @Override
    public Optional<CommandReceipt> receipt(String key) {
        return read("reading the receipt of key '" + key + "'", c -> JdbcLedgerStore.readReceipt(c, key));
    }

    @Override
    public long redeemedUnits(String rewardId) {
        return read("reading the units redeemed of reward '" + rewardId + "'", c -> JdbcLedgerStore.readRedeemed(c, rewardId));
    }

    @Override
    public void forEachCustomer(Consumer<String> visitor) {
        // the ids first: the visitor may read journals through this view
        read("listing the customers", JdbcLedgerStore::readCustomers).forEach(visitor);
    }

    /** A read in the open transaction (if any); a failure inside one loses it. */
    private synchronized <T> T read(String what, JdbcLedgerStore.Read<T> body) {
        usable();
        try {
            return body.on(connection);
        } catch (SQLException e) {
            throw failedRead(what, e);
        }
    }

    @Override
    public synchronized CommitOutcome commit(Commit commit) {
        usable();
        SqlDialect dialect = store.dialect();
        try {
            if (!inTransaction) {
                dialect.begin(connection.connection);
                inTransaction = true;
            }
            connection.prepare(SAVEPOINT).execute();
        } catch (SQLException e) {
            throw lose("starting the command " + JdbcLedgerStore.describe(commit), e);
        }
        JdbcLedgerStore.Step step = new JdbcLedgerStore.Step();
        CommitOutcome outcome;
        try {
            outcome = store.write(connection, commit, step);
        } catch (SQLException e) {
            undo(commit, e);
            if (dialect.isConflict(e)) {
                return CommitOutcome.CUSTOMER_CHANGED;
            }
            throw new LedgerStoreException(this + ": command " + JdbcLedgerStore.describe(commit) + " failed " + step
                    + ": " + e.getMessage() + "; nothing of it was written, the transaction goes on without it", e);
        } catch (RuntimeException e) {
            undo(commit, e);
            throw e;
        }
        if (outcome != CommitOutcome.COMMITTED) {
            undo(commit, null);
            return outcome;
        }
        try {
            connection.prepare(RELEASE).execute();
        } catch (SQLException e) {
            throw lose("ending the command " + JdbcLedgerStore.describe(commit), e);
        }
        if (pending == 0) {
            firstPendingKey = commit.receipt() == null ? null : commit.receipt().key();
        }
        if (commit.receipt() != null) {
            lastPendingKey = commit.receipt().key();
        }
        pending++;
        if (pending >= perTransaction) {
            flush();
        }
        return CommitOutcome.COMMITTED;
    }

    /** Rolls the command back to its savepoint; loses the transaction when even that fails. */
    private void undo(Commit commit, Throwable cause) {
        try {
            connection.prepare(ROLLBACK_TO).execute();
            connection.prepare(RELEASE).execute();
        } catch (SQLException e) {
            LedgerStoreException lostNow = lose("rolling back the command " + JdbcLedgerStore.describe(commit), e);
            if (cause != null) {
                lostNow.addSuppressed(cause);
            }
            throw lostNow;
        }
    }

    /**
     * Commits the open transaction: every command committed so far is durable and visible to others.
     *
     * @throws LedgerStoreException when the commit fails: the commands since the last flush are lost
     */
    public synchronized void flush() {
        usable();
        if (!inTransaction) {
            return;
        }
        try {
            store.dialect().commit(connection.connection);
        } catch (SQLException e) {
            throw lose("committing", e);
        }
        inTransaction = false;
        flushed += pending;
        pending = 0;
        firstPendingKey = null;
        lastPendingKey = null;
    }

    private LedgerStoreException failedRead(String what, SQLException e) {
        if (inTransaction) {
            return lose(what, e);
        }
        connection.broken = true;
        return new LedgerStoreException(this + ": " + what + " failed: " + e.getMessage(), e);
    }

    /** The open transaction is gone: roll back what is left, refuse every later call. */
    private LedgerStoreException lose(String what, SQLException e) {
        try {
            store.dialect().rollback(connection.connection);
        } catch (SQLException | RuntimeException suppressed) {
            e.addSuppressed(suppressed);
        }
        connection.broken = true;
        inTransaction = false;
        String keys = firstPendingKey == null ? "" : " (keys from '" + firstPendingKey + "' to '" + lastPendingKey + "')";
        lost = new LedgerStoreException(this + ": " + what + " failed: " + e.getMessage() + "; the open transaction is "
                + "lost with the " + pending + " commands committed in it" + keys + ": nothing of them was written. "
                + "Discard the engine that used this view and run the load again (committed keys replay)", e);
        return lost;
    }

    private void usable() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        if (lost != null) {
            throw new IllegalStateException("this bulk load lost a transaction and cannot go on: " + lost.getMessage(), lost);
        }
    }

    /** @return commands committed in transactions that were committed */
    public synchronized long flushedCommands() {
        return flushed;
    }

    /**
     * Commits the open transaction ({@link #flush()}) and gives the connection back; the store stays open.
     *
     * @throws LedgerStoreException when the last commit fails
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            if (lost == null) {
                flush();
            }
        } finally {
            closed = true;
            store.connections().release(connection);
        }
    }

    @Override
    public String toString() {
        return "BulkLoad(" + store + ", " + perTransaction + " commands per transaction)";
    }
}
