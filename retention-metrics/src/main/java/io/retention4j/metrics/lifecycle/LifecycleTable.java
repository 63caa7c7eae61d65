package io.retention4j.metrics.lifecycle;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lifecycle counts per interval: how many customers were {@link LifecycleStatus#NEW new},
 * {@link LifecycleStatus#RETURNING returning}, {@link LifecycleStatus#RESURRECTING resurrecting}
 * and {@link LifecycleStatus#DORMANT dormant} (reported negative), and which customers they were.
 *
 * <p>A customer is active in an interval when they have at least one activity in it before the
 * observation end. Activity before the window counts for the first interval's "previous interval"
 * and for creation. In every interval each active customer has exactly one of the three active
 * statuses, so {@code new + returning + resurrecting} is the number of active customers, and
 * {@code -dormant} the number active in the previous interval but not in this one. An empty input
 * gives a table without intervals.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LifecycleTable {
    private final String activity;
    private final Creation creation;
    private final CalendarPeriod period;
    private final Instant from;
    private final Instant until;
    private final IdDictionary customers;
    private final String[] labels;
    private final LocalDateTime[] starts;
    private final boolean[] complete;
    private final int[][][] members; // [interval][status] -> customer indexes

    LifecycleTable(String activity, Creation creation, CalendarPeriod period, Instant from, Instant until,
                   IdDictionary customers, String[] labels, LocalDateTime[] starts, boolean[] complete,
                   int[][][] members) {
        this.activity = activity;
        this.creation = creation;
        this.period = period;
        this.from = from;
        this.until = until;
        this.customers = customers;
        this.labels = labels;
        this.starts = starts;
        this.complete = complete;
        this.members = members;
    }

    /**
     * What counts as activity, in words.
     *
     * @return the description ("purchases", "events login", ...)
     */
    public String activity() {
        return activity;
    }

    /**
     * When customers were created.
     *
     * @return the creation rule
     */
    public Creation creation() {
        return creation;
    }

    /**
     * The calendar period of the intervals.
     *
     * @return the grouping
     */
    public CalendarPeriod period() {
        return period;
    }

    /**
     * The start of the first interval.
     *
     * @return the instant
     */
    public Instant from() {
        return from;
    }

    /**
     * The end of the observation window, exclusive.
     *
     * @return the instant
     */
    public Instant until() {
        return until;
    }

    /**
     * The number of intervals: every period from the first to the one containing the last observed
     * instant.
     *
     * @return the count
     */
    public int intervalCount() {
        return labels.length;
    }

    /**
     * One interval with its customer lists.
     *
     * @param interval {@code 0 .. intervalCount() - 1}
     * @return the interval
     */
    public LifecycleInterval interval(int interval) {
        check(interval);
        return new LifecycleInterval(labels[interval], starts[interval], complete[interval],
                ids(interval, LifecycleStatus.NEW), ids(interval, LifecycleStatus.RETURNING),
                ids(interval, LifecycleStatus.RESURRECTING), ids(interval, LifecycleStatus.DORMANT));
    }

    /**
     * All intervals in order.
     *
     * @return the intervals
     */
    public List<LifecycleInterval> intervals() {
        List<LifecycleInterval> list = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            list.add(interval(i));
        }
        return List.copyOf(list);
    }

    /**
     * The signed count of a status in an interval: the number of customers, negative for
     * {@link LifecycleStatus#DORMANT}.
     *
     * @param interval an interval
     * @param status   the status
     * @return the count
     */
    public int count(int interval, LifecycleStatus status) {
        Objects.requireNonNull(status, "status must not be null");
        int n = members[check(interval)][status.ordinal()].length;
        return status == LifecycleStatus.DORMANT ? -n : n;
    }

    /**
     * The counts of one status over all intervals.
     *
     * @param status the status
     * @return one signed count per interval
     */
    public int[] series(LifecycleStatus status) {
        int[] series = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            series[i] = count(i, status);
        }
        return series;
    }

    /**
     * The customers of a status in an interval.
     *
     * @param interval an interval
     * @param status   the status
     * @return their ids, in log order
     */
    public List<String> customers(int interval, LifecycleStatus status) {
        Objects.requireNonNull(status, "status must not be null");
        return ids(check(interval), status);
    }

    /**
     * Whether an interval ended by the observation end.
     *
     * @param interval an interval
     * @return true when complete
     */
    public boolean isComplete(int interval) {
        return complete[check(interval)];
    }

    /**
     * The label of an interval.
     *
     * @param interval an interval
     * @return "2024-03" for months, the first day for days and weeks, the start for fixed buckets
     */
    public String label(int interval) {
        return labels[check(interval)];
    }

    /**
     * The counts as CSV, one line per interval: {@code interval,start,new,returning,resurrecting,dormant,complete}
     * (dormant negative).
     *
     * @return the CSV text with a header, lines ending in {@code \n}
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("interval,start,new,returning,resurrecting,dormant,complete\n");
        for (int i = 0; i < labels.length; i++) {
            sb.append(labels[i]).append(',').append(starts[i]);
            for (LifecycleStatus status : LifecycleStatus.values()) {
                sb.append(',').append(count(i, status));
            }
            sb.append(',').append(complete[i]).append('\n');
        }
        return sb.toString();
    }

    /**
     * A readable table: the settings, then one line per interval with the four counts (dormant
     * negative); incomplete intervals are marked with {@code *}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Lifecycle of %s by %s; creation = %s; observed %s .. %s (exclusive)%n", activity, period,
                creation == Creation.FIRST_ACTIVITY ? "first activity" : "sign-up", from, until));
        if (labels.length == 0) {
            return sb.append("(no intervals)\n").toString();
        }
        int width = "interval".length();
        for (String label : labels) {
            width = Math.max(width, label.length() + 1);
        }
        sb.append(String.format(Locale.ROOT, "%-" + width + "s %9s %9s %12s %9s%n", "interval", "new", "returning",
                "resurrecting", "dormant"));
        for (int i = 0; i < labels.length; i++) {
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %,9d %,9d %,12d %,9d%n",
                    labels[i] + (complete[i] ? "" : "*"), count(i, LifecycleStatus.NEW),
                    count(i, LifecycleStatus.RETURNING), count(i, LifecycleStatus.RESURRECTING),
                    count(i, LifecycleStatus.DORMANT)));
        }
        return sb.toString();
    }

    private List<String> ids(int interval, LifecycleStatus status) {
        int[] indexes = members[interval][status.ordinal()];
        String[] ids = new String[indexes.length];
        for (int k = 0; k < indexes.length; k++) {
            ids[k] = customers.id(indexes[k]);
        }
        return List.of(ids);
    }

    private int check(int interval) {
        if (interval < 0 || interval >= labels.length) {
            throw new IndexOutOfBoundsException("interval " + interval + " outside 0.." + (labels.length - 1));
        }
        return interval;
    }
}
