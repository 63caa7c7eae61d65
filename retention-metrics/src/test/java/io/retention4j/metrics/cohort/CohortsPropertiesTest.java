package io.retention4j.metrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.model.EventType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Cohort tables against a naive reference written here with java.time: periods from
 * {@link ZonedDateTime} dates, memberships and qualifying periods as plain lists and maps, every
 * option combination on random small logs around the 2021 European daylight-saving change.
 */
class CohortsPropertiesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 3, 20);

    /** One event: customer 0..5, start type or return type, day -3..24 from the first day, minute of day. */
    record Ev(int customer, boolean start, int day, int minute) {
        Instant at() {
            return FIRST_DAY.atStartOfDay(ZoneId.of("UTC")).toInstant().plus(day, ChronoUnit.DAYS)
                    .plus(minute, ChronoUnit.MINUTES);
        }
    }

    /** The period choices compared: calendar kinds in several zones, and rolling windows over daily cohorts. */
    enum Scheme { DAYS_UTC, DAYS_BERLIN, WEEKS_BERLIN_SUNDAY, WEEKS_NEW_YORK_MONDAY, MONTHS_NEW_YORK, ROLLING_24H,
        ROLLING_36H }

    @Provide
    Arbitrary<Ev> event() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(true, false),
                Arbitraries.integers().between(-3, 24), Arbitraries.integers().between(0, 1439)).as(Ev::new);
    }

    @Property(tries = 400)
    void retention_matchesNaiveReference(@ForAll @Size(max = 40) List<@net.jqwik.api.From("event") Ev> events,
                                         @ForAll Scheme scheme, @ForAll Cohorting cohorting, @ForAll ReturnMode mode,
                                         @ForAll @IntRange(min = 1, max = 3) int minimum,
                                         @ForAll boolean brackets, @ForAll boolean anyEventReturns,
                                         @ForAll @IntRange(min = 6, max = 500) int untilHours) {
        EventLog.Builder b = EventLog.builder();
        for (Ev e : events) {
            b.add("c" + e.customer(), e.at().toEpochMilli(), e.start() ? "s" : "r", Map.of());
        }
        b.add("anchor", FIRST_DAY.atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli(), "s", Map.of());
        b.add("anchor", FIRST_DAY.atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli(), "r", Map.of());
        EventLog log = b.build();
        Instant until = FIRST_DAY.atStartOfDay(ZoneId.of("UTC")).toInstant().plus(untilHours, ChronoUnit.HOURS);

        CohortBuilder builder = Cohorts.of(Activity.events(log, EventType.of("s")),
                        anyEventReturns ? Activity.anyEvent(log) : Activity.events(log, EventType.of("r")))
                .cohorting(cohorting).mode(mode).minimumEvents(minimum).from(FIRST_DAY).until(until);
        configure(builder, scheme);
        List<Bracket> columns = brackets ? List.of(Bracket.of(1, 2), Bracket.of(4, 6)) : null;
        if (columns != null) {
            builder.brackets(columns);
        }
        CohortTable table = builder.retention();

        Reference reference = new Reference(scheme, until);
        List<Instant[]> perCustomer = new ArrayList<>();
        for (int c = 0; c < log.customerCount(); c++) {
            List<Instant> starts = new ArrayList<>();
            List<Instant> returns = new ArrayList<>();
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                String type = log.type(row).name();
                Instant t = Instant.ofEpochMilli(log.epochMillis(row));
                if (type.equals("s")) {
                    starts.add(t);
                }
                if (anyEventReturns || type.equals("r")) {
                    returns.add(t);
                }
            }
            perCustomer.add(starts.toArray(new Instant[0]));
            perCustomer.add(returns.toArray(new Instant[0]));
        }
        long firstCohort = reference.index(FIRST_DAY.atStartOfDay(reference.zone()).toInstant());
        long lastCohort = reference.index(until.minusMillis(1));
        int rows = (int) (lastCohort - firstCohort + 1);
        int columnCount = columns != null ? columns.size() + 1 : reference.defaultColumns(firstCohort, rows);
        int[] firsts = new int[columnCount];
        int[] lasts = new int[columnCount];
        for (int col = 1; col < columnCount; col++) {
            firsts[col] = columns != null ? columns.get(col - 1).first() : col;
            lasts[col] = columns != null ? columns.get(col - 1).last() : col;
        }
        int[][] expected = new int[rows][columnCount];
        for (int c = 0; c < perCustomer.size(); c += 2) {
            Instant[] starts = perCustomer.get(c);
            Instant[] returns = perCustomer.get(c + 1);
            for (Instant anchor : reference.anchors(starts, cohorting)) {
                long cohort = reference.index(anchor);
                if (cohort < firstCohort || !anchor.isBefore(until)) {
                    continue;
                }
                int row = (int) (cohort - firstCohort);
                expected[row][0]++;
                TreeMap<Long, Integer> perOffset = new TreeMap<>();
                for (Instant r : returns) {
                    if (r.isBefore(until)) {
                        perOffset.merge(reference.offset(cohort, anchor, r), 1, Integer::sum);
                    }
                }
                List<Long> qualified = new ArrayList<>();
                perOffset.forEach((k, n) -> {
                    if (k >= 1 && n >= minimum) {
                        qualified.add(k);
                    }
                });
                for (int col = 1; col < columnCount; col++) {
                    boolean hit = false;
                    for (long k : qualified) {
                        hit |= mode == ReturnMode.ON ? k >= firsts[col] && k <= lasts[col] : k >= firsts[col];
                    }
                    if (hit) {
                        expected[row][col]++;
                    }
                }
            }
        }

        assertThat(table.cohortCount()).isEqualTo(rows);
        assertThat(table.columnCount()).isEqualTo(columnCount);
        for (int row = 0; row < rows; row++) {
            int observed = 0;
            while (observed < columnCount && reference.observed(firstCohort + row, firsts[observed])) {
                observed++;
            }
            assertThat(table.observedColumns(row)).as("observed columns of row %d", row).isEqualTo(observed);
            for (int col = 0; col < observed; col++) {
                assertThat(table.count(row, col)).as("row %d column %d", row, col).isEqualTo(expected[row][col]);
            }
        }
    }

    private static void configure(CohortBuilder builder, Scheme scheme) {
        switch (scheme) {
            case DAYS_UTC:
                builder.period(ChronoUnit.DAYS);
                break;
            case DAYS_BERLIN:
                builder.period(ChronoUnit.DAYS).zone(BERLIN);
                break;
            case WEEKS_BERLIN_SUNDAY:
                builder.period(ChronoUnit.WEEKS).zone(BERLIN).weekStart(DayOfWeek.SUNDAY);
                break;
            case WEEKS_NEW_YORK_MONDAY:
                builder.period(ChronoUnit.WEEKS).zone(NEW_YORK).weekStart(DayOfWeek.MONDAY);
                break;
            case MONTHS_NEW_YORK:
                builder.period(ChronoUnit.MONTHS).zone(NEW_YORK);
                break;
            case ROLLING_24H:
                builder.period(ChronoUnit.DAYS).zone(BERLIN).rolling(ChronoUnit.DAYS);
                break;
            default:
                builder.period(ChronoUnit.DAYS).zone(BERLIN).rolling(Duration.ofHours(36));
                break;
        }
    }

    /** The naive reference: periods and offsets from java.time, one scheme at a time. */
    private record Reference(Scheme scheme, Instant until) {
        ZoneId zone() {
            switch (scheme) {
                case DAYS_UTC:
                    return ZoneId.of("UTC");
                case WEEKS_NEW_YORK_MONDAY:
                case MONTHS_NEW_YORK:
                    return NEW_YORK;
                default:
                    return BERLIN;
            }
        }

        long windowMillis() {
            return scheme == Scheme.ROLLING_24H ? 86_400_000L : scheme == Scheme.ROLLING_36H ? 129_600_000L : 0;
        }

        /** The cohort period of an instant: an epoch day, a week (epoch day of its first day / 7) or a month number. */
        long index(Instant t) {
            LocalDate date = t.atZone(zone()).toLocalDate();
            switch (scheme) {
                case WEEKS_BERLIN_SUNDAY:
                    return Math.floorDiv(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).toEpochDay(), 7);
                case WEEKS_NEW_YORK_MONDAY:
                    return Math.floorDiv(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay(), 7);
                case MONTHS_NEW_YORK:
                    return date.getYear() * 12L + date.getMonthValue() - 1;
                default:
                    return date.toEpochDay();
            }
        }

        /** The return period of an event for a member anchored at {@code anchor} in cohort {@code cohort}. */
        long offset(long cohort, Instant anchor, Instant r) {
            long w = windowMillis();
            return w == 0 ? index(r) - cohort : Math.floorDiv(r.toEpochMilli() - anchor.toEpochMilli(), w);
        }

        /** First-time: the earliest start; recurring: the earliest start in each period. */
        List<Instant> anchors(Instant[] starts, Cohorting cohorting) {
            List<Instant> anchors = new ArrayList<>();
            TreeMap<Long, Instant> firstInPeriod = new TreeMap<>();
            for (Instant s : starts) {
                firstInPeriod.merge(index(s), s, (a, b) -> a.isBefore(b) ? a : b);
            }
            if (cohorting == Cohorting.FIRST_TIME) {
                if (!firstInPeriod.isEmpty()) {
                    anchors.add(firstInPeriod.firstEntry().getValue());
                }
            } else {
                anchors.addAll(firstInPeriod.values());
            }
            return anchors;
        }

        /** Whether period {@code first} after the cohort starts before the observation end. */
        boolean observed(long cohort, int first) {
            long w = windowMillis();
            if (w == 0) {
                return cohort + first <= index(until.minusMillis(1));
            }
            Instant cohortStart = LocalDate.ofEpochDay(cohort).atStartOfDay(zone()).toInstant();
            return cohortStart.plusMillis(first * w).isBefore(until);
        }

        /** Default columns: calendar, one per cohort row; rolling, windows that start before the end. */
        int defaultColumns(long firstCohort, int rows) {
            long w = windowMillis();
            if (w == 0) {
                return rows;
            }
            long span = until.toEpochMilli() - LocalDate.ofEpochDay(firstCohort).atStartOfDay(zone()).toInstant()
                    .toEpochMilli();
            return (int) ((span + w - 1) / w);
        }
    }
}
