package io.retention4j.loyalty.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's schema as versioned SQL scripts ({@code schema/v1.sql}, {@code schema/v2.sql}, ...,
 * next to this class; a dialect may override a script with {@code schema/<dialect>/v<N>.sql}) and the
 * table {@code ledger_schema_version} that records which ones a database has. Opening a store applies
 * the missing scripts in one transaction, under a lock that makes concurrent openers wait; a database
 * whose version is newer than the library's, or that holds ledger tables but no version table, is
 * refused.
 */
final class JdbcSchema {
    /** The schema version this library reads and writes. */
    static final int CURRENT_VERSION = 2;
    static final String VERSION_TABLE = "ledger_schema_version";
    /** The tables of every version, for recognising a database that has them without a version table. */
    private static final List<String> TABLES = List.of("ledger_entry", "ledger_receipt", "ledger_stock", "ledger_customer");

    private JdbcSchema() {
    }

    /**
     * Brings a database's schema to a version.
     *
     * @param connection a connection in auto-commit mode
     * @param dialect    its dialect
     * @param target     the version to reach (the library uses {@link #CURRENT_VERSION}; tests build older ones)
     * @return the version the database had before, 0 for an empty database
     * @throws LedgerStoreException when the version is newer than the library's, or the tables are foreign
     * @throws SQLException         when the database fails
     */
    static int migrate(Connection connection, SqlDialect dialect, int target) throws SQLException {
        // a database that is up to date is only read (it may be read-only)
        int current = checked(version(connection, dialect));
        if (current >= target) {
            return current;
        }
        dialect.begin(connection);
        boolean done = false;
        try {
            dialect.lockSchema(connection);
            int found = checked(version(connection, dialect)); // another process may have migrated meanwhile
            for (int version = found + 1; version <= target; version++) {
                apply(connection, dialect, version);
            }
            dialect.commit(connection);
            done = true;
            return found;
        } finally {
            if (!done) {
                try {
                    dialect.rollback(connection);
                } catch (SQLException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }

    private static int checked(int version) {
        if (version > CURRENT_VERSION) {
            throw new LedgerStoreException("the database's ledger schema is version " + version
                    + ", newer than this library's version " + CURRENT_VERSION
                    + ": open it with the retention4j version that wrote it or a later one", null);
        }
        return version;
    }

    /** The version a database records; 0 when it has no ledger tables at all. */
    static int version(Connection connection, SqlDialect dialect) throws SQLException {
        if (!exists(connection, dialect, VERSION_TABLE)) {
            String found = null;
            for (String table : TABLES) {
                if (exists(connection, dialect, table)) {
                    found = table;
                    break;
                }
            }
            if (found == null) {
                return 0;
            }
            // outside a transaction each query sees the latest commit: a concurrent opener may have created
            // the schema (its tables and its version table in one commit) after the first look
            if (!exists(connection, dialect, VERSION_TABLE)) {
                throw new LedgerStoreException("the database has a table " + found + " but no " + VERSION_TABLE
                        + ": it was not created by retention4j's ledger store (or its version table was dropped); "
                        + "open another database or schema", null);
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet row = s.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            row.next();
            int version = row.getInt(1);
            if (row.wasNull()) {
                throw new LedgerStoreException("the table " + VERSION_TABLE + " is empty: the database's ledger schema "
                        + "version is unknown", null);
            }
            return version;
        }
    }

    private static boolean exists(Connection connection, SqlDialect dialect, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(dialect.tableExistsQuery())) {
            s.setString(1, table);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void apply(Connection connection, SqlDialect dialect, int version) throws SQLException {
        String script = script(dialect, version);
        String description = null;
        StringBuilder statement = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                if (description == null) {
                    description = trimmed.substring(2).strip();
                }
                continue;
            }
            statement.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(statement.substring(0, statement.lastIndexOf(";")));
                statement.setLength(0);
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("schema v" + version + " (" + dialect.name() + "): " + e.getMessage()
                            + " in: " + sql.strip(), e.getSQLState(), e.getErrorCode(), e);
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + VERSION_TABLE
                + " (version, description, applied_at) VALUES (?, ?, CAST(CURRENT_TIMESTAMP AS TEXT))")) {
            s.setInt(1, version);
            s.setString(2, description == null ? "v" + version : description);
            s.executeUpdate();
        }
    }

    private static String script(SqlDialect dialect, int version) {
        InputStream in = JdbcSchema.class.getResourceAsStream("schema/" + dialect.name() + "/v" + version + ".sql");
        if (in == null) {
            in = JdbcSchema.class.getResourceAsStream("schema/v" + version + ".sql");
        }
        if (in == null) {
            throw new IllegalStateException("schema script v" + version + " is missing from the library");
        }
        try (InputStream script = in) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema script v" + version, e);
        }
    }
}
