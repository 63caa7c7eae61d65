package io.retention4j.core.summary;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Hand-counted calibration/holdout splits with lifetimes' semantics. */
class CalibrationHoldoutTest {
    private static final LocalDate D0 = LocalDate.of(2026, 1, 1);

    /** Noon UTC of day n after 2026-01-01. */
    private static Instant day(int n) {
        return D0.plusDays(n).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * a: cal day 0 (10), day 2 (5 + 1); holdout day 5 (7 + 3), day 8 refund (-4), day 9 (6); day 20 after the end.
     * b: cal day 1 (4) only. c: first purchase in the holdout (day 6). d: refund in cal (day 3), purchase day 7.
     */
    private static TransactionLog log() {
        return TransactionLog.builder()
                .add("a", day(0), 10).add("a", day(2), 5).add("a", day(2), 1)
                .add("a", day(5), 7).add("a", day(5), 3).add("a", day(8), -4).add("a", day(9), 6)
                .add("a", day(20), 100)
                .add("b", day(1), 4)
                .add("c", day(6), 9)
                .add("d", day(3), -5).add("d", day(7), 8)
                .build();
    }

    private static CalibrationHoldout.Builder calDay3ObsDay10() {
        return CalibrationHoldout.builder().calibrationEnd(D0.plusDays(3)).observationEnd(D0.plusDays(10));
    }

    @Test
    void build_smallLog_handCountedCalibrationAndHoldout() {
        CalibrationHoldout split = calDay3ObsDay10().build(log());
        // calibration (through day 3): a periods {0, 2}: x 1, recency 2, T 3, monetary 5 + 1 = 6; b: x 0, T 3 - 1 = 2
        // c and d have no purchase by day 3 (d's refund is not a purchase): not in the split
        assertThat(split.size()).isEqualTo(2);
        assertThat(split.calibration().row("a")).isEqualTo(new RfmRow("a", 1, 2, 3, 6));
        assertThat(split.calibration().row("b")).isEqualTo(new RfmRow("b", 0, 0, 2, 0));
        // holdout (day 3, day 10]: a has days 5 (7 + 3 = 10) and 9 (6); the refund on day 8 and the
        // purchase on day 20 count nowhere -> frequency 2, monetary (10 + 6) / 2 = 8; duration day 3 -> 10 = 7
        assertThat(split.row("a")).isEqualTo(new HoldoutRow(new RfmRow("a", 1, 2, 3, 6), 2, 8.0, 7.0));
        assertThat(split.row("b")).isEqualTo(new HoldoutRow(new RfmRow("b", 0, 0, 2, 0), 0, 0.0, 7.0));
        assertThat(split.durationHoldout()).isEqualTo(7.0);
        assertThat(split.frequenciesHoldout()).containsExactly(2, 0);
        assertThat(split.monetaryValuesHoldout()).containsExactly(8.0, 0.0);
        assertThat(split.frequencyHoldout(0)).isEqualTo(2);
        assertThat(split.monetaryHoldout(1)).isZero();
        assertThat(split.calibrationEnd()).isEqualTo(Instant.parse("2026-01-04T23:59:59.999Z"));
        assertThat(split.observationEnd()).isEqualTo(Instant.parse("2026-01-11T23:59:59.999Z"));
    }

    @Test
    void row_customerFirstBuyingInHoldout_excludedAndNamed() {
        CalibrationHoldout split = calDay3ObsDay10().build(log());
        assertRejects(NoSuchElementException.class, () -> split.row("c"), "'c'", "calibration end");
        assertRejects(NoSuchElementException.class, () -> split.row("d"), "'d'");
    }

    @Test
    void build_weeklyPeriodsAndUnit_durationInWeeks() {
        // weeks from Sunday: 2025-12-28, 01-04, 01-11, ...; calibration end day 3 = Sun 01-04, observation
        // end day 17 = Sun 01-18: holdout duration = weeks 01-04 -> 01-18 = 2
        // a: cal week 12-28 (days 0, 2), x 0; holdout days 5 (Tue 01-06: 7 + 3) and 9 (Sat 01-10: 6) are both
        // in week 01-04: 1 period, monetary 16; day 20 (01-21) is after the end
        CalibrationHoldout split = CalibrationHoldout.builder()
                .period(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.SUNDAY)).unit(TimeScale.WEEKS)
                .calibrationEnd(D0.plusDays(3)).observationEnd(D0.plusDays(17)).build(log());
        assertThat(split.durationHoldout()).isEqualTo(2.0);
        assertThat(split.row("a").frequencyHoldout()).isEqualTo(1);
        assertThat(split.row("a").monetaryHoldout()).isEqualTo(16.0);
        assertThat(split.row("a").calibration().frequency()).isZero();
    }

    @Test
    void build_calibrationEndNotBeforeObservationEnd_rejected() {
        assertRejects(IllegalArgumentException.class, () -> CalibrationHoldout.builder()
                .calibrationEnd(day(5)).observationEnd(day(5)).build(log()), "calibrationEnd", "before observationEnd",
                day(5).toString());
        assertRejects(IllegalArgumentException.class, () -> CalibrationHoldout.builder()
                .calibrationEnd(D0.plusDays(9)).observationEnd(D0.plusDays(3)).build(log()),
                "2026-01-10T23:59:59.999Z", "2026-01-04T23:59:59.999Z");
    }

    @Test
    void build_missingEndsOrNulls_rejected() {
        assertRejects(IllegalStateException.class, () -> CalibrationHoldout.builder().calibrationEnd(day(1))
                .build(log()), "observationEnd");
        assertRejects(IllegalStateException.class, () -> CalibrationHoldout.builder().observationEnd(day(1))
                .build(log()), "calibrationEnd");
        assertRejects(NullPointerException.class, () -> calDay3ObsDay10().build(null), "log");
        assertRejects(NullPointerException.class, () -> CalibrationHoldout.builder().calibrationEnd((Instant) null),
                "calibrationEnd");
        assertRejects(NullPointerException.class, () -> CalibrationHoldout.builder().unit(null), "unit");
    }

    @Test
    void toString_summarisesSplit() {
        assertThat(calDay3ObsDay10().build(log())).hasToString("CalibrationHoldout[2 customers, calibration end "
                + "2026-01-04T23:59:59.999Z, observation end 2026-01-11T23:59:59.999Z, holdout 7.00 days, "
                + "1 customers with 2 holdout purchase periods]");
    }
}
