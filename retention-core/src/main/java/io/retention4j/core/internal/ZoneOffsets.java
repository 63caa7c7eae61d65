package io.retention4j.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Fast UTC-offset lookup for a zone: a constant for fixed-offset zones, otherwise a binary search
 * over the zone's transitions precomputed up to {@link #PRECOMPUTED_UNTIL_YEAR}. Immutable and
 * thread-safe; replaces {@code ZoneRules.getOffset(Instant)} (which allocates) on hot paths.
 */
public final class ZoneOffsets {
    /** Transitions are precomputed until the start of this year; later instants ask the rules. */
    public static final int PRECOMPUTED_UNTIL_YEAR = 2200;

    private final ZoneRules rules;
    private final int fixedOffset;      // valid when transitionSeconds == null
    private final long[] transitionSeconds;
    private final int[] offsetAfter;    // offset in force from transitionSeconds[i]
    private final int offsetBeforeFirst;
    private final long precomputedUntil;

    private ZoneOffsets(ZoneRules rules) {
        this.rules = rules;
        if (rules.isFixedOffset()) {
            fixedOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
            transitionSeconds = null;
            offsetAfter = null;
            offsetBeforeFirst = fixedOffset;
            precomputedUntil = Long.MAX_VALUE;
            return;
        }
        fixedOffset = 0;
        precomputedUntil = java.time.LocalDate.of(PRECOMPUTED_UNTIL_YEAR, 1, 1).toEpochDay() * 86_400L;
        long[] seconds = new long[64];
        int[] offsets = new int[64];
        int n = 0;
        Instant cursor = Instant.ofEpochSecond(java.time.LocalDate.of(1800, 1, 1).toEpochDay() * 86_400L);
        offsetBeforeFirst = rules.getOffset(cursor).getTotalSeconds();
        ZoneOffsetTransition t = rules.nextTransition(cursor);
        while (t != null && t.toEpochSecond() < precomputedUntil) {
            if (n == seconds.length) {
                seconds = Arrays.copyOf(seconds, n * 2);
                offsets = Arrays.copyOf(offsets, n * 2);
            }
            seconds[n] = t.toEpochSecond();
            offsets[n] = t.getOffsetAfter().getTotalSeconds();
            n++;
            t = rules.nextTransition(t.getInstant());
        }
        transitionSeconds = Arrays.copyOf(seconds, n);
        offsetAfter = Arrays.copyOf(offsets, n);
    }

    /**
     * The offsets of a zone.
     *
     * @param zone the zone
     * @return its offsets
     */
    public static ZoneOffsets of(ZoneId zone) {
        Checks.notNull("zone", zone);
        return new ZoneOffsets(zone.getRules());
    }

    /**
     * The UTC offset in force at an instant, in seconds.
     *
     * @param epochSecond seconds since the epoch
     * @return the offset, seconds east of UTC
     */
    public int offsetSeconds(long epochSecond) {
        if (transitionSeconds == null) {
            return fixedOffset;
        }
        if (epochSecond >= precomputedUntil) {
            return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        }
        int i = Arrays.binarySearch(transitionSeconds, epochSecond);
        if (i < 0) {
            i = -i - 2; // index of the last transition before epochSecond
        }
        return i < 0 ? offsetBeforeFirst : offsetAfter[i];
    }

    /**
     * Epoch milliseconds shifted onto the local time line: the epoch milliseconds of the local
     * date-time read as if it were UTC.
     *
     * @param epochMillis milliseconds since the epoch
     * @return local milliseconds
     */
    public long toLocalMillis(long epochMillis) {
        return epochMillis + offsetSeconds(Math.floorDiv(epochMillis, 1000L)) * 1000L;
    }

    /**
     * Whether the zone has a single fixed offset.
     *
     * @return true for fixed-offset zones such as UTC
     */
    public boolean isFixed() {
        return transitionSeconds == null;
    }

    /**
     * The UTC offset in force at an instant, as a {@link ZoneOffset}.
     *
     * @param epochSecond seconds since the epoch
     * @return the offset
     */
    public ZoneOffset offset(long epochSecond) {
        return ZoneOffset.ofTotalSeconds(offsetSeconds(epochSecond));
    }
}
