package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.StoreFactory;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The ledger properties ({@link LedgerProperties}) on SQLite stores (durable commits, so fewer tries
 * than in memory; each try opens three database files).
 */
class JdbcSqliteLedgerPropertiesTest extends LedgerProperties {
    @Property(tries = 100)
    void randomCommands_keepEveryLedgerInvariant(@ForAll("variants") Variant variant, @ForAll("ops") List<Op> ops) {
        check(StoreFactory::sqlite, variant, ops);
    }
}
