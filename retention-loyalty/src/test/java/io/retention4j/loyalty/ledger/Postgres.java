package io.retention4j.loyalty.ledger;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests use: its JDBC URL comes from the environment variable
 * {@value #URL_VARIABLE} (or the system property {@value #URL_PROPERTY}), for example
 * {@code jdbc:postgresql://127.0.0.1:5432/r4j?user=r4j&password=r4j}. Without it the PostgreSQL
 * tests are skipped with a warning, except when {@code CI=true}: then they run and fail, as they do
 * whenever the server cannot be reached. Each test database is a fresh schema, dropped afterwards.
 *
 * <p>Use {@code @ExtendWith(Postgres.Condition.class)} on JUnit classes and
 * {@code @AddLifecycleHook(Postgres.Skip.class)} on jqwik properties.
 */
public final class Postgres {
    /** The environment variable with the server's JDBC URL. */
    public static final String URL_VARIABLE = "RETENTION4J_PG_URL";
    /** The system property that may give the URL instead. */
    public static final String URL_PROPERTY = "retention4j.pg.url";
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static volatile Boolean reachable;

    private Postgres() {
    }

    /** @return the configured URL, or null */
    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            url = System.getProperty(URL_PROPERTY);
        }
        return url == null || url.isBlank() ? null : url.strip();
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Why the PostgreSQL tests are skipped, or null when they run (they run whenever CI=true). */
    static String skipReason() {
        if (url() != null || ci()) {
            return null;
        }
        String reason = "PostgreSQL tests skipped: set " + URL_VARIABLE
                + "=jdbc:postgresql://host:port/db?user=...&password=... to run them (see README, Loyalty)";
        if (WARNED.compareAndSet(false, true)) {
            System.err.println("WARNING: " + reason);
        }
        return reason;
    }

    /** A data source for the server, writing to a schema; fails the test when the server is not usable. */
    static PGSimpleDataSource dataSource(String schema) {
        String url = url();
        if (url == null) {
            fail("CI=true but " + URL_VARIABLE + " is not set: the PostgreSQL tests must run in CI (.ci/run starts a server)");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        if (reachable == null) {
            try (Connection c = dataSource.getConnection()) {
                reachable = c.isValid(5);
            } catch (SQLException e) {
                reachable = false;
                fail("the PostgreSQL server at " + URL_VARIABLE + " cannot be reached: " + e.getMessage(), e);
            }
        }
        if (!reachable) {
            fail("the PostgreSQL server at " + URL_VARIABLE + " cannot be reached");
        }
        return dataSource;
    }

    /** Skips JUnit tests when PostgreSQL is not configured (and CI is not true). */
    public static final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = skipReason();
            return reason == null ? ConditionEvaluationResult.enabled("PostgreSQL at " + URL_VARIABLE)
                    : ConditionEvaluationResult.disabled(reason);
        }
    }

    /** Skips jqwik properties when PostgreSQL is not configured (and CI is not true). */
    public static final class Skip implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            String reason = skipReason();
            return reason == null ? SkipResult.doNotSkip() : SkipResult.skip(reason);
        }
    }
}
