package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.Postgres;
import io.retention4j.loyalty.ledger.StoreFactory;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The ledger properties ({@link LedgerProperties}) on PostgreSQL stores ({@link Postgres}: skipped
 * unless a server is configured or CI is true); each try uses three fresh schemas.
 */
@AddLifecycleHook(Postgres.Skip.class)
class JdbcPostgresLedgerPropertiesTest extends LedgerProperties {
    @Property(tries = 50)
    void randomCommands_keepEveryLedgerInvariant(@ForAll("variants") Variant variant, @ForAll("ops") List<Op> ops) {
        check(StoreFactory::postgres, variant, ops);
    }
}
