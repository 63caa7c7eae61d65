package io.retention4j.core.summary;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Hand-counted summaries of small logs; the arithmetic is in the comments. */
class RfmSummaryTest {
    /** 2026-01-01T00:00Z; {@code day(n)} is n days later at midnight UTC. */
    private static final Instant D0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Instant day(double n) {
        return D0.plusMillis(Math.round(n * 86_400_000L));
    }

    private static RfmRow only(RfmSummary summary) {
        assertThat(summary.size()).isEqualTo(1);
        return summary.row(0);
    }

    @Test
    void of_samePeriodPurchasesMerged_firstPeriodExcludedFromMonetary() {
        // days 0: 10 + 5 (first period, excluded), 3: 20 + 2 = 22, 10: 8 -> periods {0, 3, 10}
        // x = 3 - 1 = 2, recency = 10 days, T = 20 days (end on day 20), monetary = (22 + 8) / 2 = 15
        TransactionLog log = TransactionLog.builder()
                .add("a", day(0), 10).add("a", day(0.5), 5).add("a", day(3.1), 20).add("a", day(3.9), 2)
                .add("a", day(10.2), 8).build();
        RfmSummary summary = RfmSummary.of(log, day(20.5), TimeScale.DAYS);
        assertThat(only(summary)).isEqualTo(new RfmRow("a", 2, 10.0, 20.0, 15.0));
    }

    @Test
    void of_refundsIgnored_refundOnlyCustomerAbsent() {
        // a: 10 on day 0, refund -10 on day 2 (not a purchase), 4 on day 5 -> x = 1, recency 5, monetary 4
        // b: only a refund -> no purchase -> not in the summary
        TransactionLog log = TransactionLog.builder()
                .add("a", day(0), 10).add("a", day(2), -10).add("a", day(5), 4).add("b", day(1), -3).build();
        RfmSummary summary = RfmSummary.of(log, day(9), TimeScale.DAYS);
        assertThat(only(summary)).isEqualTo(new RfmRow("a", 1, 5.0, 9.0, 4.0));
        assertThat(summary.indexOf("b")).isEqualTo(-1);
    }

    @Test
    void of_purchasesAfterObservationEnd_ignored_endInclusive() {
        // end = day 5 12:00 exactly: the purchase at the end counts, the one 1 ms later does not
        // a: day 0, day 5 12:00 (at end), day 5 12:00:00.001, day 6 -> periods {0, 5}: x = 1, monetary = 7
        Instant end = day(5.5);
        TransactionLog log = TransactionLog.builder()
                .add("a", day(0), 1).add("a", end, 7).add("a", end.plusMillis(1), 100).add("a", day(6), 100)
                .add("late", end.plusMillis(1), 3).build();
        RfmSummary summary = RfmSummary.of(log, end, TimeScale.DAYS);
        assertThat(only(summary)).isEqualTo(new RfmRow("a", 1, 5.0, 5.0, 7.0));
        assertRejects(NoSuchElementException.class, () -> summary.row("late"), "'late'", "not in the summary");
        assertThat(summary.observationEnd()).contains(end);
    }

    @Test
    void of_zeroAmountPurchases_countAsPurchases() {
        // free orders are purchases: days 0, 1, 4 with 0, 0, 6 -> x = 2, recency 4, monetary (0 + 6) / 2 = 3
        TransactionLog log = TransactionLog.builder()
                .add("a", day(0), 0).add("a", day(1), 0).add("a", day(4), 6).build();
        assertThat(only(RfmSummary.of(log, day(4), TimeScale.DAYS))).isEqualTo(new RfmRow("a", 2, 4.0, 4.0, 3.0));
    }

    @Test
    void of_weeksUnit_recencyIsDaysOverSeven() {
        // purchases on days 0 and 10, end day 21: recency 10 / 7 weeks, T = 21 / 7 = 3 weeks
        TransactionLog log = TransactionLog.builder().add("a", day(0), 1).add("a", day(10), 2).build();
        RfmRow row = only(RfmSummary.of(log, day(21), TimeScale.WEEKS));
        assertThat(row.recency()).isCloseTo(10 / 7.0, within(1e-15));
        assertThat(row.T()).isEqualTo(3.0);
    }

    @Test
    void builder_weeklyPeriodsSundayStart_versusMondayStart() {
        // Sat 2026-02-28 and Sun 2026-03-01, end Sun 2026-03-15
        // Sunday weeks start 02-22, 03-01, 03-08, 03-15: two purchase weeks, x = 1, recency 1, T = 3 weeks
        // Monday weeks start 02-23 (both purchases), 03-02, 03-09 (end): x = 0, T = 2 weeks
        TransactionLog log = TransactionLog.builder()
                .add("a", Instant.parse("2026-02-28T12:00:00Z"), 5)
                .add("a", Instant.parse("2026-03-01T12:00:00Z"), 7).build();
        RfmSummary.Builder b = RfmSummary.builder().unit(TimeScale.WEEKS).observationEnd(LocalDate.of(2026, 3, 15));
        RfmSummary sunday = b.period(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.SUNDAY)).build(log);
        RfmSummary monday = b.period(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.MONDAY)).build(log);
        assertThat(only(sunday)).isEqualTo(new RfmRow("a", 1, 1.0, 3.0, 7.0));
        assertThat(only(monday)).isEqualTo(new RfmRow("a", 0, 0.0, 2.0, 0.0));
    }

    @Test
    void builder_calendarMonthPeriodsInCalendarMonths() {
        // Jan 31 (4), Feb 1 (5) + Feb 15 (6) = 11, Apr 30 (7); end 2026-06-10
        // months {Jan, Feb, Apr}: x = 2, recency Jan -> Apr = 3, T Jan -> Jun = 5, monetary (11 + 7) / 2 = 9
        TransactionLog log = TransactionLog.builder()
                .add("a", Instant.parse("2026-01-31T23:00:00Z"), 4).add("a", Instant.parse("2026-02-01T01:00:00Z"), 5)
                .add("a", Instant.parse("2026-02-15T00:00:00Z"), 6).add("a", Instant.parse("2026-04-30T00:00:00Z"), 7)
                .build();
        RfmSummary summary = RfmSummary.builder().period(CalendarPeriod.months(ZoneOffset.UTC))
                .unit(TimeScale.CALENDAR_MONTHS).observationEnd(Instant.parse("2026-06-10T00:00:00Z")).build(log);
        assertThat(only(summary)).isEqualTo(new RfmRow("a", 2, 3.0, 5.0, 9.0));
    }

    @Test
    void builder_zoneWithOtherDayBoundary_mergesByLocalDate() {
        // 17:00Z = 22:30 IST on Jan 1, 19:00Z = 00:30 IST on Jan 2: one UTC day, two Kolkata days
        TransactionLog log = TransactionLog.builder()
                .add("a", Instant.parse("2026-01-01T17:00:00Z"), 3)
                .add("a", Instant.parse("2026-01-01T19:00:00Z"), 4).build();
        Instant end = Instant.parse("2026-01-05T00:00:00Z"); // Jan 5 05:30 IST
        RfmSummary utc = RfmSummary.of(log, end, TimeScale.DAYS);
        RfmSummary kolkata = RfmSummary.builder().period(CalendarPeriod.days(ZoneId.of("Asia/Kolkata")))
                .observationEnd(end).build(log);
        // UTC: one period (Jan 1), T = Jan 1 -> Jan 5 = 4; Kolkata: Jan 1 and Jan 2, T = Jan 1 -> Jan 5 = 4
        assertThat(only(utc)).isEqualTo(new RfmRow("a", 0, 0.0, 4.0, 0.0));
        assertThat(only(kolkata)).isEqualTo(new RfmRow("a", 1, 1.0, 4.0, 4.0));
    }

    @Test
    void builder_observationEndAsLocalDate_isLastMillisecondOfThatDayInThePeriodZone() {
        // Kolkata 2026-01-01 ends at 18:29:59.999Z; a purchase at 18:30Z is on Jan 2 and excluded
        TransactionLog log = TransactionLog.builder()
                .add("a", Instant.parse("2026-01-01T00:00:00Z"), 1)
                .add("a", Instant.parse("2026-01-01T18:29:59.999Z"), 2)
                .add("a", Instant.parse("2026-01-01T18:30:00Z"), 3).build();
        RfmSummary summary = RfmSummary.builder().period(CalendarPeriod.days(ZoneId.of("Asia/Kolkata")))
                .observationEnd(LocalDate.of(2026, 1, 1)).build(log);
        assertThat(summary.observationEnd()).contains(Instant.parse("2026-01-01T18:29:59.999Z"));
        assertThat(only(summary)).isEqualTo(new RfmRow("a", 0, 0.0, 0.0, 0.0));
    }

    @Test
    void builder_stJohnsClocksBackAcrossMidnight_periodsOutOfTimeOrderAndRecencyWithinT() {
        // St John's 2008-11-02 00:01 -02:30 (02:31Z) became 2008-11-01 23:01 -03:30.
        // 2008-10-30 12:00 local (1), 02:30:30Z = Nov 2 00:00:30 local (10), 03:00Z = Nov 1 23:30 local (4):
        // purchase days {Oct 30, Nov 1, Nov 2} although Nov 1 comes after Nov 2 in time.
        ZoneId stJohns = ZoneId.of("America/St_Johns");
        TransactionLog log = TransactionLog.builder()
                .add("a", Instant.parse("2008-10-30T14:30:00Z"), 1)
                .add("a", Instant.parse("2008-11-02T02:30:30Z"), 10)
                .add("a", Instant.parse("2008-11-02T03:00:00Z"), 4).build();
        RfmSummary.Builder b = RfmSummary.builder().period(CalendarPeriod.days(stJohns));
        // end Nov 10: x = 2, recency Oct 30 -> Nov 2 = 3, T Oct 30 -> Nov 10 = 11, monetary (4 + 10) / 2 = 7
        assertThat(only(b.observationEnd(LocalDate.of(2008, 11, 10)).build(log)))
                .isEqualTo(new RfmRow("a", 2, 3.0, 11.0, 7.0));
        // end 03:15Z = Nov 1 23:45 local, after all three purchases: the end's own day (Nov 1) is before
        // the last purchase day (Nov 2), so T runs to Nov 2: T = recency = 3
        assertThat(only(b.observationEnd(Instant.parse("2008-11-02T03:15:00Z")).build(log)))
                .isEqualTo(new RfmRow("a", 2, 3.0, 3.0, 7.0));
    }

    @Test
    void builder_missingObservationEndOrNulls_rejected() {
        TransactionLog log = TransactionLog.builder().add("a", day(0), 1).build();
        assertRejects(IllegalStateException.class, () -> RfmSummary.builder().build(log), "observationEnd");
        assertRejects(NullPointerException.class, () -> RfmSummary.builder().observationEnd(day(1)).build(null), "log");
        assertRejects(NullPointerException.class, () -> RfmSummary.builder().unit(null), "unit");
        assertRejects(NullPointerException.class, () -> RfmSummary.builder().period(null), "period");
        assertRejects(NullPointerException.class, () -> RfmSummary.builder().observationEnd((Instant) null),
                "observationEnd");
    }

    @Test
    void of_logFromArraysWithCustomersWithoutRows_onlyBuyersInSummary() {
        // dictionary {idle, a, refunder}: a buys on days 0 and 2; refunder only refunds; idle has no rows
        TransactionLog log = TransactionLog.fromArrays(new String[] {"idle", "a", "refunder"}, new int[] {1, 2, 1},
                new long[] {day(2).toEpochMilli(), day(1).toEpochMilli(), day(0).toEpochMilli()},
                new double[] {5, -1, 3});
        RfmSummary summary = RfmSummary.of(log, day(4), TimeScale.DAYS);
        assertThat(only(summary)).isEqualTo(new RfmRow("a", 1, 2.0, 4.0, 5.0));
        assertThat(summary.indexOf("idle")).isEqualTo(-1);
        assertThat(summary.indexOf("refunder")).isEqualTo(-1);
        assertThat(summary.indexOf("a")).isZero();
    }

    @Test
    void of_emptyLog_emptySummary() {
        RfmSummary summary = RfmSummary.of(TransactionLog.builder().build(), day(0), TimeScale.DAYS);
        assertThat(summary.size()).isZero();
        assertThat(summary.repeatCustomerCount()).isZero();
        assertThat(summary.frequencies()).isEmpty();
    }

    @Test
    void columns_areCopiesInRowOrder() {
        // "2" before "10" (canonical order); 2: days 0, 1 (3 + 4); 10: day 2 only; end day 3
        TransactionLog log = TransactionLog.builder()
                .add("10", day(2), 9).add("2", day(0), 3).add("2", day(1), 4).build();
        RfmSummary summary = RfmSummary.of(log, day(3), TimeScale.DAYS);
        assertThat(summary.customerId(0)).isEqualTo("2");
        assertThat(summary.frequencies()).containsExactly(1, 0);
        assertThat(summary.recencies()).containsExactly(1.0, 0.0);
        assertThat(summary.ages()).containsExactly(3.0, 1.0);
        assertThat(summary.monetaryValues()).containsExactly(4.0, 0.0);
        summary.frequencies()[0] = 99;
        assertThat(summary.frequency(0)).isEqualTo(1);
        assertThat(summary.repeatCustomerCount()).isEqualTo(1);
        assertThat(summary.period()).contains(CalendarPeriod.days(ZoneOffset.UTC));
    }

    @Test
    void toString_headerAndRows() {
        TransactionLog log = TransactionLog.builder()
                .add("2", day(0), 3).add("2", day(1), 4.5).add("10", day(2), 9).build();
        String text = RfmSummary.of(log, day(3), TimeScale.DAYS).toString();
        assertThat(text.split("\n")).containsExactly(
                "RfmSummary[2 customers, 1 repeat, unit days, period calendar days (UTC), "
                        + "observation end 2026-01-04T00:00:00Z]",
                "    customer frequency   recency         T  monetary",
                "           2         1      1.00      3.00      4.50",
                "          10         0      0.00      1.00      0.00");
    }

    @Test
    void toString_moreThanTenRows_elided() {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int i = 0; i < 12; i++) {
            b.add("customer-with-a-long-id-" + i, day(0), 1);
        }
        String text = RfmSummary.of(b.build(), day(0), TimeScale.DAYS).toString();
        assertThat(text).endsWith("... 2 more\n").contains("customer-wi~");
        assertThat(text.split("\n")).hasSize(1 + 1 + 10 + 1);
    }

    @Test
    void row_unknownId_throwsNamingTheId() {
        RfmSummary summary = RfmSummary.of(TransactionLog.builder().add("a", day(0), 1).build(), day(0), TimeScale.DAYS);
        assertRejects(NoSuchElementException.class, () -> summary.row("ghost"), "'ghost'");
        assertThat(summary.indexOf("ghost")).isEqualTo(-1);
        assertRejects(NullPointerException.class, () -> summary.indexOf(null), "customerId");
    }

    @Test
    void fromArrays_validColumns_readBack() {
        RfmSummary summary = RfmSummary.fromArrays(new String[] {"x", "y"}, new int[] {2, 0},
                new double[] {30.43, 0}, new double[] {38.86, 38.86}, new double[] {22.35, 0}, TimeScale.WEEKS);
        assertThat(summary.row("x")).isEqualTo(new RfmRow("x", 2, 30.43, 38.86, 22.35));
        assertThat(summary.row(1)).isEqualTo(new RfmRow("y", 0, 0, 38.86, 0));
        assertThat(summary.period()).isEmpty();
        assertThat(summary.observationEnd()).isEmpty();
        assertThat(summary.toString()).startsWith("RfmSummary[2 customers, 1 repeat, unit weeks]\n");
        RfmSummary noMonetary = RfmSummary.fromArrays(new String[] {"x"}, new int[] {1}, new double[] {1},
                new double[] {2}, null, TimeScale.DAYS);
        assertThat(noMonetary.monetaryValue(0)).isZero();
    }

    @Test
    void fromArrays_invalidValues_rejectedNamingCustomerAndValue() {
        String[] ids = {"ok", "bad"};
        TimeScale w = TimeScale.WEEKS;
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1, 1},
                new double[] {1, 5}, new double[] {2, 4}, null, w), "recency", "5.0", "T 4.0", "'bad'", "index 1");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1, -1},
                new double[] {1, 0}, new double[] {2, 4}, null, w), "frequency", "-1", "'bad'");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1, 0},
                new double[] {1, 0.5}, new double[] {2, 4}, null, w), "frequency 0", "recency 0.5", "'bad'");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1, 0},
                new double[] {1, 0}, new double[] {2, 4}, new double[] {3, 2}, w), "frequency 0", "monetary 2.0", "'bad'");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1, 1},
                new double[] {1, Double.NaN}, new double[] {2, 4}, null, w), "finite", "NaN", "'bad'");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1, 1},
                new double[] {1, 1}, new double[] {2, Double.POSITIVE_INFINITY}, null, w), "Infinity", "'bad'");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1, 1},
                new double[] {-0.5, 1}, new double[] {2, 4}, null, w), "recency", "-0.5", "'ok'", "index 0");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(ids, new int[] {1},
                new double[] {1, 1}, new double[] {2, 4}, null, w), "lengths differ", "frequency 1");
        assertRejects(IllegalArgumentException.class, () -> RfmSummary.fromArrays(new String[] {"a", "a"},
                new int[2], new double[2], new double[2], null, w), "'a'", "twice");
        assertRejects(NullPointerException.class, () -> RfmSummary.fromArrays(ids, new int[2], new double[2],
                new double[2], null, null), "unit");
    }
}
