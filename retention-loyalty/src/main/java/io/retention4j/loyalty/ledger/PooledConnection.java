package io.retention4j.loyalty.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;

/** A connection the store holds on to, with its prepared statements; used by one thread at a time. */
final class PooledConnection {
    final Connection connection;
    private final HashMap<String, PreparedStatement> statements = new HashMap<>();
    /** Set when an error left the connection in doubt: it is closed instead of kept. */
    boolean broken;

    PooledConnection(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, prepared once per connection. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    void closeQuietly() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException | RuntimeException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // closing anyway
        }
    }
}
