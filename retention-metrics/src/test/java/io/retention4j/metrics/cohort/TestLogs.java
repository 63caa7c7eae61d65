package io.retention4j.metrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Small logs written out by hand, in the shape of PostHog's retention tests. */
final class TestLogs {
    /** PostHog's {@code _date(0)} day: 2020-06-10 (events at 05:00 UTC unless stated). */
    static final Instant DAY0 = Instant.parse("2020-06-10T00:00:00Z");

    private TestLogs() {
    }

    /** PostHog's {@code _date(day, hour)}: 2020-06-10 + day days, at hour:00 UTC. */
    static Instant date(int day, int hour) {
        return DAY0.plus(day, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
    }

    /** PostHog's {@code _date(day)}: hour 5. */
    static Instant date(int day) {
        return date(day, 5);
    }

    /** A transaction log with one purchase of amount 1 per (customer, instant) pair. */
    static TransactionLog purchases(Object... customerAndInstant) {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int i = 0; i < customerAndInstant.length; i += 2) {
            b.add((String) customerAndInstant[i], (Instant) customerAndInstant[i + 1], 1.0);
        }
        return b.build();
    }

    /** An event log from (customer, instant, type) triples. */
    static EventLog events(Object... customerInstantType) {
        EventLog.Builder b = EventLog.builder();
        for (int i = 0; i < customerInstantType.length; i += 3) {
            b.add((String) customerInstantType[i], ((Instant) customerInstantType[i + 1]).toEpochMilli(),
                    (String) customerInstantType[i + 2], Map.of());
        }
        return b.build();
    }

    /** PostHog's standard pair: person1 (with alias1) on days 0, 1, 2, 5, 5 (09:00), 6; person2 on 1, 2, 3, 6. */
    static TransactionLog twoPeople() {
        return purchases(
                "person1", date(0), "person1", date(1), "person1", date(2), "person1", date(5),
                "person1", date(5, 9), "person1", date(6),
                "person2", date(1), "person2", date(2), "person2", date(3), "person2", date(6));
    }

    /** Asserts every row's observed counts (column 0 = size). */
    static void assertCounts(CohortTable table, int[][] expected) {
        assertThat(table.cohortCount()).as("cohorts").isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            int[] actual = new int[table.observedColumns(i)];
            for (int c = 0; c < actual.length; c++) {
                actual[c] = table.count(i, c);
            }
            assertThat(actual).as("row %d (%s)", i, table.cohortLabel(i)).containsExactly(expected[i]);
        }
    }
}
