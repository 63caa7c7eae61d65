package io.retention4j.benchmarks;

import io.retention4j.loyalty.program.Dimension;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.time.Period;
import java.util.List;

/** The program the loyalty benchmarks run: what a typical retailer configures. */
final class LoyaltyPrograms {
    private LoyaltyPrograms() {
    }

    /**
     * Base rate 1 point per unit, a category multiplier, member/silver/gold by spend over a rolling
     * 12-month window with one-tier-at-a-time downgrades, lots expiring 12 months after earning.
     */
    static LoyaltyProgram retail() {
        return LoyaltyProgram.builder("benchmark").zone("Europe/Paris").currency("EUR")
                .earn(EarnRule.baseRate("base", "1"), EarnRule.multiplier("books", Dimension.CATEGORY, "books", "2"))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("silver", TierBenefits.earnMultiplier("1.25"), Requirement.spend("500")),
                        Tier.of("gold", TierBenefits.earnMultiplier("1.5"), Requirement.spend("2000"))),
                        TierWindow.rollingMonths(12), DowngradePolicy.ONE_TIER_AT_A_TIME, Period.ofDays(30)))
                .expiry(ExpiryPolicy.afterPeriod(Period.ofMonths(12)))
                .build();
    }
}
