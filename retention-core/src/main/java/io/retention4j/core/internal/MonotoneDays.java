package io.retention4j.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The local calendar day of an instant in a zone, as a clock that never runs backwards: the latest
 * local date (days since 1970-01-01) reached at or before the instant. It equals the local date
 * everywhere except in the rare hour after a zone set its clocks back across midnight (St John's
 * 2003..2010 went from 00:01 back to 23:01 of the previous day): there the date already reached is
 * kept. Backward-date transitions are looked up between 1800 and
 * {@link ZoneOffsets#PRECOMPUTED_UNTIL_YEAR}.
 *
 * <p>{@link #startOf(long)} is the first instant of a day on this clock. Immutable and thread-safe;
 * {@link #dayOf(long)} allocates nothing.
 */
public final class MonotoneDays {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final ZoneId zone;
    private final ZoneOffsets offsets;
    private final long fixedOffsetMillis;   // used when offsets.isFixed()
    private final long[] backwardAt;        // epoch millis of transitions after which the local date is earlier
    private final long[] dayBefore;         // the monotone day just before each of them

    private MonotoneDays(ZoneId zone) {
        this.zone = zone;
        this.offsets = ZoneOffsets.of(zone);
        this.fixedOffsetMillis = offsets.isFixed() ? offsets.offsetSeconds(0) * 1000L : 0;
        ZoneRules rules = zone.getRules();
        long[] at = new long[4];
        long[] before = new long[4];
        int n = 0;
        long maxDay = Long.MIN_VALUE;
        long until = LocalDate.of(ZoneOffsets.PRECOMPUTED_UNTIL_YEAR, 1, 1).toEpochDay() * MILLIS_PER_DAY;
        ZoneOffsetTransition t = offsets.isFixed() ? null
                : rules.nextTransition(Instant.ofEpochMilli(LocalDate.of(1800, 1, 1).toEpochDay() * MILLIS_PER_DAY));
        while (t != null && t.getInstant().toEpochMilli() < until) {
            long millis = t.getInstant().toEpochMilli();
            long dayJustBefore = localDay(millis - 1);
            maxDay = Math.max(maxDay, dayJustBefore);
            if (localDay(millis) < dayJustBefore) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                    before = Arrays.copyOf(before, n * 2);
                }
                at[n] = millis;
                before[n] = maxDay;
                n++;
            }
            t = rules.nextTransition(t.getInstant());
        }
        this.backwardAt = Arrays.copyOf(at, n);
        this.dayBefore = Arrays.copyOf(before, n);
    }

    /**
     * The day clock of a zone.
     *
     * @param zone the zone
     * @return the clock
     */
    public static MonotoneDays of(ZoneId zone) {
        return new MonotoneDays(Checks.notNull("zone", zone));
    }

    /**
     * The zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    private long localDay(long epochMillis) {
        return Math.floorDiv(offsets.toLocalMillis(epochMillis), MILLIS_PER_DAY);
    }

    /**
     * The day of an instant: the latest local date reached at or before it.
     *
     * @param epochMillis the instant
     * @return days since 1970-01-01 on the zone's calendar
     */
    public long dayOf(long epochMillis) {
        long day = localDay(epochMillis);
        if (backwardAt.length == 0 || epochMillis < backwardAt[0]) {
            return day;
        }
        int i = Arrays.binarySearch(backwardAt, epochMillis);
        if (i < 0) {
            i = -i - 2; // the last backward transition before the instant
        }
        return Math.max(day, dayBefore[i]);
    }

    /**
     * The first instant whose {@link #dayOf(long) day} is at least {@code day}: local midnight, the
     * end of the gap when midnight was skipped, the first day after a skipped date (Apia skipped
     * 2011-12-30), and the earlier of two midnights when clocks were set back across one.
     *
     * @param day days since 1970-01-01 on the zone's calendar
     * @return epoch milliseconds
     */
    public long startOf(long day) {
        if (offsets.isFixed()) {
            return day * MILLIS_PER_DAY - fixedOffsetMillis;
        }
        return LocalDate.ofEpochDay(day).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    @Override
    public String toString() {
        return "MonotoneDays[" + zone + ", " + backwardAt.length + " backward date changes]";
    }
}
