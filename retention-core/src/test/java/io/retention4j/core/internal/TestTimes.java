package io.retention4j.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Test helper: zones with awkward rules and jqwik generators of instants that hit them where it
 * hurts (near offset transitions, before 1900, after 2200), shared by the time, internal and
 * summary tests.
 */
public final class TestTimes {
    /** Milliseconds in a 24-hour day. */
    public static final long MILLIS_PER_DAY = 86_400_000L;

    /**
     * Zones whose day boundaries are awkward: UTC; ordinary DST (New York, Berlin); a half-hour
     * offset (Kolkata); a 30-minute DST shift (Lord Howe); historic DST changes at midnight (Sao
     * Paulo); a skipped calendar day, 2011-12-30 (Apia); clocks set back from 00:01 to 23:01 of the
     * previous day, 2003..2010 (St John's), so local dates run backwards for an hour.
     */
    public static final List<ZoneId> AWKWARD_ZONES = List.of(ZoneOffset.UTC,
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"),
            ZoneId.of("America/St_Johns"));

    /** An instant (epoch milliseconds) together with the zone it is read in. */
    public record ZonedMillis(ZoneId zone, long epochMillis) {
        /**
         * The local date-time per java.time.
         *
         * @return the zoned date-time
         */
        public ZonedDateTime zoned() {
            return Instant.ofEpochMilli(epochMillis).atZone(zone);
        }

        /**
         * The local date per java.time.
         *
         * @return the date
         */
        public LocalDate localDate() {
            return zoned().toLocalDate();
        }

        @Override
        public String toString() {
            return Instant.ofEpochMilli(epochMillis) + " in " + zone + " (" + zoned().toLocalDateTime() + ")";
        }
    }

    private TestTimes() {
    }

    /**
     * Epoch milliseconds of midnight UTC starting a year.
     *
     * @param year the year
     * @return epoch milliseconds
     */
    public static long startOfYear(int year) {
        return LocalDate.of(year, 1, 1).toEpochDay() * MILLIS_PER_DAY;
    }

    /**
     * The offset transitions of a zone in {@code [fromYear, toYear)}, as epoch milliseconds, from
     * java.time's rules.
     *
     * @param zone     the zone
     * @param fromYear first year
     * @param toYear   year after the last
     * @return the transition instants (empty for fixed zones)
     */
    public static List<Long> transitions(ZoneId zone, int fromYear, int toYear) {
        ZoneRules rules = zone.getRules();
        List<Long> out = new ArrayList<>();
        long end = startOfYear(toYear);
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochMilli(startOfYear(fromYear) - 1));
        while (t != null && t.getInstant().toEpochMilli() < end) {
            out.add(t.getInstant().toEpochMilli());
            t = rules.nextTransition(t.getInstant());
        }
        return out;
    }

    /**
     * The offset transitions after which the local date is earlier than just before (clocks set back
     * across midnight, as in St John's 2003..2010 from 00:01 to 23:01), as epoch milliseconds.
     *
     * @param zone the zone
     * @return the transition instants
     */
    public static List<Long> backwardDateTransitions(ZoneId zone) {
        List<Long> out = new ArrayList<>();
        for (long t : transitions(zone, 1800, 2100)) {
            LocalDate before = Instant.ofEpochMilli(t - 1).atZone(zone).toLocalDate();
            LocalDate after = Instant.ofEpochMilli(t).atZone(zone).toLocalDate();
            if (after.isBefore(before)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Instants spread over 1600..2500 (so both before 1900 and after 2200) and, for zones with
     * rules, instants within 36 hours of an offset transition between 1850 and 2100.
     *
     * @param zone the zone
     * @return epoch milliseconds
     */
    public static Arbitrary<Long> epochMillis(ZoneId zone) {
        Arbitrary<Long> early = Arbitraries.longs().between(startOfYear(1600), startOfYear(1900) - 1);
        Arbitrary<Long> modern = Arbitraries.longs().between(startOfYear(1900), startOfYear(2200) - 1);
        Arbitrary<Long> late = Arbitraries.longs().between(startOfYear(2200), startOfYear(2500) - 1);
        List<Long> transitions = transitions(zone, 1850, 2100);
        if (transitions.isEmpty()) {
            return Arbitraries.frequencyOf(
                    Tuple.of(1, early), Tuple.of(2, modern), Tuple.of(1, late));
        }
        Arbitrary<Long> nearTransition = Arbitraries.of(transitions).flatMap(t ->
                Arbitraries.longs().between(t - 36 * 3_600_000L, t + 36 * 3_600_000L));
        return Arbitraries.frequencyOf(Tuple.of(1, early), Tuple.of(2, modern),
                Tuple.of(1, late), Tuple.of(4, nearTransition));
    }

    /**
     * Calendar months between local date-times per the javadoc of {@code TimeScale.CALENDAR_MONTHS},
     * slowly: the whole months are the largest k with from + k months &lt;= to (java.time's
     * plusMonths, which clamps to the month end); the fraction is the elapsed part of the span
     * from + k months .. from + (k + 1) months; backwards it is the negated forward value.
     *
     * @param from the start
     * @param to   the end
     * @return the calendar months
     */
    public static double calendarMonthsBetween(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            return -calendarMonthsBetween(to, from);
        }
        long k = 0;
        while (!from.plusMonths(k + 1).isAfter(to)) {
            k++;
        }
        double elapsed = Duration.between(from.plusMonths(k), to).toMillis();
        double span = Duration.between(from.plusMonths(k), from.plusMonths(k + 1)).toMillis();
        return k + elapsed / span;
    }

    /**
     * An awkward zone and an instant from {@link #epochMillis(ZoneId)}.
     *
     * @return zoned instants
     */
    public static Arbitrary<ZonedMillis> zonedMillis() {
        return Arbitraries.of(AWKWARD_ZONES).flatMap(z -> epochMillis(z).map(m -> new ZonedMillis(z, m)));
    }
}
