package io.retention4j.loyalty.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes empty stores of one kind for the shared contract tests (the in-memory store, SQLite files,
 * PostgreSQL schemas), and cleans up after them: {@link #close()} closes every store it made and
 * deletes their databases.
 */
public final class StoreFactory implements AutoCloseable {
    private final String name;
    private final Supplier<TestDatabase> databases;
    private final List<TestDatabase> made = new ArrayList<>();

    private StoreFactory(String name, Supplier<TestDatabase> databases) {
        this.name = name;
        this.databases = databases;
    }

    /** @return in-memory stores */
    public static StoreFactory inMemory() {
        return new StoreFactory("in-memory", null);
    }

    /** @return stores in fresh SQLite files */
    public static StoreFactory sqlite() {
        return new StoreFactory("sqlite", TestDatabase::sqlite);
    }

    /** @return stores in fresh PostgreSQL schemas */
    public static StoreFactory postgres() {
        return new StoreFactory("postgresql", TestDatabase::postgres);
    }

    /** @return whether the stores are durable JDBC stores */
    public boolean jdbc() {
        return databases != null;
    }

    /** @return a new, empty store */
    public LedgerStore create() {
        if (databases == null) {
            return LedgerStore.inMemory();
        }
        TestDatabase database = databases.get();
        synchronized (made) {
            made.add(database);
        }
        return database.open();
    }

    /** @return a new, empty database (JDBC kinds only) */
    public TestDatabase database() {
        if (databases == null) {
            throw new IllegalStateException("the in-memory store has no database");
        }
        TestDatabase database = databases.get();
        synchronized (made) {
            made.add(database);
        }
        return database;
    }

    @Override
    public void close() {
        synchronized (made) {
            for (TestDatabase database : made) {
                database.close();
            }
            made.clear();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
