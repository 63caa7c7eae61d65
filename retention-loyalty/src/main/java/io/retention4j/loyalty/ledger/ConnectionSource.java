package io.retention4j.loyalty.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;

/**
 * Where the store gets connections: a factory (a caller's DataSource or the SQLite driver) and a few
 * idle connections kept for reuse, so a store over a plain, unpooled DataSource does not connect for
 * every command. Not a pool: no limit on connections in use, no validation, no eviction; a connection
 * that saw an error is closed, not kept.
 */
final class ConnectionSource {
    /** Opens a new connection. */
    @FunctionalInterface
    interface Factory {
        Connection open() throws SQLException;
    }

    private final Factory factory;
    private final SqlDialect dialect;
    private final int maxIdle;
    private final ArrayDeque<PooledConnection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionSource(Factory factory, SqlDialect dialect, int maxIdle) {
        this.factory = factory;
        this.dialect = dialect;
        this.maxIdle = maxIdle;
    }

    /** An idle connection, or a new one configured by the dialect. */
    PooledConnection borrow() throws SQLException {
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("the ledger store is closed");
            }
            PooledConnection connection = idle.pollFirst();
            if (connection != null) {
                return connection;
            }
        }
        return adopt(factory.open());
    }

    /** Configures a new connection for the store; closes it when that fails. */
    PooledConnection adopt(Connection raw) throws SQLException {
        try {
            if (!raw.getAutoCommit()) {
                raw.setAutoCommit(true);
            }
            dialect.configure(raw);
        } catch (SQLException | RuntimeException e) {
            try {
                raw.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new PooledConnection(raw);
    }

    /** Gives a connection back: kept if healthy and there is room, else closed. */
    void release(PooledConnection connection) {
        if (!connection.broken) {
            synchronized (idle) {
                if (!closed && idle.size() < maxIdle) {
                    idle.addFirst(connection);
                    return;
                }
            }
        }
        connection.closeQuietly();
    }

    /** Closes the idle connections; connections in use are closed when they come back. */
    void close() {
        synchronized (idle) {
            closed = true;
            for (PooledConnection connection : idle) {
                connection.closeQuietly();
            }
            idle.clear();
        }
    }
}
