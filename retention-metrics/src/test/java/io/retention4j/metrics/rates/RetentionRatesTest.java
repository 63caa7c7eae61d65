package io.retention4j.metrics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monthly rates of five hand-made customers; every expected number is counted by hand in the
 * comments. Orders per month (revenue): A Jan 2 (150), Feb 1 (80), Apr 1 (40); B Jan 1 (200), Feb a
 * refund of 50 and no order, Mar 1 (300); C Feb 2 (120), Mar 1 (30); D Mar 1 (10); E first ordered in
 * Dec 2025 (outside the window), Jan 1 (20).
 */
class RetentionRatesTest {
    private static final TransactionLog LOG = TransactionLog.builder()
            .add("A", at("2026-01-10"), 100).add("A", at("2026-01-20"), 50).add("A", at("2026-02-05"), 80)
            .add("A", at("2026-04-03"), 40)
            .add("B", at("2026-01-15"), 200).add("B", at("2026-02-10"), -50).add("B", at("2026-03-01"), 300)
            .add("C", at("2026-02-02"), 60).add("C", at("2026-02-20"), 60).add("C", at("2026-03-05"), 30)
            .add("D", at("2026-03-09"), 10)
            .add("E", at("2025-12-01"), 70).add("E", at("2026-01-05"), 20)
            .build();

    private static Instant at(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    private static RatesReport report(String end) {
        return RetentionRates.of(LOG).period(CalendarPeriod.months(ZoneOffset.UTC))
                .window(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse(end))
                .segments(id -> id.equals("A") || id.equals("B") ? "gold" : "silver")
                .compute();
    }

    @Test
    void compute_customerChurnPerMonth() {
        List<PeriodRates> months = report("2026-04-30T23:59:59.999Z").all().periods();
        assertThat(months).extracting(PeriodRates::active).containsExactly(3L, 2L, 3L, 1L);
        // Jan -> Feb: base A, B, E; only A ordered in Feb (B only refunded)
        assertThat(months.get(1).churn()).isEqualTo(new ChurnRate(3, 1));
        assertThat(months.get(1).churn().churnRate()).isCloseTo(2.0 / 3, within(1e-12));
        // Feb -> Mar: base A, C; C stays
        assertThat(months.get(2).churn()).isEqualTo(new ChurnRate(2, 1));
        // Mar -> Apr: base B, C, D; none stays
        assertThat(months.get(3).churn().churnRate()).isEqualTo(1.0);
        assertThat(months.get(0).churn().base()).isZero();
    }

    @Test
    void compute_revenueRetention() {
        List<PeriodRates> months = report("2026-04-30T23:59:59.999Z").all().periods();
        // Jan -> Feb: start 150 + 200 + 20 = 370; retained A min(80, 150) = 80, B's -50 counts 0; end 80 - 50 = 30
        RevenueRetention feb = months.get(1).revenue();
        assertThat(feb.startRevenue()).isEqualTo(370.0);
        assertThat(feb.grossRevenueRetention()).isCloseTo(80.0 / 370, within(1e-12));
        assertThat(feb.netRevenueRetention()).isCloseTo(30.0 / 370, within(1e-12));
        // Feb -> Mar: base A (80), C (120); retained C min(30, 120) = 30
        RevenueRetention mar = months.get(2).revenue();
        assertThat(mar.startRevenue()).isEqualTo(200.0);
        assertThat(mar.grossRevenueRetention()).isCloseTo(0.15, within(1e-12));
        assertThat(mar.revenueChurnRate()).isCloseTo(0.85, within(1e-12));
    }

    @Test
    void compute_ordersAndRepeatRatesPerMonthAndWindow() {
        RatesReport.Segment all = report("2026-04-30T23:59:59.999Z").all();
        // Jan: 4 orders (A 2, B 1, E 1), revenue 370, 1 repeat buyer of 3
        PeriodRates jan = all.periods().get(0);
        assertThat(jan.orders()).isEqualTo(new OrderStatistics(3, 4, 370));
        assertThat(jan.repeat()).isEqualTo(new RepeatPurchaseRate(3, 1));
        // Feb: buyers A (80) and C (120); B's refund is not a buyer's revenue
        assertThat(all.periods().get(1).orders().averageOrderValue()).isCloseTo(200.0 / 3, within(1e-12));
        // window: 11 orders, revenue 900 (refund subtracted), buyers A..E, repeat buyers A, B, C
        assertThat(all.windowOrders()).isEqualTo(new OrderStatistics(5, 11, 900));
        assertThat(all.windowOrders().purchaseFrequency()).isCloseTo(2.2, within(1e-12));
        assertThat(all.windowOrders().historicalClv()).isCloseTo(180, within(1e-12));
        assertThat(all.windowRepeat().rate()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void compute_cohortChurnCurve() {
        // acquired in the window: Jan A, B; Feb C; Mar D (E first ordered in Dec, outside)
        // active k months after acquisition: k=0 A B C D; k=1 A (Feb), C (Mar); k=2 B (Mar); k=3 A (Apr)
        // bases: k=0 4, k=1 cohorts Jan..Mar = 4, k=2 cohorts Jan..Feb = 3, k=3 cohort Jan = 2
        assertThat(report("2026-04-30T23:59:59.999Z").all().cohortChurn()).containsExactly(
                new ChurnRate(4, 4), new ChurnRate(4, 2), new ChurnRate(3, 1), new ChurnRate(2, 1));
    }

    @Test
    void compute_windowEndsMidApril_aprilIncompleteAndLeftOutOfTheCohortCurve() {
        RatesReport r = report("2026-04-15T00:00:00Z");
        assertThat(r.all().periods()).extracting(PeriodRates::complete).containsExactly(true, true, true, false);
        // last complete month is March: k=0 base 4, k=1 cohorts Jan..Feb = 3 (A in Feb, C in Mar), k=2 Jan = 2 (B)
        assertThat(r.all().cohortChurn()).containsExactly(
                new ChurnRate(4, 4), new ChurnRate(3, 2), new ChurnRate(2, 1));
    }

    @Test
    void compute_segments() {
        RatesReport r = report("2026-04-30T23:59:59.999Z");
        assertThat(r.segments().keySet()).containsExactly("all", "gold", "silver");
        // gold Jan -> Feb: base A, B; A stays
        assertThat(r.segment("gold").periods().get(1).churn()).isEqualTo(new ChurnRate(2, 1));
        // silver Jan -> Feb: base E; E leaves
        assertThat(r.segment("silver").periods().get(1).churn()).isEqualTo(new ChurnRate(1, 0));
        assertThat(r.toString()).contains("segment gold").contains("66.67%");
    }

    @Test
    void accumulators_mergeEqualsOnePass() {
        ChurnAccumulator a = new ChurnAccumulator().add(true, true).add(true, false);
        ChurnAccumulator b = new ChurnAccumulator().add(false, true).add(true, true);
        assertThat(a.merge(b).result()).isEqualTo(new ChurnRate(3, 2));
        RevenueRetentionAccumulator r = new RevenueRetentionAccumulator().add(100, 150).add(0, 40);
        r.merge(new RevenueRetentionAccumulator().add(50, 10));
        assertThat(r.result()).isEqualTo(new RevenueRetention(150, 110, 160));
    }

    @Test
    void emptyDenominators_documentedValues() {
        assertThat(new ChurnRate(0, 0).churnRate()).isZero();
        assertThat(new ChurnRate(0, 0).retentionRate()).isEqualTo(1.0);
        assertThat(new RevenueRetention(0, 0, 0).grossRevenueRetention()).isEqualTo(1.0);
        assertThat(new RepeatPurchaseRate(0, 0).rate()).isZero();
        assertThat(new OrderStatistics(0, 0, 0).averageOrderValue()).isZero();
    }

    @Test
    void badInput_clearExceptions() {
        assertThatThrownBy(() -> RetentionRates.of(LOG).compute()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("period is not set");
        assertThatThrownBy(() -> RetentionRates.of(LOG).window(at("2026-02-01"), at("2026-01-01")))
                .hasMessageContaining("is before its start");
        assertThatThrownBy(() -> RetentionRates.of(LOG).period(CalendarPeriod.months(ZoneOffset.UTC))
                .segments(id -> null).compute()).hasMessageContaining("segments returned null for customer");
        assertThatThrownBy(() -> new ChurnRate(1, 2)).hasMessageContaining("retained <= base");
        assertThatThrownBy(() -> new RepeatPurchaseAccumulator().add(-1)).hasMessageContaining("orders must be >= 0");
    }
}
