package io.retention4j.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation of every program record: the exception type, and a message naming the field and
 * the bad value (or what is missing).
 */
class RecordValidationTest {
    private static final Class<IllegalArgumentException> BAD = IllegalArgumentException.class;
    private static final Class<NullPointerException> MISSING = NullPointerException.class;
    private static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private static Arguments rejects(String what, ThrowingCallable call, Class<? extends Throwable> type,
                                     String... fragments) {
        return Arguments.of(what, call, type, fragments);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    void constructor_invalidValue_namesFieldAndValue(String what, ThrowingCallable call, Class<? extends Throwable> type,
                                                     String[] fragments) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(what).isInstanceOf(type);
        assertThat(thrown.getMessage()).as(what).contains(fragments);
    }

    static Stream<Arguments> invalidRecords() {
        return Stream.of(campaignRules(), caps(), requirements(), tierBenefits(), tierWindows(), tiers(),
                tierPolicies(), earnRules(), expiryPolicies(), rewards(), referralTerms(), goals(), programs())
                .flatMap(Arrays::stream);
    }

    private static Arguments[] campaignRules() {
        return new Arguments[] {
            rejects("campaigns: negative winBackPoints", () -> new CampaignRules(-1, 0, 0, 0, 0), BAD,
                    "campaigns.winBackPoints", "-1"),
            rejects("campaigns: negative dormantAfterDays", () -> new CampaignRules(0, -2, 0, 0, 0), BAD,
                    "campaigns.dormantAfterDays", "-2"),
            rejects("campaigns: negative birthdayPoints", () -> new CampaignRules(0, 0, -3, 0, 0), BAD,
                    "campaigns.birthdayPoints", "-3"),
            rejects("campaigns: negative anniversaryPoints", () -> new CampaignRules(0, 0, 0, -4, 0), BAD,
                    "campaigns.anniversaryPoints", "-4"),
            rejects("campaigns: negative expiryReminderDays", () -> new CampaignRules(0, 0, 0, 0, -5), BAD,
                    "campaigns.expiryReminderDays", "-5"),
        };
    }

    private static Arguments[] caps() {
        return new Arguments[] {
            rejects("cap: zero points", () -> new Cap(0, CapPeriod.DAY), BAD, "cap.points", "positive", "0"),
            rejects("cap: no period", () -> new Cap(5, null), MISSING, "cap.period"),
            rejects("cap via cappedAt: negative", () -> EarnRule.event("e", "x", 5).cappedAt(-7, CapPeriod.DAY), BAD,
                    "cap.points", "-7"),
        };
    }

    private static Arguments[] requirements() {
        return new Arguments[] {
            rejects("requirement: no metric", () -> new Requirement(null, null, BigDecimal.ONE), MISSING,
                    "requirement.metric"),
            rejects("requirement: zero minimum", () -> Requirement.orders(0), BAD, "requirement.minimum", "0"),
            rejects("requirement: negative spend", () -> Requirement.spend("-10.50"), BAD, "requirement.minimum",
                    "-10.50"),
            rejects("requirement: no minimum", () -> new Requirement(QualificationMetric.SPEND, null, null), MISSING,
                    "requirement.minimum"),
            rejects("requirement: spend text", () -> Requirement.spend("lots"), BAD, "requirement.minimum", "'lots'"),
            rejects("requirement: EVENTS without type",
                    () -> new Requirement(QualificationMetric.EVENTS, " ", BigDecimal.TEN), BAD,
                    "requirement.eventType", "' '"),
            rejects("requirement: eventType for SPEND",
                    () -> new Requirement(QualificationMetric.SPEND, "review", BigDecimal.TEN), BAD,
                    "requirement.eventType", "'review'", "SPEND"),
            rejects("requirement: fractional orders",
                    () -> new Requirement(QualificationMetric.ORDERS, null, new BigDecimal("2.5")), BAD,
                    "requirement.minimum", "ORDERS", "whole number", "2.5"),
            rejects("requirement: fractional events",
                    () -> new Requirement(QualificationMetric.EVENTS, "review", new BigDecimal("0.5")), BAD,
                    "requirement.minimum", "0.5"),
        };
    }

    private static Arguments[] tierBenefits() {
        Map<String, String> blankKey = new HashMap<>();
        blankKey.put(" ", "x");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("lounge", null);
        return new Arguments[] {
            rejects("benefits: earnMultiplier below 1", () -> TierBenefits.earnMultiplier("0.5"), BAD,
                    "benefits.earnMultiplier", "at least 1", "0.5"),
            rejects("benefits: earnMultiplier text", () -> TierBenefits.earnMultiplier("1,5"), BAD,
                    "benefits.earnMultiplier", "'1,5'"),
            rejects("benefits: birthday multiplier below 1",
                    () -> new TierBenefits(null, false, false, new BigDecimal("0.99"), false, null), BAD,
                    "benefits.birthdayBonusMultiplier", "0.99"),
            rejects("benefits: blank extras key", () -> new TierBenefits(null, false, false, null, false, blankKey), BAD,
                    "benefits.extras key", "' '"),
            rejects("benefits: null extras value",
                    () -> new TierBenefits(null, false, false, null, false, nullValue), MISSING,
                    "benefits.extras['lounge']"),
        };
    }

    private static Arguments[] tierWindows() {
        return new Arguments[] {
            rejects("window: no kind", () -> new TierWindow(null, 0), MISSING, "window.kind"),
            rejects("window: rolling 0 months", () -> TierWindow.rollingMonths(0), BAD, "window.months", "1..120", "0"),
            rejects("window: rolling 121 months", () -> TierWindow.rollingMonths(121), BAD, "window.months", "121"),
            rejects("window: months on a calendar year", () -> new TierWindow(WindowKind.CALENDAR_YEAR, 12), BAD,
                    "window.months", "CALENDAR_YEAR", "12"),
        };
    }

    private static Arguments[] tiers() {
        return new Arguments[] {
            rejects("tier: blank id", () -> Tier.of("", null), BAD, "tier.id", "''"),
            rejects("tier: null id", () -> Tier.invitationOnly(null, null), MISSING, "tier.id"),
            rejects("tier: two spend requirements",
                    () -> Tier.of("gold", null, Requirement.spend("10"), Requirement.spend("20")), BAD,
                    "tier 'gold'", "two requirements on spend", "spend >= 10", "spend >= 20"),
            rejects("tier: two review requirements",
                    () -> Tier.of("gold", null, Requirement.events("review", 1), Requirement.events("review", 2)), BAD,
                    "tier 'gold'", "review events"),
            rejects("tier: null requirement",
                    () -> new Tier("gold", Arrays.asList(Requirement.orders(1), null), false, null), MISSING,
                    "tier 'gold' requirements[1]"),
        };
    }

    private static Arguments[] tierPolicies() {
        Tier member = Tier.of("member", null);
        Tier silver = Tier.of("silver", null, Requirement.spend("500"));
        return new Arguments[] {
            rejects("ladder: no list", () -> new TierPolicy(null, null, null, null), MISSING, "tiers"),
            rejects("ladder: empty", () -> new TierPolicy(List.of(), null, null, null), BAD, "tiers", "base tier"),
            rejects("ladder: base with requirements", () -> new TierPolicy(List.of(silver), null, null, null), BAD,
                    "first tier ('silver')", "spend >= 500"),
            rejects("ladder: invitation-only base",
                    () -> new TierPolicy(List.of(Tier.invitationOnly("vip", null)), null, null, null), BAD,
                    "first tier ('vip')", "invitation"),
            rejects("ladder: invitation-only with requirements",
                    () -> new TierPolicy(List.of(member, new Tier("vip", List.of(Requirement.orders(3)), true, null)),
                            null, null, null), BAD, "tier 'vip'", "invitation-only", "orders >= 3"),
            rejects("ladder: duplicate id", () -> new TierPolicy(List.of(member, silver, silver), null, null, null), BAD,
                    "tiers has the id 'silver' twice (at index 2)"),
            rejects("ladder: negative grace",
                    () -> new TierPolicy(List.of(member, silver), null, null, Period.ofDays(-1)), BAD, "grace", "P-1D"),
            rejects("ladder: unknown tier", () -> TierPolicy.SINGLE_TIER.rank("gold"), BAD, "unknown tier 'gold'",
                    "[member]"),
        };
    }

    private static Arguments[] earnRules() {
        return new Arguments[] {
            rejects("earn: blank id", () -> EarnRule.event(" ", "x", 1), BAD, "earnRule.id", "' '"),
            rejects("earn: no kind",
                    () -> new EarnRule("r", null, null, null, null, null, null, null, null, null, 0, null), MISSING,
                    "earn rule 'r' kind"),
            rejects("earn: zero base rate", () -> EarnRule.baseRate("base", "0"), BAD,
                    "earn rule 'base' (BASE_RATE) pointsPerUnit", "positive", "0"),
            rejects("earn: base rate text", () -> EarnRule.baseRate("base", "one"), BAD, "pointsPerUnit", "'one'"),
            rejects("earn: base rate missing",
                    () -> new EarnRule("base", EarnKind.BASE_RATE, null, null, null, null, null, null, null, null, 0,
                            null), MISSING, "earn rule 'base' (BASE_RATE) pointsPerUnit"),
            rejects("earn: base rate with multiplier",
                    () -> new EarnRule("base", EarnKind.BASE_RATE, BigDecimal.ONE, null, BigDecimal.TEN, null, null, null,
                            null, null, 0, null), BAD, "earn rule 'base' (BASE_RATE) multiplier", "does not apply", "10"),
            rejects("earn: base rate with points",
                    () -> new EarnRule("base", EarnKind.BASE_RATE, BigDecimal.ONE, null, null, null, null, null, null,
                            null, 5, null), BAD, "earn rule 'base' (BASE_RATE) points", "only for EVENT", "5"),
            rejects("earn: base rate with event type",
                    () -> new EarnRule("base", EarnKind.BASE_RATE, BigDecimal.ONE, null, null, null, null, null, null,
                            "review", 0, null), BAD, "eventType", "does not apply", "review"),
            rejects("earn: rounding UNNECESSARY", () -> EarnRule.baseRate("base", "1").rounding(RoundingMode.UNNECESSARY),
                    BAD, "earn rule 'base'", "rounding UNNECESSARY"),
            rejects("earn: multiplier of 1", () -> EarnRule.multiplier("m", Dimension.CATEGORY, "shoes", "1.0"), BAD,
                    "earn rule 'm' (MULTIPLIER) multiplier", "greater than 1", "1.0"),
            rejects("earn: multiplier text", () -> EarnRule.multiplier("m", Dimension.CATEGORY, "shoes", "x2"), BAD,
                    "earn rule 'm' multiplier", "'x2'"),
            rejects("earn: multiplier missing",
                    () -> new EarnRule("m", EarnKind.MULTIPLIER, null, null, null, Dimension.PRODUCT, "p1", null, null,
                            null, 0, null), MISSING, "earn rule 'm' (MULTIPLIER) multiplier"),
            rejects("earn: dimension without value", () -> EarnRule.multiplier("m", Dimension.CHANNEL, null, "2"), BAD,
                    "earn rule 'm'", "dimension CHANNEL and value null"),
            rejects("earn: value without dimension", () -> EarnRule.multiplier("m", null, "app", "2"), BAD,
                    "earn rule 'm'", "dimension null and value app"),
            rejects("earn: blank value", () -> EarnRule.multiplier("m", Dimension.CHANNEL, "  ", "2"), BAD,
                    "earn rule 'm' (MULTIPLIER) value", "'  '"),
            rejects("earn: until before from", () -> EarnRule.campaign("bf", NOV_30, NOV_27, "2"), BAD,
                    "earn rule 'bf'", "until 2026-11-27 is before from 2026-11-30"),
            rejects("earn: multiplier matching everything", () -> EarnRule.campaign("all", null, null, "2"), BAD,
                    "earn rule 'all'", "matches everything forever"),
            rejects("earn: multiplier with base rate",
                    () -> new EarnRule("m", EarnKind.MULTIPLIER, BigDecimal.ONE, null, BigDecimal.TEN, null, null, NOV_27,
                            null, null, 0, null), BAD, "earn rule 'm' (MULTIPLIER) pointsPerUnit", "does not apply"),
            rejects("earn: zero event points", () -> EarnRule.event("review", "review", 0), BAD,
                    "earn rule 'review' (EVENT) points", "positive", "0"),
            rejects("earn: blank event type", () -> EarnRule.event("review", "", 50), BAD,
                    "earn rule 'review' (EVENT) eventType", "''"),
            rejects("earn: event with rounding", () -> EarnRule.event("review", "review", 50).rounding(RoundingMode.UP),
                    BAD, "earn rule 'review' (EVENT) rounding", "does not apply", "UP"),
            rejects("earn: event with dates",
                    () -> new EarnRule("review", EarnKind.EVENT, null, null, null, null, null, NOV_27, null, "review", 5,
                            null), BAD, "earn rule 'review' (EVENT) from", "2026-11-27"),
        };
    }

    private static Arguments[] expiryPolicies() {
        return new Arguments[] {
            rejects("expiry: no kind", () -> new ExpiryPolicy(null, null, 0), MISSING, "expiry.kind"),
            rejects("expiry: AFTER_PERIOD without period", () -> new ExpiryPolicy(ExpiryKind.AFTER_PERIOD, null, 0),
                    MISSING, "expiry.period"),
            rejects("expiry: zero period", () -> ExpiryPolicy.afterPeriod(Period.ZERO), BAD, "expiry.period",
                    "positive", "P0D"),
            rejects("expiry: negative period", () -> ExpiryPolicy.rollingInactivity(Period.ofMonths(-6)), BAD,
                    "expiry.period", "ROLLING_INACTIVITY", "P-6M"),
            rejects("expiry: mixed-sign period", () -> ExpiryPolicy.afterPeriod(Period.of(0, 1, -1)), BAD,
                    "expiry.period", "P1M-1D"),
            rejects("expiry: period on END_OF_MONTH",
                    () -> new ExpiryPolicy(ExpiryKind.END_OF_MONTH, Period.ofMonths(1), 0), BAD, "expiry.period",
                    "does not apply to END_OF_MONTH", "P1M"),
            rejects("expiry: month offset 121", () -> ExpiryPolicy.endOfMonth(121), BAD, "expiry.offset", "0..120",
                    "121"),
            rejects("expiry: year offset 11", () -> ExpiryPolicy.endOfYear(11), BAD, "expiry.offset", "0..10", "11"),
            rejects("expiry: negative offset", () -> ExpiryPolicy.endOfYear(-1), BAD, "expiry.offset", "-1"),
            rejects("expiry: offset on AFTER_PERIOD",
                    () -> new ExpiryPolicy(ExpiryKind.AFTER_PERIOD, Period.ofDays(1), 2), BAD, "expiry.offset",
                    "does not apply to AFTER_PERIOD", "2"),
        };
    }

    private static Arguments[] rewards() {
        return new Arguments[] {
            rejects("reward: blank id", () -> Reward.of("\t", RewardKind.PERK, 10), BAD, "reward.id"),
            rejects("reward: blank name",
                    () -> new Reward("r", " ", RewardKind.PERK, 10, null, 0, null, null), BAD, "reward 'r' name", "' '"),
            rejects("reward: zero cost", () -> Reward.of("r", RewardKind.VOUCHER, 0), BAD, "reward 'r' cost",
                    "positive", "0"),
            rejects("reward: negative value",
                    () -> new Reward("r", null, RewardKind.DISCOUNT, 10, new BigDecimal("-5.00"), 0, null, null), BAD,
                    "reward 'r' value", "-5.00"),
            rejects("reward: negative limit", () -> Reward.of("r", RewardKind.PRODUCT, 10).withPerCustomerLimit(-1),
                    BAD, "reward 'r' perCustomerLimit", "-1"),
            rejects("reward: negative stock", () -> Reward.of("r", RewardKind.PRODUCT, 10).withStock(-3), BAD,
                    "reward 'r' stock", "-3"),
            rejects("reward: blank minimum tier",
                    () -> new Reward("r", null, null, 10, null, 0, null, ""), BAD, "reward 'r' minimumTier", "''"),
        };
    }

    private static Arguments[] referralTerms() {
        return new Arguments[] {
            rejects("referral: negative referrer points", () -> new ReferralTerms(-1, 5, null, false, 0, null), BAD,
                    "referral.referrerPoints", "-1"),
            rejects("referral: negative friend points", () -> new ReferralTerms(5, -2, null, false, 0, null), BAD,
                    "referral.friendPoints", "-2"),
            rejects("referral: rewards nobody", () -> new ReferralTerms(0, 0, null, false, 0, null), BAD,
                    "referrerPoints and friendPoints are both 0"),
            rejects("referral: negative cap", () -> new ReferralTerms(5, 5, null, false, -4, null), BAD,
                    "referral.maxPerReferrer", "-4"),
            rejects("referral: blank identity attribute",
                    () -> new ReferralTerms(5, 5, null, false, 0, List.of("email", " ")), BAD,
                    "referral.identityAttributes", "' '"),
            rejects("referral: repeated identity attribute",
                    () -> new ReferralTerms(5, 5, null, false, 0, List.of("email", "email")), BAD,
                    "referral.identityAttributes", "'email' twice"),
            rejects("referral: null identity attribute",
                    () -> new ReferralTerms(5, 5, null, false, 0, Arrays.asList("email", null)), MISSING,
                    "referral.identityAttributes[1]"),
        };
    }

    private static Arguments[] goals() {
        return new Arguments[] {
            rejects("goal: blank id",
                    () -> new GoalDefinition(" ", GoalKind.STREAK, null, null, 3, null, 0, null), BAD, "goal.id"),
            rejects("goal: no kind", () -> new GoalDefinition("g", null, null, null, 3, null, 0, null), MISSING,
                    "goal 'g' kind"),
            rejects("goal: streak with period",
                    () -> new GoalDefinition("g", GoalKind.STREAK, CapPeriod.MONTH, null, 3, null, 0, null), BAD,
                    "goal 'g' (STREAK) period", "MONTH"),
            rejects("goal: spend target without period",
                    () -> new GoalDefinition("g", GoalKind.SPEND_TARGET, null, BigDecimal.TEN, 0, null, 0, null), MISSING,
                    "goal 'g' (SPEND_TARGET) period"),
            rejects("goal: challenge over FOREVER",
                    () -> new GoalDefinition("g", GoalKind.CHALLENGE, CapPeriod.FOREVER, null, 3, "review", 0, null), BAD,
                    "goal 'g' (CHALLENGE) period", "FOREVER"),
            rejects("goal: spend target without target",
                    () -> new GoalDefinition("g", GoalKind.SPEND_TARGET, CapPeriod.MONTH, null, 0, null, 0, null), MISSING,
                    "goal 'g' (SPEND_TARGET) target"),
            rejects("goal: zero target",
                    () -> new GoalDefinition("g", GoalKind.SPEND_TARGET, CapPeriod.MONTH, BigDecimal.ZERO, 0, null, 0,
                            null), BAD, "goal 'g' (SPEND_TARGET) target", "positive", "0"),
            rejects("goal: target on a streak",
                    () -> new GoalDefinition("g", GoalKind.STREAK, null, new BigDecimal("300"), 3, null, 0, null), BAD,
                    "goal 'g' (STREAK) target", "300"),
            rejects("goal: count on a spend target",
                    () -> new GoalDefinition("g", GoalKind.SPEND_TARGET, CapPeriod.MONTH, BigDecimal.TEN, 2, null, 0,
                            null), BAD, "goal 'g' (SPEND_TARGET) count must be 0", "2"),
            rejects("goal: zero-month streak",
                    () -> new GoalDefinition("g", GoalKind.STREAK, null, null, 0, null, 0, null), BAD,
                    "goal 'g' (STREAK) count must be at least 1", "0"),
            rejects("goal: challenge without event type",
                    () -> new GoalDefinition("g", GoalKind.CHALLENGE, CapPeriod.WEEK, null, 3, null, 0, null), MISSING,
                    "goal 'g' (CHALLENGE) eventType"),
            rejects("goal: event type on a streak",
                    () -> new GoalDefinition("g", GoalKind.STREAK, null, null, 3, "review", 0, null), BAD,
                    "goal 'g' (STREAK) eventType", "review"),
            rejects("goal: negative points",
                    () -> new GoalDefinition("g", GoalKind.STREAK, null, null, 3, null, -10, null), BAD,
                    "goal 'g' (STREAK) points", "-10"),
            rejects("goal: blank grant tier",
                    () -> new GoalDefinition("g", GoalKind.STREAK, null, null, 3, null, 0, " "), BAD,
                    "goal 'g' (STREAK) grantTier", "' '"),
        };
    }

    private static Arguments[] programs() {
        return new Arguments[] {
            rejects("program: blank name", () -> LoyaltyProgram.builder(""), BAD, "program.name", "''"),
            rejects("program: bad zone id", () -> LoyaltyProgram.builder("p").zone("Europe/Pariss"), BAD, "zone",
                    "'Europe/Pariss'"),
            rejects("program: null zone", () -> LoyaltyProgram.builder("p").zone((String) null), MISSING, "zone"),
            rejects("program: bad currency", () -> LoyaltyProgram.builder("p").currency("EURO"), BAD, "currency",
                    "'EURO'", "ISO 4217"),
            rejects("program: negative pending period",
                    () -> LoyaltyProgram.builder("p").pendingPeriod(Period.ofDays(-30)), BAD, "pendingPeriod", "P-30D"),
            rejects("program: negative pending period in the constructor",
                    () -> new LoyaltyProgram("p", java.time.ZoneOffset.UTC, java.util.Currency.getInstance("EUR"), null,
                            null, null, Period.ofDays(-1), null, null, null, null, null, null), BAD,
                    "program.pendingPeriod", "P-1D"),
            rejects("program: null earn rule", () -> LoyaltyProgram.builder("p").earn((EarnRule) null), MISSING,
                    "earn rule"),
            rejects("program: two base rates",
                    () -> LoyaltyProgram.builder("p").earn(EarnRule.baseRate("a", "1"), EarnRule.baseRate("b", "2"))
                            .build(), BAD, "one BASE_RATE rule", "2", "[a, b]"),
            rejects("program: multiplier without base rate",
                    () -> LoyaltyProgram.builder("p").earn(EarnRule.campaign("bf", NOV_27, NOV_30, "2")).build(), BAD,
                    "MULTIPLIER", "no BASE_RATE"),
            rejects("program: unknown minimum tier",
                    () -> LoyaltyProgram.builder("p").rewards(new Reward("r", null, null, 5, null, 0, null, "gold"))
                            .build(), BAD, "reward 'r' minimumTier", "'gold'", "[member]"),
            rejects("program: unknown grant tier",
                    () -> LoyaltyProgram.builder("p")
                            .goals(new GoalDefinition("g", GoalKind.STREAK, null, null, 12, null, 0, "gold")).build(), BAD,
                    "goal 'g' grantTier", "'gold'", "[member]"),
            rejects("program: id of a rule and a goal",
                    () -> LoyaltyProgram.builder("p").earn(EarnRule.event("x", "review", 5))
                            .goals(new GoalDefinition("x", GoalKind.STREAK, null, null, 12, null, 0, null)).build(), BAD,
                    "'x'", "an earn rule and a goal"),
            rejects("program: unknown earn rule", () -> LoyaltyProgram.builder("p").earn(EarnRule.baseRate("base", "1"))
                    .build().earnRule("bonus"), BAD, "unknown earn rule 'bonus'", "[base]"),
            rejects("program: unknown reward", () -> LoyaltyProgram.builder("p").build().reward("mug"), BAD,
                    "unknown reward 'mug'", "[]"),
        };
    }
}
