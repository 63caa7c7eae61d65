package io.retention4j.metrics.internal;

import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * {@link CalendarPeriod#indexOf(long)} for instants in a known range in constant time: the range is
 * cut into buckets of 2^22 ms (about 70 minutes) that each hold the period index at their start and
 * the first period boundary inside them, so a lookup is a shift, two array reads and a comparison
 * instead of a zone-offset search and calendar arithmetic.
 *
 * <p>Gives exactly the same index as {@code indexOf}: each boundary is the first instant that
 * {@code indexOf} places in its period (found by bisection); a bucket with more than one boundary
 * (an empty period, as when a zone skips a day) is answered by binary search over the boundaries;
 * and when the zone's clock goes back across a period boundary in the range (the one case where
 * {@code indexOf} is not monotonic in time) no table is built. Fixed-length buckets, instants
 * outside the range and ranges longer than about 500 years go to {@code indexOf}.
 *
 * <p>Immutable and thread-safe; lookups allocate nothing.
 */
public final class PeriodLookup {
    private static final int SHIFT = 22;
    private static final int MAX_BUCKETS = 1 << 22;
    private static final long SEARCH_MARGIN = 3L * 86_400_000L;
    private static final long SEVERAL = Long.MIN_VALUE; // a bucket with more than one boundary

    private final CalendarPeriod period;
    private final long firstIndex;
    private final long[] boundaries;  // boundaries[k]: first instant of period firstIndex + k; null = no table
    private final long base;          // boundaries[0]
    private final long limit;         // the last boundary: the end of the range's last period
    private final int[] bucketIndex;  // period index at the bucket's start, minus firstIndex
    private final long[] nextBoundary; // the boundary inside the bucket, Long.MAX_VALUE if none, SEVERAL

    private PeriodLookup(CalendarPeriod period, long firstIndex, long[] boundaries) {
        this.period = period;
        this.firstIndex = firstIndex;
        this.boundaries = boundaries;
        if (boundaries == null) {
            base = 0;
            limit = 0;
            bucketIndex = null;
            nextBoundary = null;
            return;
        }
        base = boundaries[0];
        limit = boundaries[boundaries.length - 1];
        int buckets = (int) (((limit - base) >>> SHIFT) + 1);
        bucketIndex = new int[buckets];
        nextBoundary = new long[buckets];
        int k = 0; // the period of the bucket's start: boundaries[k] <= start < boundaries[k + 1]
        for (int b = 0; b < buckets; b++) {
            long start = base + ((long) b << SHIFT);
            long end = start + (1L << SHIFT);
            while (k + 1 < boundaries.length && boundaries[k + 1] <= start) {
                k++;
            }
            bucketIndex[b] = k;
            int inside = 0;
            while (k + 1 + inside < boundaries.length && boundaries[k + 1 + inside] < end) {
                inside++;
            }
            nextBoundary[b] = inside == 0 ? Long.MAX_VALUE : inside == 1 ? boundaries[k + 1] : SEVERAL;
        }
    }

    /**
     * A lookup for instants in {@code [fromMillis, toMillis]}.
     *
     * @param period     the grouping
     * @param fromMillis the earliest instant looked up often
     * @param toMillis   the latest instant looked up often
     * @return the lookup (without a table for fixed-length buckets, an empty or too long range, or
     *         when the zone's clock goes back across a period boundary in it)
     */
    public static PeriodLookup of(CalendarPeriod period, long fromMillis, long toMillis) {
        if (period.kind() == CalendarPeriod.Kind.FIXED || fromMillis > toMillis || fromMillis == Long.MIN_VALUE
                || toMillis == Long.MAX_VALUE) {
            return new PeriodLookup(period, 0, null);
        }
        long first = period.indexOf(fromMillis);
        long last = period.indexOf(toMillis);
        long startMillis = PeriodBounds.startMillis(period, first);
        long endMillis = PeriodBounds.startMillis(period, last + 1);
        if (last < first || ((endMillis - startMillis) >>> SHIFT) + 2 >= MAX_BUCKETS
                || !monotonic(period, startMillis, endMillis)) {
            return new PeriodLookup(period, 0, null);
        }
        int n = (int) (last - first + 1);
        long[] boundaries = new long[n + 1];
        for (int k = 0; k <= n; k++) {
            boundaries[k] = firstInstant(period, first + k);
        }
        return new PeriodLookup(period, first, boundaries);
    }

    /**
     * The index of the period that contains an instant.
     *
     * @param epochMillis the instant
     * @return the same value as {@code period.indexOf(epochMillis)}
     */
    public long indexOf(long epochMillis) {
        if (boundaries == null || epochMillis < base || epochMillis >= limit) {
            return period.indexOf(epochMillis);
        }
        int bucket = (int) ((epochMillis - base) >>> SHIFT);
        long next = nextBoundary[bucket];
        if (next == SEVERAL) {
            return search(epochMillis);
        }
        return firstIndex + bucketIndex[bucket] + (epochMillis >= next ? 1 : 0);
    }

    /** The last k with {@code boundaries[k] <= epochMillis}, as a period index. */
    private long search(long epochMillis) {
        int lo = 0;
        int hi = boundaries.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (boundaries[mid] <= epochMillis) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return firstIndex + lo;
    }

    /** The first instant that {@code indexOf} places in period {@code index} or later. */
    private static long firstInstant(CalendarPeriod period, long index) {
        long guess = PeriodBounds.startMillis(period, index);
        if (period.indexOf(guess) >= index && period.indexOf(guess - 1) < index) {
            return guess;
        }
        long lo = guess - SEARCH_MARGIN; // indexOf(lo) < index
        long hi = guess + SEARCH_MARGIN; // indexOf(hi) >= index
        while (lo + 1 < hi) {
            long mid = lo + (hi - lo) / 2;
            if (period.indexOf(mid) >= index) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Whether no clock change near the range moves an instant back into an earlier period. */
    private static boolean monotonic(CalendarPeriod period, long fromMillis, long toMillis) {
        ZoneRules rules = period.zone().getRules();
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochMilli(fromMillis - SEARCH_MARGIN));
        while (t != null && t.getInstant().toEpochMilli() <= toMillis + SEARCH_MARGIN) {
            long at = t.getInstant().toEpochMilli();
            if (t.isOverlap() && period.indexOf(at) < period.indexOf(at - 1)) {
                return false;
            }
            t = rules.nextTransition(t.getInstant());
        }
        return true;
    }
}
