package io.retention4j.loyalty.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What {@link JdbcLedgerStore} needs to know about one SQL database beyond standard JDBC: how to
 * configure a fresh connection, how to start and end a write transaction, how to check that a table
 * exists, how to write a row only if its key is absent, and which errors mean "another writer got in
 * the way". Everything else the store sends is plain SQL that SQLite and PostgreSQL (and MySQL or
 * MariaDB, given a dialect) accept alike.
 *
 * <p>To add a database, implement this interface (the schema scripts are looked up first under
 * {@code schema/<name>/v<N>.sql} next to this class, then {@code schema/v<N>.sql}; put a script
 * there when the shared one does not run) and pass it to {@link JdbcLedgerStore.Builder#dialect}.
 */
public interface SqlDialect {
    /**
     * SQLite 3.24 or later: write transactions start with {@code BEGIN IMMEDIATE} (the whole file is
     * locked for writing at once, so a transaction never fails half way on a lock upgrade), and every
     * connection runs with {@code journal_mode=WAL}, {@code synchronous=FULL} (a commit is on disk when
     * it returns) and a 10-second busy timeout (another process's write transaction is waited for).
     * Connections from a data source of your own are faster with the xerial driver's
     * {@code jdbc.get_generated_keys=false} ({@link JdbcLedgerStore#sqlite} sets it).
     *
     * @return the SQLite dialect
     */
    static SqlDialect sqlite() {
        return Dialects.SQLITE;
    }

    /**
     * PostgreSQL 9.5 or later: write transactions are JDBC transactions at the connection's isolation
     * (READ COMMITTED is enough: every guard is a conditional single-row write, see
     * {@link JdbcLedgerStore}); deadlocks and serialization failures (SQLSTATE 40P01, 40001) count as
     * "another writer got in the way".
     *
     * @return the PostgreSQL dialect
     */
    static SqlDialect postgresql() {
        return Dialects.POSTGRESQL;
    }

    /**
     * The dialect of a database product, as JDBC's {@code DatabaseMetaData.getDatabaseProductName()}
     * names it.
     *
     * @param productName for example "SQLite" or "PostgreSQL"
     * @return the dialect
     * @throws IllegalArgumentException for a product without a built-in dialect (pass one with
     *                                  {@link JdbcLedgerStore.Builder#dialect})
     */
    static SqlDialect forProduct(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("sqlite")) {
            return sqlite();
        }
        if (name.contains("postgres")) {
            return postgresql();
        }
        throw new IllegalArgumentException("no built-in SQL dialect for database product '" + productName
                + "' (built in: SQLite, PostgreSQL); implement SqlDialect and pass it to JdbcLedgerStore.builder(...).dialect(...)");
    }

    /**
     * A short lower-case name; also the folder of dialect-specific schema scripts.
     *
     * @return for example "sqlite"
     */
    String name();

    /**
     * Prepares a connection the store has just obtained (session settings such as pragmas).
     *
     * @param connection a new connection in auto-commit mode
     * @throws SQLException when the database refuses a setting
     */
    void configure(Connection connection) throws SQLException;

    /**
     * Starts a write transaction on a connection in auto-commit mode.
     *
     * @param connection the connection
     * @throws SQLException when the transaction cannot start (for example the database is locked for too long)
     */
    void begin(Connection connection) throws SQLException;

    /**
     * Commits the transaction {@link #begin} started and returns the connection to auto-commit mode.
     *
     * @param connection the connection
     * @throws SQLException when the commit fails; whether anything was written is then unknown
     */
    void commit(Connection connection) throws SQLException;

    /**
     * Rolls back the transaction {@link #begin} started and returns the connection to auto-commit mode.
     *
     * @param connection the connection
     * @throws SQLException when the rollback fails (the connection should then be discarded)
     */
    void rollback(Connection connection) throws SQLException;

    /**
     * Takes the lock that serializes schema migrations between processes, inside a transaction
     * {@link #begin} started; released when it ends.
     *
     * @param connection the connection
     * @throws SQLException when the lock cannot be taken
     */
    void lockSchema(Connection connection) throws SQLException;

    /**
     * A query with one parameter, a table name, that returns a row exactly when the table exists in the
     * schema the connection writes to.
     *
     * @return the SQL
     */
    String tableExistsQuery();

    /**
     * An insert that writes the row only if no row has the same key, and reports 0 rows otherwise
     * (no error, so the transaction stays usable).
     *
     * @param table     the table
     * @param columns   the columns, comma separated
     * @param keyColumn the key column(s), comma separated
     * @return the SQL, one {@code ?} per column
     */
    default String insertIfAbsent(String table, String columns, String keyColumn) {
        int n = columns.split(",").length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(n - 1) + "?) ON CONFLICT ("
                + keyColumn + ") DO NOTHING";
    }

    /**
     * Whether an error means another writer got in the way (deadlock, serialization failure): nothing
     * was written and the same command may simply be computed again.
     *
     * @param e the error
     * @return true for a transient conflict
     */
    boolean isConflict(SQLException e);
}
