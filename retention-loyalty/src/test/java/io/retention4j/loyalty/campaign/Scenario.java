package io.retention4j.loyalty.campaign;

import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.engine.Enrolment;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One program over one in-memory store, driven by a hand-moved clock, with every delivered action
 * kept. {@link #reload()} puts a new engine over the same store, as after a restart.
 */
final class Scenario {
    final LoyaltyProgram program;
    final LedgerStore store = LedgerStore.inMemory();
    final List<Action> actions = new ArrayList<>();
    private final AtomicReference<Instant> now;
    LoyaltyEngine engine;

    Scenario(LoyaltyProgram program, String start) {
        this.program = program;
        this.now = new AtomicReference<>(Instant.parse(start));
        this.engine = newEngine();
    }

    private LoyaltyEngine newEngine() {
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        return LoyaltyEngine.builder(program).store(store).clock(clock).listener(actions::add).build();
    }

    /** A new engine over the same store (the old one is dropped). */
    void reload() {
        engine = newEngine();
    }

    /** Moves the clock. */
    Scenario at(String instant) {
        now.set(Instant.parse(instant));
        return this;
    }

    void enrol(String customerId, String birthday) {
        engine.enrol(birthday == null ? Enrolment.of(customerId) : Enrolment.of(customerId).birthday(LocalDate.parse(birthday)));
    }

    void buy(String orderId, String customerId, String amount) {
        engine.purchase(Purchase.of(orderId, customerId, amount));
    }

    /** Moves the clock and advances the engine to it. */
    void advanceTo(String instant) {
        at(instant);
        engine.advanceTo(Instant.parse(instant));
    }

    List<Action> actions(ActionType type) {
        return actions.stream().filter(a -> a.type() == type).toList();
    }

    List<Action> actions(ActionType type, String customerId) {
        return actions.stream().filter(a -> a.type() == type && a.customerId().equals(customerId)).toList();
    }

    List<CampaignMark> marks(String customerId) {
        return CampaignMark.in(engine.entries(customerId));
    }
}
