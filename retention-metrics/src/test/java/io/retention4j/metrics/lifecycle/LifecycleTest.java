package io.retention4j.metrics.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.model.EventType;
import io.retention4j.metrics.cohort.Activity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle counts against PostHog's documented lifecycle results
 * (posthog/hogql_queries/insights/lifecycle/test/test_lifecycle_query_runner.py; persons created at
 * their first event, so creation = first activity) and against hand counts written out here.
 * Exact counts, no tolerance.
 */
class LifecycleTest {

    private static Instant jan(int day) {
        return Instant.parse("2020-01-01T12:00:00Z").plus(day - 1, ChronoUnit.DAYS);
    }

    /** PostHog's persons: p1 on Jan 11, 12, 13, 15, 17, 19; p2 on 9, 12; p3 on 12; p4 on 15 (12:00 UTC). */
    private static TransactionLog postHogPersons() {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int d : new int[] {11, 12, 13, 15, 17, 19}) {
            b.add("p1", jan(d), 1);
        }
        b.add("p2", jan(9), 1).add("p2", jan(12), 1).add("p3", jan(12), 1).add("p4", jan(15), 1);
        return b.build();
    }

    @Test
    void table_postHogLifecycleTrend_matchesPostHogCounts() {
        // test_lifecycle_trend: daily from 2020-01-12 to 2020-01-19
        LifecycleTable t = Lifecycle.of(postHogPersons()).from(LocalDate.of(2020, 1, 12))
                .through(LocalDate.of(2020, 1, 19)).table();
        assertThat(t.intervalCount()).isEqualTo(8);
        assertThat(t.series(LifecycleStatus.DORMANT)).containsExactly(0, -2, -1, 0, -2, 0, -1, 0);
        assertThat(t.series(LifecycleStatus.NEW)).containsExactly(1, 0, 0, 1, 0, 0, 0, 0);
        assertThat(t.series(LifecycleStatus.RESURRECTING)).containsExactly(1, 0, 0, 1, 0, 1, 0, 1);
        assertThat(t.series(LifecycleStatus.RETURNING)).containsExactly(1, 1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void table_postHogWholeRange_namesTheCustomersBehindEachCount() {
        // test_events_query_whole_range: the persons behind each (day, status), 2020-01-09 .. 19
        LifecycleTable t = Lifecycle.of(postHogPersons()).from(LocalDate.of(2020, 1, 9))
                .through(LocalDate.of(2020, 1, 19)).table();
        assertThat(t.customers(0, LifecycleStatus.NEW)).containsExactly("p2");
        assertThat(t.customers(1, LifecycleStatus.DORMANT)).containsExactly("p2");
        assertThat(t.customers(2, LifecycleStatus.NEW)).containsExactly("p1");
        assertThat(t.customers(3, LifecycleStatus.NEW)).containsExactly("p3");
        assertThat(t.customers(3, LifecycleStatus.RESURRECTING)).containsExactly("p2");
        assertThat(t.customers(3, LifecycleStatus.RETURNING)).containsExactly("p1");
        assertThat(t.customers(4, LifecycleStatus.RETURNING)).containsExactly("p1");
        assertThat(t.customers(4, LifecycleStatus.DORMANT)).containsExactly("p2", "p3");
        assertThat(t.customers(5, LifecycleStatus.DORMANT)).containsExactly("p1");
        assertThat(t.customers(6, LifecycleStatus.RESURRECTING)).containsExactly("p1");
        assertThat(t.customers(6, LifecycleStatus.NEW)).containsExactly("p4");
        assertThat(t.customers(7, LifecycleStatus.DORMANT)).containsExactly("p1", "p4");
        assertThat(t.customers(8, LifecycleStatus.RESURRECTING)).containsExactly("p1");
        assertThat(t.customers(9, LifecycleStatus.DORMANT)).containsExactly("p1");
        assertThat(t.customers(10, LifecycleStatus.RESURRECTING)).containsExactly("p1");
        int listed = 0;
        for (LifecycleInterval interval : t.intervals()) {
            for (LifecycleStatus status : LifecycleStatus.values()) {
                listed += interval.customers(status).size();
            }
        }
        assertThat(listed).as("the 17 (day, status, person) entries of PostHog's result, within the range")
                .isEqualTo(17);
    }

    @Test
    void table_postHogGroup_countsOneCustomerActiveOnEightDays() {
        // test_lifecycle_query_group_0: org:5 is active when any member is: Jan 9, 11, 12, 13, 15, 17, 18, 19
        TransactionLog.Builder b = TransactionLog.builder();
        for (int d : new int[] {9, 11, 12, 12, 12, 13, 15, 15, 17, 18, 19}) {
            b.add("org:5", jan(d), 1);
        }
        LifecycleTable firstActivity = Lifecycle.of(b.build()).from(LocalDate.of(2020, 1, 9))
                .through(LocalDate.of(2020, 1, 19)).table();
        LifecycleTable signedUp = Lifecycle.of(b.build()).signups(List.of(Customer.of("org:5", jan(9))))
                .from(LocalDate.of(2020, 1, 9)).through(LocalDate.of(2020, 1, 19)).table();
        for (LifecycleTable t : List.of(firstActivity, signedUp)) {
            assertThat(t.series(LifecycleStatus.NEW)).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            assertThat(t.series(LifecycleStatus.RETURNING)).containsExactly(0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1);
            assertThat(t.series(LifecycleStatus.RESURRECTING)).containsExactly(0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0);
            assertThat(t.series(LifecycleStatus.DORMANT)).containsExactly(0, -1, 0, 0, 0, -1, 0, -1, 0, 0, 0);
        }
        assertThat(signedUp.creation()).isEqualTo(Creation.SIGN_UP);
    }

    @Test
    void table_signupCreation_makesALaterFirstActivityResurrecting() {
        // weekly (Monday): a signs up and buys in week 1; b signs up in week 1, first buys in week 2;
        // c signed up in week 1, buys in weeks 1 and 3
        Instant week1 = Instant.parse("2021-03-01T10:00:00Z"); // a Monday
        Instant week2 = week1.plus(7, ChronoUnit.DAYS);
        Instant week3 = week1.plus(14, ChronoUnit.DAYS);
        TransactionLog log = TransactionLog.builder().add("a", week1.plusSeconds(60), 1).add("b", week2, 1)
                .add("c", week1.plusSeconds(60), 1).add("c", week3, 1).build();
        List<Customer> customers = List.of(Customer.of("a", week1), Customer.of("b", week1), Customer.of("c", week1));
        LifecycleTable bySignup = Lifecycle.of(log).period(ChronoUnit.WEEKS).weekStart(DayOfWeek.MONDAY)
                .signups(customers).through(LocalDate.of(2021, 3, 21)).table();
        assertThat(bySignup.customers(0, LifecycleStatus.NEW)).containsExactly("a", "c");
        assertThat(bySignup.customers(1, LifecycleStatus.RESURRECTING)).containsExactly("b");
        assertThat(bySignup.customers(1, LifecycleStatus.DORMANT)).containsExactly("a", "c");
        assertThat(bySignup.customers(2, LifecycleStatus.RESURRECTING)).containsExactly("c");
        assertThat(bySignup.customers(2, LifecycleStatus.DORMANT)).containsExactly("b");
        LifecycleTable byFirstActivity = Lifecycle.of(log).period(ChronoUnit.WEEKS)
                .through(LocalDate.of(2021, 3, 21)).table();
        assertThat(byFirstActivity.customers(1, LifecycleStatus.NEW)).containsExactly("b");
    }

    @Test
    void table_signupCreation_rejectsActivityBeforeSignupAndMissingRecords() {
        TransactionLog log = TransactionLog.builder().add("a", Instant.parse("2021-03-01T08:00:00Z"), 1)
                .add("b", Instant.parse("2021-03-02T08:00:00Z"), 1).build();
        assertThatThrownBy(() -> Lifecycle.of(log).signups(List.of(Customer.of("a", Instant.parse("2021-03-01T09:00:00Z")),
                Customer.of("b", Instant.parse("2021-03-01T09:00:00Z")))).table())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer 'a'")
                .hasMessageContaining("2021-03-01T08:00:00Z").hasMessageContaining("before signing up");
        assertThatThrownBy(() -> Lifecycle.of(log).signups(List.of(Customer.of("a", Instant.parse("2021-02-01T00:00:00Z"))))
                .table()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 'b' is active but has no sign-up record");
    }

    @Test
    void table_berlinZone_movesAnEventAt2330UtcToTheNextDay() {
        // x buys on June 10 at 12:00 and 23:30 UTC, then June 11 at 22:30 UTC (June 12, 00:30 in Berlin)
        TransactionLog log = TransactionLog.builder().add("x", Instant.parse("2020-06-10T12:00:00Z"), 1)
                .add("x", Instant.parse("2020-06-10T23:30:00Z"), 1).add("x", Instant.parse("2020-06-11T22:30:00Z"), 1)
                .build();
        LifecycleTable utc = Lifecycle.of(log).through(LocalDate.of(2020, 6, 12)).table();
        LifecycleTable berlin = Lifecycle.of(log).zone("Europe/Berlin").through(LocalDate.of(2020, 6, 12)).table();
        // UTC: June 10 new, June 11 returning, June 12 dormant
        assertThat(utc.series(LifecycleStatus.RETURNING)).containsExactly(0, 1, 0);
        assertThat(utc.series(LifecycleStatus.DORMANT)).containsExactly(0, 0, -1);
        // Berlin: June 10 new, June 11 returning (01:30), June 12 returning (00:30)
        assertThat(berlin.series(LifecycleStatus.RETURNING)).containsExactly(0, 1, 1);
        assertThat(berlin.series(LifecycleStatus.DORMANT)).containsExactly(0, 0, 0);
    }

    @Test
    void table_eventTypes_countOnlyTheChosenActivity() {
        EventLog log = EventLog.builder()
                .add("x", Instant.parse("2021-03-01T10:00:00Z").toEpochMilli(), "login", Map.of())
                .add("x", Instant.parse("2021-03-02T10:00:00Z").toEpochMilli(), "visit", Map.of())
                .add("x", Instant.parse("2021-03-03T10:00:00Z").toEpochMilli(), "login", Map.of()).build();
        LifecycleTable logins = Lifecycle.of(Activity.events(log, EventType.LOGIN)).table();
        assertThat(logins.series(LifecycleStatus.RESURRECTING)).containsExactly(0, 0, 1);
        LifecycleTable any = Lifecycle.of(log).table();
        assertThat(any.series(LifecycleStatus.RETURNING)).containsExactly(0, 1, 1);
        assertThat(any.isComplete(2)).isFalse(); // the default end is just after the last event
    }

    @Test
    void toStringAndCsv_showEveryInterval() {
        LifecycleTable t = Lifecycle.of(postHogPersons()).from(LocalDate.of(2020, 1, 12))
                .until(Instant.parse("2020-01-13T18:00:00Z")).table();
        assertThat(t.toString()).contains("Lifecycle of purchases by calendar days (UTC); creation = first activity")
                .contains("2020-01-12 ").contains("2020-01-13*");
        assertThat(t.toCsv().lines().toList()).containsExactly(
                "interval,start,new,returning,resurrecting,dormant,complete",
                "2020-01-12,2020-01-12T00:00,1,1,1,0,true",
                "2020-01-13,2020-01-13T00:00,0,1,0,-2,false");
        assertThat(t.interval(1).toString()).isEqualTo("2020-01-13 (incomplete): new 0, returning 1, resurrecting 0, "
                + "dormant -2");
        assertThat(t.interval(1).active()).isEqualTo(1);
    }

    @Test
    void table_emptyLogAndBadOptions_areHandled() {
        LifecycleTable empty = Lifecycle.of(EventLog.empty()).table();
        assertThat(empty.intervalCount()).isZero();
        assertThat(empty.toString()).contains("(no intervals)");
        assertThatThrownBy(() -> Lifecycle.of(postHogPersons()).zone("Nowhere/City"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown zone 'Nowhere/City'");
        assertThatThrownBy(() -> Lifecycle.of(postHogPersons()).period(ChronoUnit.MILLENNIA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MILLENNIA");
        assertThatThrownBy(() -> Lifecycle.of(postHogPersons()).from(LocalDate.of(2020, 2, 1))
                .through(LocalDate.of(2020, 1, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be before from");
    }
}
