package io.retention4j.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Earn rules as values: factories, copies, date ranges, descriptions. */
class EarnRuleTest {
    private static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @Test
    void activeOn_campaignDates_includesBothEndsOnly() {
        EarnRule bf = EarnRule.campaign("bf", NOV_27, NOV_30, "2");
        assertThat(bf.activeOn(NOV_27.minusDays(1))).isFalse();
        assertThat(bf.activeOn(NOV_27)).isTrue();
        assertThat(bf.activeOn(LocalDate.of(2026, 11, 28))).isTrue();
        assertThat(bf.activeOn(NOV_30)).isTrue();
        assertThat(bf.activeOn(NOV_30.plusDays(1))).isFalse();
    }

    @Test
    void activeOn_openEndedRanges_haveNoBoundOnTheOpenSide() {
        EarnRule from = EarnRule.campaign("from", NOV_27, null, "2");
        EarnRule until = EarnRule.campaign("until", null, NOV_30, "2");
        assertThat(from.activeOn(LocalDate.of(2100, 1, 1))).isTrue();
        assertThat(from.activeOn(NOV_27.minusDays(1))).isFalse();
        assertThat(until.activeOn(LocalDate.of(1970, 1, 1))).isTrue();
        assertThat(until.activeOn(NOV_30.plusDays(1))).isFalse();
    }

    @Test
    void activeOn_ruleWithoutDates_isAlwaysActive() {
        assertThat(EarnRule.multiplier("m", Dimension.PRODUCT, "sku-1", "3").activeOn(LocalDate.MIN)).isTrue();
        assertThat(EarnRule.baseRate("b", "1").activeOn(LocalDate.MAX)).isTrue();
    }

    @Test
    void campaign_oneDay_isAccepted() {
        assertThat(EarnRule.campaign("day", NOV_27, NOV_27, "3").activeOn(NOV_27)).isTrue();
    }

    @Test
    void cappedAt_copy_keepsEveryOtherField() {
        EarnRule rule = EarnRule.event("review", "review", 50);
        EarnRule capped = rule.cappedAt(100, CapPeriod.MONTH);
        assertThat(capped.cap()).isEqualTo(new Cap(100, CapPeriod.MONTH));
        assertThat(capped).usingRecursiveComparison().ignoringFields("cap").isEqualTo(rule);
        assertThat(rule.cap()).isNull();
    }

    @Test
    void rounding_copy_keepsTheCap() {
        EarnRule rule = EarnRule.baseRate("b", "0.5").cappedAt(1000, CapPeriod.DAY).rounding(RoundingMode.HALF_UP);
        assertThat(rule.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(rule.cap()).isEqualTo(new Cap(1000, CapPeriod.DAY));
    }

    @Test
    void constructor_nullRounding_meansDownForPurchaseRules() {
        assertThat(EarnRule.multiplier("m", Dimension.CATEGORY, "shoes", "2").rounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(EarnRule.baseRate("b", "1").rounding(null).rounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(EarnRule.event("e", "login", 1).rounding()).isNull();
    }

    @Test
    void toString_eachKind_describesTheRule() {
        assertThat(EarnRule.baseRate("base", "1")).hasToString("base: 1 per unit, rounded DOWN");
        assertThat(EarnRule.multiplier("shoes", Dimension.CATEGORY, "shoes", "2")).hasToString("shoes: x2 on category shoes");
        assertThat(EarnRule.campaign("bf", NOV_27, NOV_30, "2")).hasToString("bf: x2 from 2026-11-27 to 2026-11-30");
        assertThat(EarnRule.campaign("soon", NOV_27, null, "1.5")).hasToString("soon: x1.5 from 2026-11-27 to end");
        assertThat(EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH))
                .hasToString("review: 50 per review, at most 100 per month");
    }
}
