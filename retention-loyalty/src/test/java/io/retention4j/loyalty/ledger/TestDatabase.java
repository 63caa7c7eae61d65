package io.retention4j.loyalty.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * One fresh database for a test: an SQLite file in a temporary directory, or a new schema on the
 * PostgreSQL server of {@link Postgres}. {@link #open()} opens a store on it (as often as a test
 * wants, like several processes would); {@link #close()} closes those stores and deletes the data.
 */
public abstract class TestDatabase implements AutoCloseable {
    private final List<LedgerStore> opened = new ArrayList<>();

    /** @return a fresh SQLite file */
    public static TestDatabase sqlite() {
        return new Sqlite();
    }

    /** @return a fresh PostgreSQL schema (fails the test when the server is not usable) */
    public static TestDatabase postgres() {
        return new Pg();
    }

    /** @return "sqlite" or "postgresql" */
    public abstract String kind();

    /** @return plain connections to this database (no store settings applied) */
    public abstract DataSource dataSource();

    /** @return how a child process names this database for {@link #openFromArgument} */
    public abstract String argument();

    /** @return a new store on this database, closed with the database */
    public JdbcLedgerStore open() {
        return track(JdbcLedgerStore.builder(dataSource()).build());
    }

    /**
     * Opens the database a child process was given.
     *
     * @param argument {@code sqlite:<path>} or {@code postgresql:<schema>}
     * @return the store
     */
    public static JdbcLedgerStore openFromArgument(String argument) {
        if (argument.startsWith("sqlite:")) {
            return JdbcLedgerStore.sqlite(Path.of(argument.substring("sqlite:".length())));
        }
        if (argument.startsWith("postgresql:")) {
            return JdbcLedgerStore.builder(Postgres.dataSource(argument.substring("postgresql:".length()))).build();
        }
        throw new IllegalArgumentException("no database " + argument);
    }

    <T extends LedgerStore> T track(T store) {
        synchronized (opened) {
            opened.add(store);
        }
        return store;
    }

    /**
     * Runs SQL statements on a plain connection.
     *
     * @param statements the statements
     */
    public void sql(String... statements) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL on " + this + " failed: " + e.getMessage(), e);
        }
    }

    /** Closes the stores opened on it. */
    void closeStores() {
        synchronized (opened) {
            for (LedgerStore store : opened) {
                store.close();
            }
            opened.clear();
        }
    }

    @Override
    public abstract void close();

    private static final class Sqlite extends TestDatabase {
        private final Path dir;
        private final Path file;

        Sqlite() {
            try {
                dir = Files.createTempDirectory("r4j-ledger");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file = dir.resolve("ledger.db");
        }

        @Override
        public String kind() {
            return "sqlite";
        }

        @Override
        public DataSource dataSource() {
            SQLiteDataSource dataSource = new SQLiteDataSource();
            dataSource.setUrl("jdbc:sqlite:" + file);
            return dataSource;
        }

        @Override
        public String argument() {
            return "sqlite:" + file;
        }

        @Override
        public JdbcLedgerStore open() {
            return track(JdbcLedgerStore.sqlite(file));
        }

        Path file() {
            return file;
        }

        @Override
        public void close() {
            closeStores();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "sqlite " + file;
        }
    }

    private static final class Pg extends TestDatabase {
        private final String schema = "r4j_test_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);

        Pg() {
            try (Connection c = Postgres.dataSource(null).getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String kind() {
            return "postgresql";
        }

        @Override
        public DataSource dataSource() {
            return Postgres.dataSource(schema);
        }

        @Override
        public String argument() {
            return "postgresql:" + schema;
        }

        @Override
        public void close() {
            closeStores();
            try (Connection c = Postgres.dataSource(null).getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop schema " + schema + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "postgresql schema " + schema;
        }
    }
}
