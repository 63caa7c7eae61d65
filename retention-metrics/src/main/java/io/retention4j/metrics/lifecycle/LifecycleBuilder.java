package io.retention4j.metrics.lifecycle;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.model.Customer;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.metrics.cohort.Activity;
import io.retention4j.metrics.cohort.ActivityTimeline;
import io.retention4j.metrics.cohort.CalendarOptions;
import io.retention4j.metrics.internal.ObservationWindow;
import io.retention4j.metrics.internal.PeriodBounds;
import io.retention4j.metrics.internal.PeriodLookup;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;

/**
 * Chooses how lifecycle counts are computed; {@link #table()} computes them. Obtain one from
 * {@link Lifecycle}.
 *
 * <p>Defaults: creation at the first activity, calendar days in UTC, the window from the earliest
 * to just after the latest activity (see {@link CalendarOptions}). Not thread-safe; the table it
 * computes is immutable.
 */
public final class LifecycleBuilder extends CalendarOptions<LifecycleBuilder> {
    /** The largest number of intervals a table may have. */
    public static final int MAX_INTERVALS = 1 << 20;

    private final Activity activity;
    private Activity signups;

    LifecycleBuilder(Activity activity) {
        this.activity = Objects.requireNonNull(activity, "activity must not be null");
    }

    @Override
    protected LifecycleBuilder self() {
        return this;
    }

    /**
     * Creation at sign-up ({@link Creation#SIGN_UP}): a customer is new when active in the interval
     * of their sign-up. Every active customer needs a record, and no activity may precede the
     * sign-up; both are checked when the table is computed.
     *
     * @param customers the customer records, each id once
     * @return this builder
     * @throws IllegalArgumentException naming an id that appears twice
     */
    public LifecycleBuilder signups(Collection<Customer> customers) {
        this.signups = Activity.signups(customers);
        return this;
    }

    /**
     * Computes the table: one pass per customer over their sorted activity.
     *
     * @return the table
     * @throws IllegalArgumentException when the window ends before it starts, when it spans more
     *                                  than {@link #MAX_INTERVALS} intervals, or with sign-up creation
     *                                  when an active customer has no record or was active before
     *                                  signing up (naming the customer)
     */
    public LifecycleTable table() {
        CalendarPeriod period = resolvedPeriod();
        ActivityTimeline timeline = activity.timeline();
        ActivityTimeline signupTimeline = signups == null ? null : signups.timeline();
        long[] creation = signupTimeline == null ? null : creationMillis(timeline, signupTimeline);
        Creation rule = signups == null ? Creation.FIRST_ACTIVITY : Creation.SIGN_UP;
        long latest = timeline.maxMillis();
        long fromMillis = fromMillis(timeline.minMillis());
        long untilMillis = untilMillis(latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest + 1);
        if (fromMillis == Long.MAX_VALUE) {
            Instant at = Instant.ofEpochMilli(untilMillis == Long.MIN_VALUE ? 0 : untilMillis);
            return new LifecycleTable(activity.description(), rule, period, at, at, timeline.ids(), new String[0],
                    new LocalDateTime[0], new boolean[0], new int[0][][]);
        }
        ObservationWindow window = ObservationWindow.of(period, fromMillis, untilMillis, "interval");
        long first = window.firstIndex();
        long firstMillis = window.startMillis();
        long count = window.periods();
        if (count > MAX_INTERVALS) {
            throw new IllegalArgumentException("the window spans " + count + " intervals, more than "
                    + MAX_INTERVALS + "; narrow it with from/until or choose a longer period");
        }
        int intervals = (int) count;
        long earliest = signupTimeline == null ? timeline.minMillis()
                : Math.min(timeline.minMillis(), signupTimeline.minMillis());
        PeriodLookup lookup = PeriodLookup.of(period, Math.min(earliest, firstMillis), untilMillis);
        LifecycleCounter counter = new LifecycleCounter(timeline, lookup, first, intervals, untilMillis, creation);
        counter.run();
        String[] labels = new String[intervals];
        LocalDateTime[] starts = new LocalDateTime[intervals];
        boolean[] complete = new boolean[intervals];
        int[][][] members = new int[intervals][][];
        long untilPeriod = period.indexOf(untilMillis);
        for (int i = 0; i < intervals; i++) {
            labels[i] = PeriodBounds.label(period, first + i);
            starts[i] = period.start(first + i);
            complete[i] = first + i + 1 <= untilPeriod;
            members[i] = new int[LifecycleStatus.values().length][];
            for (LifecycleStatus status : LifecycleStatus.values()) {
                members[i][status.ordinal()] = counter.customers(status, i);
            }
        }
        return new LifecycleTable(activity.description(), rule, period, Instant.ofEpochMilli(firstMillis),
                Instant.ofEpochMilli(untilMillis), timeline.ids(), labels, starts, complete, members);
    }

    /** Per active customer, their sign-up instant; rejects missing records and activity before the sign-up. */
    private static long[] creationMillis(ActivityTimeline activity, ActivityTimeline signups) {
        IdDictionary records = signups.ids();
        long[] creation = new long[activity.customerCount()];
        for (int c = 0; c < creation.length; c++) {
            if (activity.first(c) == activity.end(c)) {
                continue;
            }
            String id = activity.ids().id(c);
            int record = records.indexOf(id);
            if (record < 0) {
                throw new IllegalArgumentException("customer '" + id + "' is active but has no sign-up record; "
                        + "add a Customer for every active customer, or leave creation at the first activity");
            }
            creation[c] = signups.millis(signups.first(record));
            long firstActivity = activity.millis(activity.first(c));
            if (firstActivity < creation[c]) {
                throw new IllegalArgumentException("customer '" + id + "' was active at "
                        + Instant.ofEpochMilli(firstActivity) + ", before signing up at "
                        + Instant.ofEpochMilli(creation[c]));
            }
        }
        return creation;
    }
}
