package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Hand-computed scenarios of the bugs {@link LedgerPropertiesTest} found, one test per bug. */
class LedgerRegressionTest {
    private final MutableClock clock = MutableClock.at("2026-03-10T12:00:00Z");

    private static LoyaltyProgram.Builder basic() {
        return LoyaltyProgram.builder("regression").zone("UTC").currency("EUR").earn(EarnRule.baseRate("base", "1"));
    }

    private LoyaltyEngine engine(LoyaltyProgram program) {
        return LoyaltyEngine.create(program, LedgerStore.inMemory(), clock);
    }

    @Test
    void adjust_underRollingInactivityAfterALongQuiet_isNotBornExpired() {
        LoyaltyEngine engine = engine(basic().expiry(ExpiryPolicy.rollingInactivity(Period.ofMonths(2))).build());
        engine.enrol(Enrolment.of("c1"));
        clock.set("2026-06-01T00:00:00Z"); // last activity (the enrolment) was more than 2 months ago
        engine.adjust(new Adjustment("a1", "c1", 10, "goodwill"));
        assertThat(engine.balance("c1").available()).isEqualTo(10);
        // the credit is activity: the 10 points expire 2 months after it, at 2026-08-01T00:00Z
        assertThat(engine.balance("c1", Instant.parse("2026-07-31T23:59:59Z")).available()).isEqualTo(10);
        assertThat(engine.balance("c1", Instant.parse("2026-08-01T00:00:00Z")).available()).isZero();
    }
}
