package io.retention4j.metrics.lifecycle;

import io.retention4j.metrics.cohort.ActivityTimeline;
import io.retention4j.metrics.internal.PeriodLookup;
import java.util.Arrays;

/**
 * The counting passes of a lifecycle table: per customer, a walk over their sorted activity
 * instants, noting the distinct periods they were active in. The first pass counts the customers
 * per (status, interval), the second stores them in arrays of exactly that size, as indexes into the
 * activity's customer order, in that order.
 *
 * <p>Not thread-safe: one instance per computation.
 */
final class LifecycleCounter {
    private static final int STATUSES = LifecycleStatus.values().length;

    private final ActivityTimeline activity;
    private final PeriodLookup period;
    private final long firstInterval;
    private final int intervals;
    private final long untilMillis;
    private final long[] creationMillis; // per activity customer; null = first activity
    private final int[][] members;       // [status * intervals + interval] -> customer indexes
    private final int[] sizes;
    private boolean filling;

    LifecycleCounter(ActivityTimeline activity, PeriodLookup period, long firstInterval, int intervals,
                     long untilMillis, long[] creationMillis) {
        this.activity = activity;
        this.period = period;
        this.firstInterval = firstInterval;
        this.intervals = intervals;
        this.untilMillis = untilMillis;
        this.creationMillis = creationMillis;
        this.members = new int[STATUSES * intervals][];
        this.sizes = new int[STATUSES * intervals];
    }

    void run() {
        walk();
        for (int slot = 0; slot < members.length; slot++) {
            members[slot] = new int[sizes[slot]];
        }
        Arrays.fill(sizes, 0);
        filling = true;
        walk();
    }

    private void walk() {
        long lastInterval = firstInterval + intervals - 1;
        for (int c = 0; c < activity.customerCount(); c++) {
            int first = activity.first(c);
            int end = activity.end(c);
            if (first == end) {
                continue;
            }
            long created = period.indexOf(creationMillis == null ? activity.millis(first) : creationMillis[c]);
            long previous = Long.MIN_VALUE; // the last active period seen
            for (int i = first; i < end; i++) {
                long t = activity.millis(i);
                if (t >= untilMillis) {
                    break;
                }
                long active = period.indexOf(t);
                if (active == previous) {
                    continue;
                }
                if (previous != Long.MIN_VALUE && active > previous + 1) {
                    add(LifecycleStatus.DORMANT, previous + 1, c, lastInterval);
                }
                LifecycleStatus status = active == created ? LifecycleStatus.NEW
                        : active == previous + 1 && previous != Long.MIN_VALUE ? LifecycleStatus.RETURNING
                        : LifecycleStatus.RESURRECTING;
                add(status, active, c, lastInterval);
                previous = active;
            }
            if (previous != Long.MIN_VALUE) {
                add(LifecycleStatus.DORMANT, previous + 1, c, lastInterval);
            }
        }
    }

    private void add(LifecycleStatus status, long interval, int customer, long lastInterval) {
        if (interval < firstInterval || interval > lastInterval) {
            return;
        }
        int slot = status.ordinal() * intervals + (int) (interval - firstInterval);
        if (filling) {
            members[slot][sizes[slot]] = customer;
        }
        sizes[slot]++;
    }

    /** The customers of a status in an interval, as activity customer indexes in ascending order (not copied). */
    int[] customers(LifecycleStatus status, int interval) {
        return members[status.ordinal() * intervals + interval];
    }
}
