package io.retention4j.loyalty.ledger;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections break on command: once armed with {@link #failAt}, the N-th
 * statement executed (or commit) on any of its connections throws "connection lost" instead of
 * running, or after running (a lost reply), and that connection refuses every later call except
 * {@link Connection#close()}, which closes the real connection (so the database rolls back what was
 * open, as it does when a client disappears).
 */
public final class FaultyDataSource implements DataSource {
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch", "commit");

    private final DataSource target;
    private final AtomicInteger countdown = new AtomicInteger(-1);
    private volatile boolean afterRunning;
    private final AtomicInteger injected = new AtomicInteger();

    /**
     * Wraps a data source.
     *
     * @param target the real one
     */
    public FaultyDataSource(DataSource target) {
        this.target = target;
    }

    /**
     * Arms the fault.
     *
     * @param n            the statement (1 = the next one executed) that breaks its connection
     * @param afterRunning true: the statement runs, then the reply is lost; false: it never reaches the database
     */
    public void failAt(int n, boolean afterRunning) {
        this.afterRunning = afterRunning;
        countdown.set(n);
    }

    /** Disarms the fault. */
    public void disarm() {
        countdown.set(-1);
    }

    /** @return how many faults were injected so far */
    public int injected() {
        return injected.get();
    }

    /** Counts one executing call; true when it is the one to fail. */
    private boolean strikes() {
        while (true) {
            int left = countdown.get();
            if (left <= 0) {
                return false;
            }
            if (countdown.compareAndSet(left, left - 1)) {
                if (left == 1) {
                    injected.incrementAndGet();
                    return true;
                }
                return false;
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        boolean[] dead = new boolean[1];
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler(real, dead, true));
    }

    private InvocationHandler handler(Object real, boolean[] dead, boolean isConnection) {
        return (proxy, method, args) -> {
            String name = method.getName();
            if (isConnection && name.equals("close")) {
                return invoke(real, method, args);
            }
            if (name.equals("isClosed") || name.equals("toString") || name.equals("hashCode") || name.equals("equals")) {
                return invoke(real, method, args);
            }
            if (dead[0]) {
                throw new SQLException("connection lost (injected fault): the connection is dead", "08006");
            }
            if (EXECUTING.contains(name) && strikes()) {
                if (afterRunning) {
                    invoke(real, method, args);
                }
                dead[0] = true;
                throw new SQLException("connection lost (injected fault) " + (afterRunning ? "after" : "before")
                        + " " + name + (args != null && args.length > 0 && args[0] instanceof String ? " " + args[0] : ""),
                        "08006");
            }
            Object result = invoke(real, method, args);
            if (result instanceof Statement) {
                Class<?> type = result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                        handler(result, dead, false));
            }
            return result;
        };
    }

    private static Object invoke(Object real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("use getConnection()");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
