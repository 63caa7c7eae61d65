package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.internal.Require;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link LedgerStore} in an SQL database over plain JDBC: an SQLite file
 * ({@link #sqlite(Path)}, the embedded default) or any {@link DataSource} with a {@link SqlDialect}
 * (PostgreSQL built in, detected from the connection's metadata). The library has no compile or
 * runtime dependency on a driver: add {@code org.xerial:sqlite-jdbc} or {@code org.postgresql:postgresql}
 * to the application.
 *
 * <p><b>Schema.</b> Tables {@code ledger_entry} (one row per journal entry, primary key
 * (customer_id, seq)), {@code ledger_customer} (the journal size of each customer),
 * {@code ledger_receipt} (idempotency receipts, primary key receipt_key), {@code ledger_stock} (units
 * redeemed per reward) and {@code ledger_schema_version}. Opening a store applies the versioned scripts
 * the database lacks (see {@code schema/v*.sql} next to this class) and refuses a database whose schema
 * is newer than the library or that holds ledger tables without a version. Instants are stored as epoch
 * second + nano of second and amounts as decimal text, so every entry reads back equal to what was
 * written, to the nanosecond.
 *
 * <p><b>Commits.</b> Each {@link #commit} is one database transaction that, in this order: for each
 * customer appended to (in customer id order), moves the journal size in {@code ledger_customer} from
 * the size the engine saw to the new size with a conditional update (0 rows updated means another
 * writer, in this process or another, appended first: {@link CommitOutcome#CUSTOMER_CHANGED}; in
 * PostgreSQL the update also locks the customer's row until the transaction ends, so two writers of
 * one customer run one after the other); takes reward stock with an update conditioned on
 * {@code redeemed + units <= stock} ({@link CommitOutcome#OUT_OF_STOCK}); inserts the receipt unless
 * its key exists ({@link CommitOutcome#KEY_EXISTS}; the key is the table's primary key, so a retry from
 * any process finds the first result); and inserts the entries with one JDBC batch. Any other outcome
 * than COMMITTED rolls the transaction back, so entries, stock and receipt are written together or
 * not at all. The primary key (customer_id, seq) of the entries backs the size guard up. Since every
 * guard is a single-row conditional write, READ COMMITTED isolation suffices; deadlocks and
 * serialization failures the database reports count as CUSTOMER_CHANGED (the engine reloads and
 * computes the command again). SQLite write transactions start with {@code BEGIN IMMEDIATE} and run
 * with {@code synchronous=FULL} in WAL mode: a commit is on disk when it returns.
 *
 * <p><b>Two processes, one database.</b> Engines in several processes may share a store's database:
 * the guards above keep every journal a serial history, so no customer is overdrawn and no key is
 * applied twice. An engine caches each customer's account after its first command; a command
 * computed from a stale cache fails the size guard and is recomputed from the reloaded journal.
 * Before an engine answers {@code balance(customer)} from its cache it compares the cached journal
 * size with {@link #journalSize} (an incremental journal read), so it never misses another process's
 * appends; queries that replay the journal ({@code balance(customer, past instant)}, {@code lots},
 * {@code tier}, {@code entries}) read the database.
 *
 * <p><b>Reads.</b> {@link #journal} reads a customer's entries with one query and checks them (seq
 * without gaps, every allocation naming an earlier lot-opening entry, no lot overdrawn, the size the
 * customer table records): corrupt data fails with {@link LedgerCorruptedException} naming the
 * customer, the seq and the problem instead of turning into wrong balances. Reads are incremental:
 * the store keeps the committed journals it has read (sharing the entries with the engine's accounts)
 * and the next read of a customer fetches only the entries after them, so the engine's reload after
 * CUSTOMER_CHANGED and its queries as of an instant cost a query for what is new, not the whole
 * history. Since the library only ever appends, a row edited behind a store's back after it read it
 * is seen by a new store (or {@link #verify}, which always reads everything), not by that one.
 *
 * <p><b>Bulk loads.</b> {@link #bulkLoad(int)} gives a view that groups many commands into one
 * transaction (see {@link BulkLoad}) for replaying history.
 *
 * <p>Thread-safe: each operation uses a connection of its own (a few idle ones are kept for reuse);
 * database failures surface as {@link LedgerStoreException} naming the store, the operation and the
 * database's message.
 */
public final class JdbcLedgerStore implements LedgerStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcLedgerStore.class);
    private static final String SQLITE_DRIVER = "org.sqlite.JDBC";
    private static final String ADVANCE_SIZE = "UPDATE ledger_customer SET journal_size = ? WHERE customer_id = ? "
            + "AND journal_size = ?";
    private static final String TAKE_STOCK = "UPDATE ledger_stock SET redeemed = redeemed + ? WHERE reward_id = ? "
            + "AND redeemed <= ?";
    private static final String SELECT_REDEEMED = "SELECT redeemed FROM ledger_stock WHERE reward_id = ?";
    private static final String SELECT_CUSTOMERS = "SELECT customer_id FROM ledger_customer WHERE journal_size > 0";

    private final ConnectionSource connections;
    /** The committed journals read so far, so the next read fetches only newer entries. */
    private final ConcurrentHashMap<String, List<LedgerEntry>> journals = new ConcurrentHashMap<>();
    private final SqlDialect dialect;
    private final String description;
    private final String insertCustomer;
    private final String insertStock;
    private final String insertReceipt;

    private JdbcLedgerStore(ConnectionSource connections, SqlDialect dialect, String description) {
        this.connections = connections;
        this.dialect = dialect;
        this.description = description;
        this.insertCustomer = dialect.insertIfAbsent("ledger_customer", "customer_id, journal_size", "customer_id");
        this.insertStock = dialect.insertIfAbsent("ledger_stock", "reward_id, redeemed", "reward_id");
        this.insertReceipt = dialect.insertIfAbsent("ledger_receipt", LedgerRows.RECEIPT_COLUMNS, "receipt_key");
    }

    /**
     * Opens (creating it if absent) an SQLite ledger file with the xerial driver
     * ({@code org.xerial:sqlite-jdbc} on the class path): WAL journal, {@code synchronous=FULL}, a
     * 10-second busy timeout for other processes' writes; the schema is created or upgraded.
     *
     * @param file the database file; its directory must exist
     * @return the open store
     * @throws LedgerStoreException when the driver is missing, the file cannot be opened, or its schema is foreign or newer
     */
    public static JdbcLedgerStore sqlite(Path file) {
        Require.notNull("file", file);
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            throw new IllegalArgumentException("cannot open the SQLite ledger " + absolute + ": the directory "
                    + absolute.getParent() + " does not exist");
        }
        String url = "jdbc:sqlite:" + absolute;
        return new Builder(() -> openSqlite(url), url).dialect(SqlDialect.sqlite()).build();
    }

    /**
     * Starts a store over a data source (a pooled one, or a plain one: the store keeps a few idle
     * connections itself).
     *
     * @param dataSource where connections come from
     * @return a builder; the dialect is detected from the database's metadata unless set
     */
    public static Builder builder(DataSource dataSource) {
        Require.notNull("dataSource", dataSource);
        return new Builder(dataSource::getConnection, null);
    }

    private static Connection openSqlite(String url) throws SQLException {
        try {
            // registers the driver even where DriverManager's service loading cannot see it (exec:java, app servers)
            Class.forName(SQLITE_DRIVER, true, Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : JdbcLedgerStore.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            if (!driverFor(url)) {
                throw new LedgerStoreException("cannot open " + url + ": no SQLite JDBC driver on the class path; add the "
                        + "dependency org.xerial:sqlite-jdbc (for example version 3.54.1.0) to the application", e);
            }
        }
        // xerial runs "SELECT last_insert_rowid()" after every insert unless told not to: the store never asks
        Properties properties = new Properties();
        properties.setProperty("jdbc.get_generated_keys", "false");
        return DriverManager.getConnection(url, properties);
    }

    private static boolean driverFor(String url) {
        Enumeration<java.sql.Driver> drivers = DriverManager.getDrivers();
        while (drivers.hasMoreElements()) {
            try {
                if (drivers.nextElement().acceptsURL(url)) {
                    return true;
                }
            } catch (SQLException ignored) {
                // not this one
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ reads

    @Override
    public List<LedgerEntry> journal(String customerId) {
        Require.notNull("customerId", customerId);
        List<LedgerEntry> cached = journals.get(customerId);
        List<LedgerEntry> journal = read("reading the journal of customer '" + customerId + "'",
                c -> readJournal(c, customerId, cached));
        if (journal != cached && !journal.isEmpty()) {
            // committed journals only grow: keep the longer of two concurrent reads
            journals.merge(customerId, journal, (old, read) -> read.size() >= old.size() ? read : old);
        }
        return journal;
    }

    @Override
    public Optional<CommandReceipt> receipt(String key) {
        Require.notNull("key", key);
        return read("reading the receipt of key '" + key + "'", c -> readReceipt(c, key));
    }

    @Override
    public long redeemedUnits(String rewardId) {
        Require.notNull("rewardId", rewardId);
        return read("reading the units redeemed of reward '" + rewardId + "'", c -> readRedeemed(c, rewardId));
    }

    @Override
    public void forEachCustomer(Consumer<String> visitor) {
        Require.notNull("visitor", visitor);
        // read the ids first: the visitor may read journals, and holds no connection meanwhile
        read("listing the customers", JdbcLedgerStore::readCustomers).forEach(visitor);
    }

    /**
     * Reads and checks every customer's journal.
     *
     * @return the number of customers checked
     * @throws LedgerCorruptedException at the first customer whose journal is corrupt
     */
    public long verify() {
        List<String> ids = read("listing the customers", JdbcLedgerStore::readCustomers);
        for (String id : ids) {
            read("verifying the journal of customer '" + id + "'", c -> readJournal(c, id, null));
        }
        return ids.size();
    }

    /**
     * Reads a journal: all of it, or only the entries after a journal read before (committed journals
     * only grow), and checks the whole.
     *
     * @param cached the journal as read before, or null to read everything
     * @return the journal; {@code cached} itself when nothing was added
     */
    static List<LedgerEntry> readJournal(PooledConnection c, String customerId, List<LedgerEntry> cached)
            throws SQLException {
        PreparedStatement statement = c.prepare(LedgerRows.SELECT_JOURNAL_FROM);
        statement.setLong(1, cached == null ? 0 : cached.size());
        statement.setString(2, customerId);
        List<LedgerEntry> entries = cached == null ? new ArrayList<>() : new ArrayList<>(cached);
        long size = -1;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                size = LedgerRows.journalSize(rows);
                if (LedgerRows.hasEntry(rows)) {
                    entries.add(LedgerRows.entry(customerId, rows));
                }
            }
        }
        if (size < 0) {
            // no customer row: a customer never written to, or entries without their row
            PreparedStatement any = c.prepare(LedgerRows.SELECT_ANY_ENTRY);
            any.setString(1, customerId);
            try (ResultSet row = any.executeQuery()) {
                if (row.next() || cached != null) {
                    throw new LedgerCorruptedException(customerId, -1, "table ledger_entry holds entries of the "
                            + "customer but table ledger_customer has no row for them", null);
                }
            }
            return List.of();
        }
        if (cached != null && entries.size() == cached.size() && size == cached.size()) {
            return cached;
        }
        JournalCheck.check(customerId, entries, size);
        return List.copyOf(entries);
    }

    static Optional<CommandReceipt> readReceipt(PooledConnection c, String key) throws SQLException {
        PreparedStatement statement = c.prepare(LedgerRows.SELECT_RECEIPT);
        statement.setString(1, key);
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(LedgerRows.receipt(key, row)) : Optional.empty();
        }
    }

    static long readRedeemed(PooledConnection c, String rewardId) throws SQLException {
        PreparedStatement statement = c.prepare(SELECT_REDEEMED);
        statement.setString(1, rewardId);
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    static List<String> readCustomers(PooledConnection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = c.prepare(SELECT_CUSTOMERS).executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** A read on a connection. */
    @FunctionalInterface
    interface Read<T> {
        T on(PooledConnection connection) throws SQLException;
    }

    private <T> T read(String what, Read<T> body) {
        PooledConnection c = borrow(what);
        try {
            return body.on(c);
        } catch (SQLException e) {
            c.broken = true;
            throw new LedgerStoreException(this + ": " + what + " failed: " + e.getMessage(), e);
        } finally {
            connections.release(c);
        }
    }

    private PooledConnection borrow(String what) {
        try {
            return connections.borrow();
        } catch (SQLException e) {
            throw new LedgerStoreException(this + ": " + what + " failed: no connection: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ writes

    @Override
    public CommitOutcome commit(Commit commit) {
        Require.notNull("commit", commit);
        PooledConnection c = borrow("commit " + describe(commit));
        try {
            return commitOn(c, commit);
        } finally {
            connections.release(c);
        }
    }

    private CommitOutcome commitOn(PooledConnection c, Commit commit) {
        Step step = new Step();
        try {
            dialect.begin(c.connection);
        } catch (SQLException e) {
            c.broken = true;
            throw failure(commit, "starting the transaction", e, false);
        }
        CommitOutcome outcome;
        try {
            outcome = write(c, commit, step);
        } catch (SQLException e) {
            boolean rolledBack = rollback(c, e);
            if (rolledBack && dialect.isConflict(e)) {
                return CommitOutcome.CUSTOMER_CHANGED;
            }
            throw failure(commit, step.toString(), e, false);
        } catch (RuntimeException e) {
            rollback(c, e);
            throw e;
        }
        if (outcome != CommitOutcome.COMMITTED) {
            if (!rollback(c, null)) {
                throw new LedgerStoreException(this + ": commit " + describe(commit) + " was refused (" + outcome
                        + ") but its rollback failed; nothing was committed", null);
            }
            return outcome;
        }
        try {
            dialect.commit(c.connection);
            return outcome;
        } catch (SQLException e) {
            rollback(c, e);
            c.broken = true;
            throw failure(commit, "the commit", e, true);
        }
    }

    /** What a commit was writing when it failed, for the message. */
    static final class Step {
        String table = "ledger_customer";
        String customerId;
        String rewardId;
        List<JournalAppend> entriesOf;

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("writing ").append(table);
            if (customerId != null) {
                s.append(" for customer '").append(customerId).append('\'');
            }
            if (rewardId != null) {
                s.append(" for reward '").append(rewardId).append('\'');
            }
            if (entriesOf != null) {
                s.append(" entries");
                for (JournalAppend a : entriesOf) {
                    if (!a.entries().isEmpty()) {
                        s.append(" of customer '").append(a.customerId()).append("' seq ").append(a.expectedSize())
                                .append("..").append(a.expectedSize() + a.entries().size() - 1);
                    }
                }
            }
            return s.toString();
        }
    }

    /**
     * Writes a commit inside an open transaction.
     *
     * @return COMMITTED when every guard passed and everything was written, else the failed guard
     *         (the caller rolls back)
     */
    CommitOutcome write(PooledConnection c, Commit commit, Step step) throws SQLException {
        List<JournalAppend> appends = commit.appends();
        if (appends.size() > 1) {
            appends = new ArrayList<>(appends);
            appends.sort(Comparator.comparing(JournalAppend::customerId));
        }
        int entries = 0;
        for (JournalAppend append : appends) {
            step.customerId = append.customerId();
            if (!advance(c, append.customerId(), append.expectedSize(), append.expectedSize() + append.entries().size())) {
                return CommitOutcome.CUSTOMER_CHANGED;
            }
            entries += append.entries().size();
        }
        step.customerId = null;
        List<StockChange> stock = commit.stock();
        if (stock.size() > 1) {
            stock = new ArrayList<>(stock);
            stock.sort(Comparator.comparing(StockChange::rewardId));
        }
        step.table = "ledger_stock";
        for (StockChange change : stock) {
            step.rewardId = change.rewardId();
            if (change.units() > change.stock()) {
                return CommitOutcome.OUT_OF_STOCK;
            }
            PreparedStatement insert = c.prepare(insertStock);
            insert.setString(1, change.rewardId());
            insert.setLong(2, 0);
            insert.executeUpdate();
            PreparedStatement take = c.prepare(TAKE_STOCK);
            take.setLong(1, change.units());
            take.setString(2, change.rewardId());
            take.setLong(3, change.stock() - change.units());
            if (take.executeUpdate() != 1) {
                return CommitOutcome.OUT_OF_STOCK;
            }
        }
        step.rewardId = null;
        CommandReceipt receipt = commit.receipt();
        if (receipt != null) {
            step.table = "ledger_receipt";
            PreparedStatement insert = c.prepare(insertReceipt);
            LedgerRows.bind(insert, receipt);
            if (insert.executeUpdate() != 1) {
                return CommitOutcome.KEY_EXISTS;
            }
        }
        if (entries > 0) {
            step.table = "ledger_entry";
            step.entriesOf = appends;
            PreparedStatement insert = c.prepare(LedgerRows.INSERT_ENTRY);
            for (JournalAppend append : appends) {
                for (LedgerEntry e : append.entries()) {
                    LedgerRows.bind(insert, e);
                    insert.addBatch();
                }
            }
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                insert.clearBatch();
                throw e;
            }
        }
        return CommitOutcome.COMMITTED;
    }

    /** Moves a customer's journal size from expected to next; false when it was not expected. */
    private boolean advance(PooledConnection c, String customerId, long expected, long next) throws SQLException {
        if (expected == 0) {
            PreparedStatement insert = c.prepare(insertCustomer);
            insert.setString(1, customerId);
            insert.setLong(2, next);
            if (insert.executeUpdate() == 1) {
                return true;
            }
        }
        PreparedStatement update = c.prepare(ADVANCE_SIZE);
        update.setLong(1, next);
        update.setString(2, customerId);
        update.setLong(3, expected);
        return update.executeUpdate() == 1;
    }

    /** Rolls back; false (and the connection marked broken) when that failed too. */
    private boolean rollback(PooledConnection c, Throwable cause) {
        try {
            dialect.rollback(c.connection);
            return true;
        } catch (SQLException | RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
            c.broken = true;
            return false;
        }
    }

    private LedgerStoreException failure(Commit commit, String what, SQLException e, boolean outcomeUnknown) {
        return new LedgerStoreException(this + ": commit " + describe(commit) + " failed " + what + ": " + e.getMessage()
                + (outcomeUnknown ? "; the outcome is unknown (retry with the same key: a committed command replays)"
                : "; nothing was written"), e);
    }

    static String describe(Commit commit) {
        StringBuilder s = new StringBuilder();
        s.append(commit.receipt() == null ? "(housekeeping)" : "of key '" + commit.receipt().key() + "'");
        s.append(" for customers [");
        for (int i = 0; i < commit.appends().size(); i++) {
            JournalAppend a = commit.appends().get(i);
            s.append(i == 0 ? "" : ", ").append(a.customerId()).append(" from seq ").append(a.expectedSize());
        }
        return s.append(']').toString();
    }

    // ------------------------------------------------------------------ bulk

    /**
     * A view of this store for loading history fast: up to {@code commandsPerTransaction} commits share
     * one database transaction (see {@link BulkLoad} for what that means for durability and failures).
     *
     * @param commandsPerTransaction commits per transaction, 1 to 1,000,000
     * @return the view; close it (or {@link BulkLoad#flush()}) to commit the last commands
     */
    public BulkLoad bulkLoad(int commandsPerTransaction) {
        if (commandsPerTransaction < 1 || commandsPerTransaction > 1_000_000) {
            throw new IllegalArgumentException("commandsPerTransaction must be in 1..1000000, got " + commandsPerTransaction);
        }
        return new BulkLoad(this, commandsPerTransaction);
    }

    SqlDialect dialect() {
        return dialect;
    }

    ConnectionSource connections() {
        return connections;
    }

    /** Closes the idle connections; the store cannot be used afterwards. */
    @Override
    public void close() {
        connections.close();
    }

    @Override
    public String toString() {
        return "JdbcLedgerStore(" + description + ")";
    }

    /** Builds a {@link JdbcLedgerStore}: set what differs from the defaults, then {@link #build()} opens it. */
    public static final class Builder {
        private final ConnectionSource.Factory factory;
        private final String url;
        private SqlDialect dialect;
        private int maxIdleConnections = 8;
        private boolean verifyOnOpen;

        private Builder(ConnectionSource.Factory factory, String url) {
            this.factory = factory;
            this.url = url;
        }

        /**
         * The database's dialect, when it should not be detected from the connection's metadata.
         *
         * @param sqlDialect the dialect
         * @return this builder
         */
        public Builder dialect(SqlDialect sqlDialect) {
            this.dialect = Require.notNull("dialect", sqlDialect);
            return this;
        }

        /**
         * How many idle connections the store keeps for reuse (default 8); 0 closes every connection
         * after use (for a pooled data source that should get its connections back at once).
         *
         * @param connections 0 to 64
         * @return this builder
         */
        public Builder maxIdleConnections(int connections) {
            if (connections < 0 || connections > 64) {
                throw new IllegalArgumentException("maxIdleConnections must be in 0..64, got " + connections);
            }
            this.maxIdleConnections = connections;
            return this;
        }

        /**
         * Checks every journal when the store opens ({@link JdbcLedgerStore#verify()}), so corrupt data
         * fails the open instead of the first command on the customer.
         *
         * @return this builder
         */
        public Builder verifyOnOpen() {
            this.verifyOnOpen = true;
            return this;
        }

        /**
         * Connects, creates or upgrades the schema and returns the open store.
         *
         * @return the store
         * @throws LedgerStoreException when the database cannot be reached, or its schema is foreign or newer
         */
        public JdbcLedgerStore build() {
            Connection raw;
            try {
                raw = factory.open();
            } catch (SQLException e) {
                throw new LedgerStoreException("cannot connect to the ledger database" + (url == null ? "" : " " + url)
                        + ": " + e.getMessage(), e);
            }
            SqlDialect chosen = dialect;
            String where = url;
            ConnectionSource source;
            PooledConnection first;
            try {
                if (chosen == null) {
                    chosen = SqlDialect.forProduct(raw.getMetaData().getDatabaseProductName());
                }
                if (where == null) {
                    where = raw.getMetaData().getURL();
                }
                source = new ConnectionSource(factory, chosen, maxIdleConnections);
                first = source.adopt(raw);
            } catch (SQLException | RuntimeException e) {
                try {
                    raw.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof RuntimeException) {
                    throw (RuntimeException) e;
                }
                throw new LedgerStoreException("cannot prepare a connection to " + where + ": " + e.getMessage(), e);
            }
            String description = chosen.name() + " " + withoutParameters(where);
            int found;
            try {
                found = JdbcSchema.migrate(first.connection, chosen, JdbcSchema.CURRENT_VERSION);
            } catch (SQLException | RuntimeException e) {
                first.broken = true;
                source.release(first);
                source.close();
                if (e instanceof LedgerStoreException) {
                    throw new LedgerStoreException(description + ": " + e.getMessage(), e);
                }
                throw new LedgerStoreException(description + ": cannot create or upgrade the ledger schema: "
                        + e.getMessage(), e);
            }
            source.release(first);
            if (found < JdbcSchema.CURRENT_VERSION) {
                LOG.info("ledger schema of {} {} version {}", description, found == 0 ? "created at" : "upgraded from v"
                        + found + " to", JdbcSchema.CURRENT_VERSION);
            }
            JdbcLedgerStore store = new JdbcLedgerStore(source, chosen, description);
            if (verifyOnOpen) {
                try {
                    store.verify();
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
            }
            return store;
        }

        /** The URL without its parameters, which may hold a password. */
        private static String withoutParameters(String url) {
            if (url == null) {
                return "(unknown URL)";
            }
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
    }
}
