package io.retention4j.loyalty.ledger;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/** The database store cases ({@link JdbcStoreCases}) on PostgreSQL schemas ({@link Postgres}). */
@ExtendWith(Postgres.Condition.class)
class JdbcPostgresStoreTest extends JdbcStoreCases {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }

    @Override
    DataSource readOnlyDataSource() {
        PGSimpleDataSource dataSource = Postgres.dataSource(db.argument().substring("postgresql:".length()));
        dataSource.setReadOnly(true);
        return dataSource;
    }

    @Override
    String readOnlyMessage() {
        return "read-only transaction";
    }
}
