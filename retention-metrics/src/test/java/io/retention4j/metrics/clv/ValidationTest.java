package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.CalibrationHoldout;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Validation tables on cases small enough to compute by hand, and their argument checks. */
class ValidationTest {
    private static final PoissonStub ONE_A_WEEK = new PoissonStub(1, TimeScale.WEEKS);

    private static Instant day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600);
    }

    /** a: buys on Jan 1, 8, 29; b: Jan 1 only; c: Jan 15 and 22 (twice on the 22nd). */
    private static TransactionLog smallLog() {
        return TransactionLog.builder()
                .add("a", day(2024, 1, 1), 10).add("a", day(2024, 1, 8), 20).add("a", day(2024, 1, 29), 30)
                .add("b", day(2024, 1, 1), 5)
                .add("c", day(2024, 1, 15), 7).add("c", day(2024, 1, 22), 8).add("c", day(2024, 1, 22), 1)
                .build();
    }

    @Test
    void periodTransactions_poissonCustomers_matchHandComputedProbabilities() {
        // one purchase a week; ages 1, 2 and 2 weeks: P(0) = e^-1 + 2 e^-2, P(1) = e^-1 + 2 · 2 e^-2,
        // 2+ gets the rest; actual: x = 0, 1, 3
        RfmSummary summary = RfmSummary.fromArrays(new String[] {"a", "b", "c"}, new int[] {0, 1, 3},
                new double[] {0, 0.5, 1.5}, new double[] {1, 2, 2}, null, TimeScale.WEEKS);
        PeriodTransactions check = PeriodTransactions.of(summary, ONE_A_WEEK, 2);
        double p0 = Math.exp(-1) + 2 * Math.exp(-2);
        double p1 = Math.exp(-1) + 4 * Math.exp(-2);
        assertThat(check.bins()).isEqualTo(3);
        assertThat(check.expected(0)).isCloseTo(p0, within(1e-15));
        assertThat(check.expected(1)).isCloseTo(p1, within(1e-15));
        assertThat(check.expected(2)).isCloseTo(3 - p0 - p1, within(1e-14));
        assertThat(new int[] {check.actual(0), check.actual(1), check.actual(2)}).containsExactly(1, 1, 1);
        assertThat(check.label(2)).isEqualTo("2+");
    }

    @Test
    void holdoutTable_smallLog_matchesHandCount() {
        // calibration to Jan 14: a (x=1, two days), b (x=0); c starts in the holdout and is not a calibration
        // customer. Holdout Jan 15 .. Jan 28 = 2 weeks: a has no purchase (Jan 29 is after the end), b none.
        CalibrationHoldout split = CalibrationHoldout.builder().unit(TimeScale.WEEKS)
                .calibrationEnd(LocalDate.of(2024, 1, 14)).observationEnd(LocalDate.of(2024, 1, 28))
                .build(smallLog());
        HoldoutTable table = HoldoutTable.of(split, ONE_A_WEEK, 1);
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.durationHoldout()).isEqualTo(2.0);
        assertThat(table.customers(0)).isEqualTo(1);
        assertThat(table.customers(1)).isEqualTo(1);
        assertThat(table.expectedMean(0)).isEqualTo(2.0);
        assertThat(table.actualTotal()).isZero();
        assertThat(table.meanAbsoluteError()).isEqualTo(2.0);
        assertThat(table.rootMeanSquaredError()).isEqualTo(2.0);
        assertThat(table.correlation()).isNaN(); // nobody bought in the holdout: undefined
        assertThat(table.toString()).contains("correlation -");
        // the same model in days gives the same table: units are converted
        HoldoutTable inDays = HoldoutTable.of(split, new PoissonStub(1.0 / 7, TimeScale.DAYS), 1);
        assertThat(inDays.durationHoldout()).isEqualTo(14.0);
        assertThat(inDays.expectedMean(1)).isCloseTo(2.0, within(1e-12));
        // an empty bin has no mean
        assertThat(HoldoutTable.of(split, ONE_A_WEEK, 3).actualMean(2)).isNaN();
    }

    @Test
    void trackingCurve_smallLog_matchesHandCount() {
        // weekly points from Jan 1: Jan 8, 15, 22, 29, Feb 5 (to = Feb 4 -> the end of Feb 4 is Feb 5 00:00)
        // repeat days: a Jan 8 (counts at Jan 15), a Jan 29 (at Feb 5), c Jan 22 (at Jan 29)
        TrackingCurve curve = TrackingCurve.builder().from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 2, 4))
                .build(smallLog(), ONE_A_WEEK);
        assertThat(curve.size()).isEqualTo(5);
        assertThat(curve.cohortSize()).isEqualTo(3);
        double[] actual = {0, 1, 1, 2, 3};
        // a and b from Jan 1, c from Jan 15: E[X(t)] = t weeks
        double[] expected = {2, 4, 6 + 1, 8 + 2, 10 + 3};
        for (int j = 0; j < 5; j++) {
            assertThat(curve.actualCumulative(j)).as("point %d", j).isEqualTo(actual[j]);
            assertThat(curve.expectedCumulative(j)).as("point %d", j).isCloseTo(expected[j], within(1e-12));
        }
        assertThat(curve.expectedIncremental(2)).isCloseTo(3, within(1e-12));
        assertThat(curve.actualIncremental(4)).isEqualTo(1);
        // customers acquired before the start are left out and counted; a later cohort end drops c
        TrackingCurve late = TrackingCurve.builder().from(LocalDate.of(2024, 1, 2)).to(LocalDate.of(2024, 2, 4))
                .build(smallLog(), ONE_A_WEEK);
        assertThat(late.cohortSize()).isEqualTo(1);
        assertThat(late.firstPurchaseBeforeStart()).isEqualTo(2);
        TrackingCurve early = TrackingCurve.builder().from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 2, 4))
                .cohortEnd(LocalDate.of(2024, 1, 7)).build(smallLog(), ONE_A_WEEK);
        assertThat(early.cohortSize()).isEqualTo(2);
    }

    @Test
    void validation_badArguments_areRejected() {
        RfmSummary empty = RfmSummary.fromArrays(new String[0], new int[0], new double[0], new double[0], null,
                TimeScale.WEEKS);
        assertThatThrownBy(() -> PeriodTransactions.of(empty, ONE_A_WEEK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customers");
        RfmSummary one = RfmSummary.fromArrays(new String[] {"a"}, new int[] {0}, new double[] {0},
                new double[] {1}, null, TimeScale.WEEKS);
        assertThatThrownBy(() -> PeriodTransactions.of(one, ONE_A_WEEK, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("censor");
        CalibrationHoldout nobody = CalibrationHoldout.builder().calibrationEnd(LocalDate.of(2023, 12, 31))
                .observationEnd(LocalDate.of(2024, 2, 4)).build(smallLog());
        assertThatThrownBy(() -> HoldoutTable.of(nobody, ONE_A_WEEK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customers");
        assertThatThrownBy(() -> TrackingCurve.builder().build(smallLog(), ONE_A_WEEK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("from and to");
        assertThatThrownBy(() -> TrackingCurve.builder().from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 1, 3))
                .build(smallLog(), ONE_A_WEEK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shorter than one step");
        assertThatThrownBy(() -> TrackingCurve.builder().step(TimeScale.CALENDAR_MONTHS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calendar months");
        assertThatThrownBy(() -> TrackingCurve.builder().from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2025, 3, 1))
                .build(smallLog(), ONE_A_WEEK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no customer");
    }
}
