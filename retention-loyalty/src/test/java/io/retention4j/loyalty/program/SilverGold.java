package io.retention4j.loyalty.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** The example program of the tests: the JSON resource and the same program written in code. */
final class SilverGold {
    static final String RESOURCE = "silver-gold-program.json";

    private SilverGold() {
    }

    static String json() {
        try (InputStream in = SilverGold.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program of {@link #json()}, value by value, written with the builder and the records' factories. */
    static LoyaltyProgram inCode() {
        TierBenefits silver = new TierBenefits(new BigDecimal("1.25"), true, false, null, false, null);
        TierBenefits gold = new TierBenefits(new BigDecimal("1.5"), true, true, new BigDecimal("2"), true, null);
        TierBenefits platinum = new TierBenefits(new BigDecimal("2"), true, true, new BigDecimal("3"), true,
                Map.of("lounge", "airport lounge access", "concierge", "personal shopper"));
        return LoyaltyProgram.builder("Silver & Gold")
                .zone("Europe/Paris")
                .currency("EUR")
                .tiers(new TierPolicy(List.of(
                        new Tier("member", null, false, null),
                        Tier.of("silver", silver, Requirement.spend("500")),
                        Tier.of("gold", gold, Requirement.spend("1500")),
                        Tier.invitationOnly("platinum", platinum)),
                        TierWindow.rollingMonths(12), DowngradePolicy.ONE_TIER_AT_A_TIME, Period.ofDays(30)))
                .earn(EarnRule.baseRate("base", "1"),
                        EarnRule.multiplier("shoes-x2", Dimension.CATEGORY, "shoes", "2"),
                        EarnRule.campaign("black-friday", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30), "2"),
                        EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH),
                        EarnRule.event("sign-up", "sign_up", 200))
                .expiry(ExpiryPolicy.endOfYear(1))
                .pendingPeriod(Period.ofDays(30))
                .rewards(new Reward("discount-5", "5 EUR off your next order", RewardKind.DISCOUNT, 500,
                                new BigDecimal("5.00"), 0, null, null),
                        new Reward("tote-bag", "Canvas tote bag", RewardKind.PRODUCT, 1200, null, 0, null, null)
                                .withPerCustomerLimit(1).withStock(100),
                        new Reward("gold-preview", "Private sale preview", RewardKind.PERK, 300, null, 0, null, "gold"))
                .spendOrder(SpendOrder.SOONEST_EXPIRING_FIRST)
                .refundShortfall(RefundShortfall.CLAW_BACK_FROM_OTHER_LOTS)
                .referral(new ReferralTerms(500, 250, ReferralTrigger.FIRST_PURCHASE, true, 10,
                        List.of("email", "device", "address")))
                .goals(new GoalDefinition("spend-300-this-month", GoalKind.SPEND_TARGET, CapPeriod.MONTH,
                                new BigDecimal("300"), 0, null, 150, null),
                        new GoalDefinition("twelve-month-streak", GoalKind.STREAK, null, null, 12, null, 0, "gold"),
                        new GoalDefinition("three-reviews", GoalKind.CHALLENGE, CapPeriod.MONTH, null, 3, "review", 100,
                                null))
                .campaigns(new CampaignRules(300, 120, 100, 200, 30))
                .build();
    }
}
