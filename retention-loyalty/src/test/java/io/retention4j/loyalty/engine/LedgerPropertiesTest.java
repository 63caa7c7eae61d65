package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.StoreFactory;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The ledger properties ({@link LedgerProperties}) on the in-memory store. */
class LedgerPropertiesTest extends LedgerProperties {
    @Property(tries = 400)
    void randomCommands_keepEveryLedgerInvariant(@ForAll("variants") Variant variant, @ForAll("ops") List<Op> ops) {
        check(StoreFactory::inMemory, variant, ops);
    }
}
