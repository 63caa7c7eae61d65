package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.engine.Enrolment;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.engine.Redemption;
import io.retention4j.loyalty.engine.Refund;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Reward;
import io.retention4j.loyalty.program.RewardKind;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's loyalty example, statement by statement, so that it keeps compiling and working. */
class ReadmeLoyaltyTest {

    @Test
    void loyaltyExample_runsAsPrinted() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

        LoyaltyProgram program = LoyaltyProgram.builder("coffee").zone("Europe/Paris").currency("EUR")
                .earn(EarnRule.baseRate("base", "1"), EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("gold", TierBenefits.earnMultiplier("1.5"), Requirement.spend("500"))),
                        TierWindow.rollingMonths(12), DowngradePolicy.AT_WINDOW_END, Period.ofDays(30)))
                .expiry(ExpiryPolicy.endOfYear(1)).pendingPeriod(Period.ofDays(14))
                .rewards(Reward.of("free-coffee", RewardKind.PRODUCT, 150))
                .build();
        LoyaltyEngine engine = LoyaltyEngine.create(program, LedgerStore.inMemory(), clock);
        engine.enrol(Enrolment.of("c1").birthday(LocalDate.of(1990, 2, 28)));
        engine.purchase(Purchase.of("order-1", "c1", "180.00"));
        engine.confirm("confirm-1", "c1", "order-1");
        engine.redeem(Redemption.reward("r-1", "c1", "free-coffee", 1));
        engine.refund(Refund.partial("refund-1", "c1", "order-1", "10.00"));

        // 180 points, 150 spent, floor(180 * 10 / 180) = 10 reversed: 20 left
        assertThat(engine.balance("c1").available()).isEqualTo(20);
        // a retried purchase earns nothing more
        assertThat(engine.purchase(Purchase.of("order-1", "c1", "180.00")).replayed()).isTrue();
        assertThat(engine.explain("c1").toString()).contains("REDEEM -150 [free-coffee]").contains("REVERSE -10");
    }
}
