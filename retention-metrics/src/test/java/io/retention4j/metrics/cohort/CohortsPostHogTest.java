package io.retention4j.metrics.cohort;

import static io.retention4j.metrics.cohort.TestLogs.assertCounts;
import static io.retention4j.metrics.cohort.TestLogs.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.EventType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * PostHog's documented retention behaviour: the expected matrices of PostHog's retention query
 * tests (posthog/hogql_queries/insights/retention/test/test_retention_query_runner.py), rebuilt from
 * the same events. PostHog's default is recurring cohorts with "on" returns; its {@code _date(d)} is
 * 2020-06-10 + d days at 05:00 UTC. Exact counts, no tolerance.
 */
class CohortsPostHogTest {

    @Test
    void retention_dailyRecurring_matchesPostHogDayInterval() {
        // test_day_interval: 11 daily periods from 2020-06-10 UTC
        CohortTable t = Cohorts.of(TestLogs.twoPeople()).recurring()
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 6, 20)).retention();
        assertCounts(t, new int[][] {
                {1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0},
                {2, 2, 1, 0, 1, 2, 0, 0, 0, 0},
                {2, 1, 0, 1, 2, 0, 0, 0, 0},
                {1, 0, 0, 1, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {1, 1, 0, 0, 0, 0},
                {2, 0, 0, 0, 0},
                {0, 0, 0, 0},
                {0, 0, 0},
                {0, 0},
                {0}});
        assertThat(t.cohortStart(0)).isEqualTo(LocalDateTime.of(2020, 6, 10, 0, 0));
        assertThat(t.cohortLabel(10)).isEqualTo("2020-06-20");
        assertThat(t.completeColumns(0)).isEqualTo(11); // observed through the end of day 10
    }

    @Test
    void retention_minimumTwoEventsPerPeriod_matchesPostHogMinimumOccurrences() {
        // test_all_events_with_minimum_occurrences: only day 5 of person1 has two events
        CohortTable t = Cohorts.of(TestLogs.twoPeople()).recurring().minimumEvents(2)
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 6, 20)).retention();
        assertCounts(t, new int[][] {
                {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0},
                {2, 0, 0, 0, 1, 0, 0, 0, 0, 0},
                {2, 0, 0, 1, 0, 0, 0, 0, 0},
                {1, 0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {1, 0, 0, 0, 0, 0},
                {2, 0, 0, 0, 0},
                {0, 0, 0, 0},
                {0, 0, 0},
                {0, 0},
                {0}});
    }

    private static TransactionLog fivePeople(int person1Day4Events, int person3Day3Events) {
        TransactionLog.Builder b = TransactionLog.builder();
        b.add("person1", date(0), 1).add("person1", date(3), 1);
        for (int i = 0; i < person1Day4Events; i++) {
            b.add("person1", date(4), 1);
        }
        b.add("person2", date(0), 1).add("person2", date(1), 1);
        b.add("person3", date(1), 1).add("person3", date(2), 1);
        for (int i = 0; i < person3Day3Events; i++) {
            b.add("person3", date(3), 1);
        }
        b.add("person4", date(3), 1).add("person4", date(4), 1);
        b.add("person5", date(4), 1);
        return b.build();
    }

    @Test
    void retention_onOrAfterFromDayOne_matchesPostHogRollingRetention() {
        // test_rolling_retention: 5 periods starting on day 1, active days {0,3,4},{0,1},{1,2,3},{3,4},{4}
        CohortTable t = Cohorts.of(fivePeople(1, 1)).recurring().onOrAfter()
                .from(LocalDate.of(2020, 6, 11)).through(LocalDate.of(2020, 6, 15)).retention();
        assertCounts(t, new int[][] {{2, 1, 1, 0, 0}, {1, 1, 0, 0}, {3, 2, 0}, {3, 0}, {0}});
        assertThat(t.coverage().outsideWindow()).as("day-0 starts of person1 and person2").isEqualTo(2);
    }

    @Test
    void retention_onOrAfterWithMinimumThree_matchesPostHogRollingMinimumOccurrences() {
        // test_rolling_retention_with_minimum_occurrences: person1 has 3 events on day 4, person3 3 on day 3
        CohortTable t = Cohorts.of(fivePeople(3, 3)).recurring().onOrAfter().minimumEvents(3)
                .from(LocalDate.of(2020, 6, 11)).through(LocalDate.of(2020, 6, 15)).retention();
        assertCounts(t, new int[][] {{2, 1, 1, 0, 0}, {1, 1, 0, 0}, {3, 1, 0}, {3, 0}, {0}});
    }

    @Test
    void retention_onOrAfterSixDays_countsEachMemberOncePerCell() {
        // test_rolling_retention_doesnt_double_count_same_user: 6 periods from day 0
        CohortTable t = Cohorts.of(fivePeople(1, 1)).recurring().onOrAfter()
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 6, 15)).retention();
        assertCounts(t, new int[][] {
                {2, 2, 1, 1, 1, 0}, {2, 1, 1, 0, 0}, {1, 1, 0, 0}, {3, 2, 0}, {3, 0}, {0}});
    }

    @Test
    void retention_monthlyRecurring_matchesPostHogMonthInterval() {
        // test_month_interval: _date(0, month=m) = 2020-(6+m)-10 05:00; 11 months from January 2020,
        // date_to 2020-11-25 (November is still running)
        TransactionLog log = TestLogs.purchases(
                "person1", month(-5), "person2", month(-5), "person1", month(-4), "person2", month(-4),
                "person1", month(-3), "person2", month(-3), "person1", month(-1), "person1", month(0),
                "person2", month(0), "person2", month(1), "person1", month(3), "person2", month(5));
        CohortTable t = Cohorts.of(log).recurring().period(ChronoUnit.MONTHS)
                .from(LocalDate.of(2020, 1, 1)).until(Instant.parse("2020-11-25T00:00:00Z")).retention();
        assertCounts(t, new int[][] {
                {2, 2, 2, 0, 1, 2, 1, 0, 1, 0, 1},
                {2, 2, 0, 1, 2, 1, 0, 1, 0, 1},
                {2, 0, 1, 2, 1, 0, 1, 0, 1},
                {0, 0, 0, 0, 0, 0, 0, 0},
                {1, 1, 0, 0, 1, 0, 0},
                {2, 1, 0, 1, 0, 1},
                {1, 0, 0, 0, 1},
                {0, 0, 0, 0},
                {1, 0, 0},
                {0, 0},
                {1}});
        assertThat(t.cohortLabel(0)).isEqualTo("2020-01");
        assertThat(t.cohortLabel(10)).isEqualTo("2020-11");
        // November has not ended on the 25th: the last cell of every row is incomplete
        assertThat(t.completeColumns(0)).isEqualTo(10);
        assertThat(t.isComplete(10, 0)).isFalse();
    }

    private static Instant month(int m) {
        return Instant.parse("2020-06-10T05:00:00Z").atZone(ZoneOffset.UTC).plusMonths(m).toInstant();
    }

    @Test
    void retention_weeklyFromSundayOrMonday_matchesPostHogWeekInterval() {
        // test_week_interval: 7 weeks; the same counts, but the cohorts start on Sunday 2020-06-07 or
        // Monday 2020-06-08. PostHog counts the last week in full (person2's 2020-07-25 event).
        TransactionLog log = TestLogs.purchases(
                "person1", date(0), "person2", date(0), "person1", date(1), "person2", date(1),
                "person1", date(7), "person2", date(7), "person1", date(14),
                "person1", Instant.parse("2020-07-04T05:00:00Z"), "person2", Instant.parse("2020-07-04T05:00:00Z"),
                "person2", Instant.parse("2020-07-11T05:00:00Z"), "person1", Instant.parse("2020-07-11T05:00:00Z"),
                "person2", Instant.parse("2020-07-25T05:00:00Z"));
        int[][] expected = {
                {2, 2, 1, 2, 2, 0, 1},
                {2, 1, 2, 2, 0, 1},
                {1, 1, 1, 0, 0},
                {2, 2, 0, 1},
                {2, 0, 1},
                {0, 0},
                {1}};
        CohortTable sunday = Cohorts.of(log).recurring().period(ChronoUnit.WEEKS).weekStart(DayOfWeek.SUNDAY)
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 7, 25)).retention();
        assertCounts(sunday, expected);
        assertThat(sunday.cohortStart(0)).isEqualTo(LocalDateTime.of(2020, 6, 7, 0, 0));
        assertThat(sunday.cohortStart(6)).isEqualTo(LocalDateTime.of(2020, 7, 19, 0, 0));
        CohortTable monday = Cohorts.of(log).recurring().period(ChronoUnit.WEEKS).weekStart(DayOfWeek.MONDAY)
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 7, 26)).retention();
        assertCounts(monday, expected);
        assertThat(monday.cohortStart(0)).isEqualTo(LocalDateTime.of(2020, 6, 8, 0, 0));
        assertThat(monday.cohortStart(6)).isEqualTo(LocalDateTime.of(2020, 7, 20, 0, 0));
    }

    @Test
    void retention_hourly_matchesPostHogHourInterval() {
        // test_hour_interval: 11 hours from 2020-06-10 06:00 UTC, observed until 16:13
        TransactionLog log = TestLogs.purchases(
                "person1", date(0, 6), "person2", date(0, 6), "person1", date(0, 7), "person2", date(0, 7),
                "person1", date(0, 8), "person2", date(0, 8), "person1", date(0, 10), "person1", date(0, 11),
                "person2", date(0, 11), "person2", date(0, 12), "person1", date(0, 14), "person2", date(0, 16));
        CohortTable t = Cohorts.of(log).recurring().period(ChronoUnit.HOURS)
                .from(date(0, 6)).until(Instant.parse("2020-06-10T16:13:00Z")).retention();
        assertCounts(t, new int[][] {
                {2, 2, 2, 0, 1, 2, 1, 0, 1, 0, 1},
                {2, 2, 0, 1, 2, 1, 0, 1, 0, 1},
                {2, 0, 1, 2, 1, 0, 1, 0, 1},
                {0, 0, 0, 0, 0, 0, 0, 0},
                {1, 1, 0, 0, 1, 0, 0},
                {2, 1, 0, 1, 0, 1},
                {1, 0, 0, 0, 1},
                {0, 0, 0, 0},
                {1, 0, 0},
                {0, 0},
                {1}});
        assertThat(t.cohortLabel(0)).isEqualTo("2020-06-10T06:00");
    }

    @Test
    void retention_startAndReturnOfDifferentTypes_matchesPostHogMultipleEvents() {
        // test_retention_multiple_events: cohorts by $some_event, returns by $pageview, 7 days
        EventLog log = TestLogs.events(
                "person1", date(0), "$some_event", "person1", date(1), "$some_event",
                "person1", date(2), "$some_event", "person1", date(3), "$some_event",
                "person2", date(0), "$some_event", "person2", date(1), "$some_event",
                "person2", date(2), "$some_event", "person2", date(3), "$some_event",
                "person3", date(5), "$some_event",
                "person1", date(5), "$pageview", "person1", date(6), "$pageview", "person2", date(5), "$pageview");
        CohortTable t = Cohorts.of(Activity.events(log, EventType.of("$some_event")),
                        Activity.events(log, EventType.of("$pageview"))).recurring()
                .from(LocalDate.of(2020, 6, 10)).through(LocalDate.of(2020, 6, 16)).retention();
        assertCounts(t, new int[][] {
                {2, 0, 0, 0, 0, 2, 1}, {2, 0, 0, 0, 2, 1}, {2, 0, 0, 2, 1}, {2, 0, 2, 1}, {0, 0, 0}, {1, 0}, {0}});
    }

    @Test
    void retention_firstTimeSignUps_matchesPostHogFirstTimeRetention() {
        // test_first_time_retention: cohorts by each person's first $user_signed_up, returns by
        // $pageview, 7 days ending on day 5 (so starting on day -1); shouldnt_include signed up first
        // on day -5, before the window
        EventLog log = TestLogs.events(
                "shouldnt_include", date(-5), "$user_signed_up", "shouldnt_include", date(-1), "$user_signed_up",
                "person1", date(-1), "$user_signed_up", "person1", date(1), "$user_signed_up",
                "person1", date(2), "$user_signed_up", "person1", date(3), "$user_signed_up",
                "person1", date(4), "$user_signed_up", "person2", date(-1), "$user_signed_up",
                "person1", date(0), "$pageview", "person1", date(1), "$pageview", "person1", date(2), "$pageview",
                "person1", date(5), "$pageview", "person1", date(5, 9), "$pageview", "person1", date(6), "$pageview",
                "person2", date(1), "$pageview", "person2", date(2), "$pageview", "person2", date(3), "$pageview",
                "person2", date(6), "$pageview",
                "person3", date(0), "$user_signed_up",
                "person3", date(1), "$pageview", "person3", date(3), "$pageview", "person3", date(4), "$pageview",
                "person3", date(5), "$pageview",
                "person4", date(2), "$user_signed_up",
                "person4", date(3), "$pageview", "person4", date(5), "$pageview");
        CohortTable t = Cohorts.of(Activity.events(log, EventType.of("$user_signed_up")),
                        Activity.events(log, EventType.of("$pageview")))
                .from(LocalDate.of(2020, 6, 9)).through(LocalDate.of(2020, 6, 15)).retention();
        assertCounts(t, new int[][] {
                {2, 1, 2, 2, 1, 0, 1}, {1, 1, 0, 1, 1, 1}, {0, 0, 0, 0, 0}, {1, 1, 0, 1}, {0, 0, 0}, {0, 0}, {0}});
        assertThat(t.coverage().outsideWindow()).as("shouldnt_include").isEqualTo(1);
    }

    @Test
    void retention_firstTimeWithEarlierReturns_ignoresReturnsBeforeTheStartAsPostHog() {
        // test_all_events_target_first_time: event1 on days 0-2, event2 on days 2-3; cohorts by the
        // first event2, returns by any event: the day-0 and day-1 events precede the start
        EventLog log = TestLogs.events(
                "person1", date(0), "event1", "person1", date(1), "event1", "person1", date(2), "event1",
                "person1", date(2), "event2", "person1", date(3), "event2");
        Activity start = Activity.events(log, EventType.of("event2"));
        CohortTable anyReturn = Cohorts.of(start, Activity.anyEvent(log))
                .from(LocalDate.of(2020, 6, 9)).through(LocalDate.of(2020, 6, 12)).retention();
        CohortTable sameReturn = Cohorts.of(start, start)
                .from(LocalDate.of(2020, 6, 9)).through(LocalDate.of(2020, 6, 12)).retention();
        int[][] expected = {{0, 0, 0, 0}, {0, 0, 0}, {0, 0}, {1}};
        assertCounts(anyReturn, expected);
        assertCounts(sameReturn, expected);
        assertThat(anyReturn.coverage().returnsBeforeStart()).as("the day-0 and day-1 event1").isEqualTo(2);
    }
}
