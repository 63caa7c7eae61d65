package io.retention4j.metrics.cohort;

import static io.retention4j.metrics.cohort.TestLogs.assertCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.time.CalendarPeriod;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cohort tables against hand counts written out here, and rejection of bad input. */
class CohortsTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /** The issue's averaging example as a log: 1000 start on Mar 1 (500 back Mar 2), 500 on Mar 2 (400 back Mar 3). */
    private static TransactionLog issueAveragingLog() {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int i = 0; i < 1000; i++) {
            b.add("a" + i, at("2021-03-01T10:00:00Z"), 1);
            if (i < 500) {
                b.add("a" + i, at("2021-03-02T10:00:00Z"), 1);
            }
        }
        for (int i = 0; i < 500; i++) {
            b.add("b" + i, at("2021-03-02T11:00:00Z"), 1);
            if (i < 400) {
                b.add("b" + i, at("2021-03-03T11:00:00Z"), 1);
            }
        }
        return b.build();
    }

    @Test
    void average_issueExample_givesPooledMeanAndMixpanelValues() {
        long[] sizes = {1000, 500};
        long[] returned = {500, 400};
        // pooled 900 / 1500; mean (0.5 + 0.8) / 2; Mixpanel weights 1 and 0.5: (500 + 200) / (1000 + 250)
        assertThat(Averaging.POOLED.average(sizes, returned)).isCloseTo(0.60, within(1e-12));
        assertThat(Averaging.MEAN_OF_RATES.average(sizes, returned)).isCloseTo(0.65, within(1e-12));
        assertThat(Averaging.MIXPANEL.average(sizes, returned)).isCloseTo(0.56, within(1e-12));
    }

    @Test
    void average_noMembers_isNaN() {
        assertThat(Averaging.POOLED.average(new long[0], new long[0])).isNaN();
        assertThat(Averaging.MEAN_OF_RATES.average(new long[] {0}, new long[] {0})).isNaN();
        assertThat(Averaging.MIXPANEL.average(new long[] {0, 0}, new long[] {0, 0})).isNaN();
    }

    @Test
    void average_badPairs_areRejectedNamingTheCohort() {
        assertThatThrownBy(() -> Averaging.POOLED.average(new long[] {5, 3}, new long[] {1, 4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cohort 1");
        assertThatThrownBy(() -> Averaging.POOLED.average(new long[] {5}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 sizes, 2 returned");
    }

    @Test
    void curve_issueExampleLog_averagesDayOneAsThreeWays() {
        CohortTable t = Cohorts.of(issueAveragingLog()).from(MARCH_1).through(LocalDate.of(2021, 3, 3)).retention();
        assertCounts(t, new int[][] {{1000, 500, 0}, {500, 400}, {0}});
        assertThat(t.average(1, Averaging.POOLED)).isCloseTo(0.60, within(1e-12));
        assertThat(t.average(1, Averaging.MEAN_OF_RATES)).isCloseTo(0.65, within(1e-12));
        assertThat(t.average(1, Averaging.MIXPANEL)).isCloseTo(0.56, within(1e-12));
        RetentionCurve curve = t.curve(Averaging.POOLED);
        assertThat(curve.cohorts(1)).isEqualTo(2);
        assertThat(curve.members(1)).isEqualTo(1500);
        assertThat(curve.value(2)).isEqualTo(0.0); // only the first cohort's day 2 is observed: 0 of 1000
        assertThat(curve.toString()).contains("1=60.0% (2)");
    }

    @Test
    void retention_incompletePeriods_areFlaggedAndLeftOutOfAverages() {
        // Monthly cohorts observed until 2021-03-15: March is running. January: a (back in Feb and
        // Mar), b (back in Mar); February: c (back in Mar), d.
        TransactionLog log = TestLogs.purchases(
                "a", at("2021-01-05T00:00:00Z"), "a", at("2021-02-05T00:00:00Z"), "a", at("2021-03-05T00:00:00Z"),
                "b", at("2021-01-20T00:00:00Z"), "b", at("2021-03-10T00:00:00Z"),
                "c", at("2021-02-01T00:00:00Z"), "c", at("2021-03-01T00:00:00Z"),
                "d", at("2021-02-28T23:00:00Z"));
        CohortTable t = Cohorts.of(log).period(ChronoUnit.MONTHS).until(at("2021-03-15T00:00:00Z")).retention();
        assertCounts(t, new int[][] {{2, 1, 2}, {2, 1}, {0}});
        assertThat(t.completeColumns(0)).isEqualTo(2); // January and February have ended, March has not
        assertThat(t.completeColumns(1)).isEqualTo(1);
        assertThat(t.completeColumns(2)).isZero();
        assertThat(t.isComplete(0, 2)).isFalse();
        // month 1: only January's complete cell (1 of 2) counts, not February's running March (1 of 2)
        assertThat(t.average(1, Averaging.POOLED)).isEqualTo(0.5);
        assertThat(t.curve(Averaging.POOLED).cohorts(1)).isEqualTo(1);
        assertThat(t.average(2, Averaging.POOLED)).isNaN(); // no complete cell
        assertThat(t.toString()).contains("2021-01").contains("100.0%*");
    }

    @Test
    void retention_berlinZone_movesAnEventAt2330UtcToTheNextDay() {
        // 23:30 UTC on June 10 is 01:30 on June 11 in Berlin (UTC+2 in summer)
        TransactionLog log = TestLogs.purchases("x", at("2020-06-10T12:00:00Z"), "x", at("2020-06-10T23:30:00Z"));
        CohortTable utc = Cohorts.of(log).until(at("2020-06-13T00:00:00Z")).retention();
        CohortTable berlin = Cohorts.of(log).zone("Europe/Berlin").until(at("2020-06-13T00:00:00Z")).retention();
        assertThat(utc.count(0, 1)).isZero();
        assertThat(berlin.count(0, 1)).isEqualTo(1);
        assertThat(berlin.cohortStart(0)).isEqualTo(LocalDate.of(2020, 6, 10).atStartOfDay());
        assertThat(berlin.settings().from()).isEqualTo(at("2020-06-09T22:00:00Z"));
    }

    @Test
    void retention_weekStart_decidesWhetherSundayToMondayIsAReturn() {
        // first purchase on Sunday 2020-06-07, next on Monday 2020-06-08
        TransactionLog log = TestLogs.purchases("x", at("2020-06-07T10:00:00Z"), "x", at("2020-06-08T10:00:00Z"));
        CohortTable sunday = Cohorts.of(log).period(ChronoUnit.WEEKS).weekStart(DayOfWeek.SUNDAY)
                .through(LocalDate.of(2020, 6, 20)).retention();
        CohortTable monday = Cohorts.of(log).period(ChronoUnit.WEEKS).weekStart(DayOfWeek.MONDAY)
                .through(LocalDate.of(2020, 6, 21)).retention();
        assertCounts(sunday, new int[][] {{1, 0}, {0}});   // both days in the week of Sunday June 7
        assertCounts(monday, new int[][] {{1, 1, 0}, {0, 0}, {0}}); // Sunday ends the week of June 1
        assertThat(sunday.cohortLabel(0)).isEqualTo("2020-06-07");
        assertThat(monday.cohortLabel(0)).isEqualTo("2020-06-01");
    }

    @Test
    void retention_rollingDays_measureFromTheStartInstantNotMidnight() {
        // both start at 20:00; a returns 23 h later (rolling window 0, calendar day 1), b 25 h later
        TransactionLog log = TestLogs.purchases(
                "a", at("2020-06-10T20:00:00Z"), "a", at("2020-06-11T19:00:00Z"),
                "b", at("2020-06-10T20:00:00Z"), "b", at("2020-06-11T21:00:00Z"));
        CohortTable calendar = Cohorts.of(log).until(at("2020-06-13T00:00:00Z")).retention();
        CohortTable rolling = Cohorts.of(log).rolling(ChronoUnit.DAYS).until(at("2020-06-13T00:00:00Z")).retention();
        assertThat(calendar.count(0, 1)).isEqualTo(2);
        assertThat(rolling.count(0, 1)).isEqualTo(1);
        assertThat(rolling.settings().window()).isEqualTo(Duration.ofHours(24));
        // window 1 of a June-10 member ends by June 12 00:00 at the latest: complete; window 2 not
        assertThat(rolling.completeColumns(0)).isEqualTo(2);
    }

    @Test
    void retention_brackets_countOnceAndOnOrAfter() {
        // day offsets of returns: a {2, 5}, b {3}, c {8}, d {12}, e {} ; brackets 1-3, 4-6, 7-11
        TransactionLog log = TestLogs.purchases(
                "a", day(0), "a", day(2), "a", day(5), "b", day(0), "b", day(3),
                "c", day(0), "c", day(8), "d", day(0), "d", day(12), "e", day(0));
        List<Bracket> brackets = List.of(Bracket.of(1, 3), Bracket.of(4, 6), Bracket.of(7, 11));
        CohortTable on = Cohorts.of(log).brackets(brackets).from(MARCH_1).through(LocalDate.of(2021, 3, 20))
                .retention();
        assertThat(on.columnLabel(1)).isEqualTo("1-3");
        assertThat(new int[] {on.count(0, 0), on.count(0, 1), on.count(0, 2), on.count(0, 3)})
                .containsExactly(5, 2, 1, 1);
        CohortTable after = Cohorts.of(log).brackets(brackets).onOrAfter().from(MARCH_1)
                .through(LocalDate.of(2021, 3, 20)).retention();
        assertThat(new int[] {after.count(0, 1), after.count(0, 2), after.count(0, 3)}).containsExactly(4, 3, 2);
        // a gap: with brackets 1 and 7-7 the day-2, 3 and 5 returns belong to no column
        CohortTable gap = Cohorts.of(log).brackets(Bracket.of(1), Bracket.of(7)).from(MARCH_1)
                .through(LocalDate.of(2021, 3, 20)).retention();
        assertThat(new int[] {gap.count(0, 1), gap.count(0, 2)}).containsExactly(0, 0);
    }

    private static Instant day(int offset) {
        return at("2021-03-01T09:00:00Z").plus(offset, ChronoUnit.DAYS);
    }

    @Test
    void retention_periodsLimit_keepsTheFirstColumns() {
        CohortTable t = Cohorts.of(TestLogs.twoPeople()).recurring().periods(3)
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 6, 20)).retention();
        assertThat(t.columnCount()).isEqualTo(3);
        assertCounts(t, new int[][] {{1, 1, 1}, {2, 2, 1}, {2, 1, 0}, {1, 0, 0}, {0, 0, 0}, {1, 1, 0}, {2, 0, 0},
                {0, 0, 0}, {0, 0, 0}, {0, 0}, {0}});
    }

    @Test
    void retention_signupsWithPurchases_matchCustomersByIdAndRejectEarlierPurchases() {
        TransactionLog log = TestLogs.purchases("u1", at("2021-03-02T10:00:00Z"), "u2", at("2021-03-01T08:00:00Z"));
        List<Customer> customers = List.of(Customer.of("u1", at("2021-03-01T09:00:00Z")),
                Customer.of("u2", at("2021-03-01T09:00:00Z")), Customer.of("u3", at("2021-03-01T09:00:00Z")));
        CohortBuilder builder = Cohorts.of(Activity.signups(customers), Activity.purchases(log))
                .through(LocalDate.of(2021, 3, 3));
        assertThatThrownBy(builder::retention).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 'u2'").hasMessageContaining("2021-03-01T08:00:00Z")
                .hasMessageContaining("sign-ups");
        CohortBuilder recurring = Cohorts.of(Activity.signups(customers), Activity.purchases(log)).recurring()
                .through(LocalDate.of(2021, 3, 3));
        assertThatThrownBy(recurring::retention).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 'u2'");
        CohortTable t = builder.beforeStart(BeforeStart.IGNORE).retention();
        assertCounts(t, new int[][] {{3, 1, 0}, {0, 0}, {0}});
        assertThat(t.coverage().returnsBeforeStart()).isEqualTo(1);
        assertThat(t.coverage().unmatchedCustomers()).as("u3 never purchased").isEqualTo(1);
        assertThat(t.settings().startEvent()).isEqualTo("sign-ups");
    }

    @Test
    void retention_refunds_areNeitherStartsNorReturns() {
        TransactionLog log = TransactionLog.builder()
                .add("r", at("2021-03-01T10:00:00Z"), -5)   // a refund first
                .add("r", at("2021-03-02T10:00:00Z"), 10)   // the first purchase
                .add("r", at("2021-03-03T10:00:00Z"), -10)  // a refund is not a return
                .build();
        CohortTable t = Cohorts.of(log).from(MARCH_1).through(LocalDate.of(2021, 3, 4)).retention();
        assertCounts(t, new int[][] {{0, 0, 0, 0}, {1, 0, 0}, {0, 0}, {0}});
    }

    @Test
    void rate_previousColumnAndEmptyCohorts_followTheirDefinitions() {
        CohortTable t = Cohorts.of(TestLogs.twoPeople()).recurring()
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 6, 20)).retention();
        // row 1 (June 11): counts 2, 2, 1, 0, 1
        assertThat(t.rate(1, 2)).isEqualTo(0.5);
        assertThat(t.rate(1, 2, RateBase.PREVIOUS_COLUMN)).isEqualTo(0.5);
        assertThat(t.rate(1, 4, RateBase.PREVIOUS_COLUMN)).isNaN(); // 1 / 0
        assertThat(t.rate(1, 0, RateBase.PREVIOUS_COLUMN)).isEqualTo(1.0);
        assertThat(t.rate(4, 1)).isNaN(); // June 14 has no member
        assertThatThrownBy(() -> t.count(10, 1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("2020-06-20").hasMessageContaining("1 observed columns");
    }

    @Test
    void exports_csvAndJson_carryEveryObservedCell() throws IOException {
        CohortTable t = Cohorts.of(issueAveragingLog()).from(MARCH_1).through(LocalDate.of(2021, 3, 3)).retention();
        List<String> lines = t.toCsv().lines().toList();
        assertThat(lines).hasSize(1 + 3 + 2 + 1);
        assertThat(lines.get(0)).isEqualTo("cohort,cohort_start,column,first_period,last_period,size,count,rate,complete");
        assertThat(lines.get(2)).isEqualTo("2021-03-01,2021-03-01T00:00,1,1,1,1000,500,0.5,true");
        assertThat(lines.get(6)).isEqualTo("2021-03-03,2021-03-03T00:00,0,0,0,0,0,,true");
        JsonNode json = new ObjectMapper().readTree(t.toJson());
        assertThat(json.at("/cohorts/1/counts").toString()).isEqualTo("[500,400]");
        assertThat(json.at("/settings/cohorting").asText()).isEqualTo("FIRST_TIME");
        assertThat(json.at("/averages/MIXPANEL/1").asDouble()).isCloseTo(0.56, within(1e-12));
        assertThat(json.at("/coverage/memberships").asLong()).isEqualTo(1500);
    }

    @Test
    void toString_printsSettingsGridAndPooledRow() {
        String text = Cohorts.of(issueAveragingLog()).from(MARCH_1).through(LocalDate.of(2021, 3, 3))
                .retention().toString();
        assertThat(text).contains("first-time cohorts by calendar days (UTC)")
                .contains("2021-03-01 1,000    50.0%     0.0%")
                .contains("2021-03-02   500    80.0%\n")
                .contains("pooled     1,500    60.0%     0.0%");
    }

    @Test
    void retention_emptyLog_givesNoCohorts() {
        CohortTable t = Cohorts.of(EventLog.empty()).retention();
        assertThat(t.cohortCount()).isZero();
        assertThat(t.toString()).contains("(no cohorts)");
        assertThat(t.curve(Averaging.POOLED).value(0)).isNaN();
    }

    @Test
    void setters_badValues_areRejectedNamingTheValue() {
        CohortBuilder b = Cohorts.of(TestLogs.twoPeople());
        assertThatThrownBy(() -> b.zone("Mars/Olympus_Mons")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown zone 'Mars/Olympus_Mons'");
        assertThatThrownBy(() -> b.period(ChronoUnit.YEARS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YEARS");
        assertThatThrownBy(() -> b.rolling(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> b.rolling(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-1H");
        assertThatThrownBy(() -> b.rolling(ChronoUnit.DECADES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DECADES");
        assertThatThrownBy(() -> b.minimumEvents(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumEvents must be >= 1, got 0");
        assertThatThrownBy(() -> b.periods(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> b.brackets(Bracket.of(1, 3), Bracket.of(3, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bracket 1 (3-5)")
                .hasMessageContaining("bracket 0 (1-3)");
        assertThatThrownBy(() -> b.brackets(Bracket.of(4, 6), Bracket.of(1, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing order");
        assertThatThrownBy(() -> b.brackets(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bracket.of(0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period 1 or later");
        assertThatThrownBy(() -> Bracket.of(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3-2");
        assertThatThrownBy(() -> b.from(at("2021-03-05T00:00:00Z")).until(at("2021-03-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after from");
    }

    @Test
    void options_thatDoNotFitTogether_areRejected() {
        assertThatThrownBy(() -> Cohorts.of(TestLogs.twoPeople()).period(ChronoUnit.MONTHS)
                .weekStart(DayOfWeek.SUNDAY).retention())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekly periods only");
        assertThatThrownBy(() -> Cohorts.of(TestLogs.twoPeople()).period(CalendarPeriod.days(ZoneOffset.UTC))
                .zone("Europe/Berlin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already fixes the zone");
        assertThatThrownBy(() -> Cohorts.of(TestLogs.twoPeople()).periods(3).brackets(Bracket.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periods(3)");
        assertThatThrownBy(() -> Cohorts.of(TestLogs.twoPeople()).from(LocalDate.of(2030, 1, 1)).retention())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observation end");
        assertThatThrownBy(() -> Cohorts.of(TestLogs.twoPeople()).period(ChronoUnit.HOURS)
                .from(LocalDate.of(2000, 1, 1)).through(LocalDate.of(2020, 6, 20)).retention())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cells");
    }

    @Test
    void activity_unknownEventType_isRejectedNamingTheLogTypes() {
        EventLog log = TestLogs.events("x", at("2021-03-01T00:00:00Z"), "login");
        assertThatThrownBy(() -> Activity.events(log, io.retention4j.core.model.EventType.of("logn")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'logn'")
                .hasMessageContaining("[login]");
        assertThatThrownBy(() -> Activity.signups(List.of(Customer.of("x", at("2021-03-01T00:00:00Z")),
                Customer.of("x", at("2021-03-02T00:00:00Z"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x' appears twice");
    }
}
