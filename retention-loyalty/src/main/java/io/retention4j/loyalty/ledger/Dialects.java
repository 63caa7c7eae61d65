package io.retention4j.loyalty.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The built-in {@link SqlDialect}s. */
final class Dialects {
    /** How long an SQLite connection waits for another connection's write lock, in milliseconds. */
    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

    static final SqlDialect SQLITE = new SqlDialect() {
        @Override
        public String name() {
            return "sqlite";
        }

        @Override
        public void configure(Connection connection) throws SQLException {
            execute(connection, "PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MILLIS, "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = FULL");
        }

        @Override
        public void begin(Connection connection) throws SQLException {
            // the connection stays in auto-commit mode: SQLite's own BEGIN takes the write lock at once
            execute(connection, "BEGIN IMMEDIATE");
        }

        @Override
        public void commit(Connection connection) throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        public void rollback(Connection connection) throws SQLException {
            execute(connection, "ROLLBACK");
        }

        @Override
        public void lockSchema(Connection connection) {
            // BEGIN IMMEDIATE already excludes every other writer
        }

        @Override
        public String tableExistsQuery() {
            return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?";
        }

        @Override
        public boolean isConflict(SQLException e) {
            return false; // a locked database is waited for (busy timeout); when that runs out it is an error
        }

        @Override
        public String toString() {
            return "SqlDialect.sqlite()";
        }
    };

    static final SqlDialect POSTGRESQL = new SqlDialect() {
        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public void configure(Connection connection) {
            // nothing: the connection's defaults (READ COMMITTED) are what the store expects
        }

        @Override
        public void begin(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
        }

        @Override
        public void commit(Connection connection) throws SQLException {
            connection.commit();
            connection.setAutoCommit(true);
        }

        @Override
        public void rollback(Connection connection) throws SQLException {
            connection.rollback();
            connection.setAutoCommit(true);
        }

        @Override
        public void lockSchema(Connection connection) throws SQLException {
            // a transaction-scoped advisory lock: two processes opening a fresh database migrate one after the other
            execute(connection, "SELECT pg_advisory_xact_lock(7347712001)");
        }

        @Override
        public String tableExistsQuery() {
            // pg_tables through the statement's snapshot: to_regclass would look the name up in a catalog
            // snapshot taken when the transaction began, before a concurrent migration committed
            return "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?";
        }

        @Override
        public boolean isConflict(SQLException e) {
            String state = e.getSQLState();
            return "40001".equals(state) || "40P01".equals(state);
        }

        @Override
        public String toString() {
            return "SqlDialect.postgresql()";
        }
    };

    private Dialects() {
    }

    static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        }
    }
}
