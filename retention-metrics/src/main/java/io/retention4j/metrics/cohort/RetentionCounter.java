package io.retention4j.metrics.cohort;

import io.retention4j.metrics.internal.PeriodLookup;
import java.time.Instant;
import java.util.Arrays;

/**
 * The counting pass of a cohort table: one pass per customer over their sorted start and return
 * instants, with no per-event objects. With calendar periods, the customer's qualifying return
 * periods (those with at least the minimum number of return events) are collected once and every
 * membership (the customer in a cohort) marks the columns of the qualifying periods after its
 * cohort. With rolling windows, each membership scans the returns from its anchor (the first start
 * event in the cohort's period), grouping them by window.
 *
 * <p>Not thread-safe: one instance per computation.
 */
final class RetentionCounter {
    private final ActivityTimeline starts;
    private final ActivityTimeline returns;
    private final int[] returnIndex;        // start customer -> return customer; null = same order
    private final PeriodLookup period;
    private final long windowMillis;        // 0 = calendar periods
    private final boolean recurring;
    private final boolean onOrAfter;
    private final int minimum;
    private final ColumnLayout columns;
    private final long firstCohort;
    private final long endMillis;
    private final boolean rejectEarlyReturns;
    private final String startName;

    private long[] qualified = new long[16]; // calendar mode: the customer's qualifying return periods
    private int qualifiedCount;

    final int[] sizes;
    final int[][] counts;                   // rows x columns; ON_OR_AFTER: per-row reach histogram until finish()
    long outsideWindow;
    long returnsBeforeStart;
    long returnsAfterEnd;
    int startingCustomers;
    int unmatchedCustomers;

    RetentionCounter(ActivityTimeline starts, ActivityTimeline returns, PeriodLookup period, long windowMillis,
                     CohortSettings settings, ColumnLayout columns, long firstCohort, int rows) {
        this.starts = starts;
        this.returns = returns;
        this.returnIndex = starts.indexIn(returns);
        this.period = period;
        this.windowMillis = windowMillis;
        this.recurring = settings.cohorting() == Cohorting.RECURRING;
        this.onOrAfter = settings.mode() == ReturnMode.ON_OR_AFTER;
        this.minimum = settings.minimumEvents();
        this.columns = columns;
        this.firstCohort = firstCohort;
        this.endMillis = settings.until().toEpochMilli();
        this.rejectEarlyReturns = settings.beforeStart() == BeforeStart.REJECT;
        this.startName = settings.startEvent();
        this.sizes = new int[rows];
        this.counts = new int[rows][columns.count()];
    }

    /** Counts every customer, then turns "on or after" histograms into counts. */
    void run() {
        for (int c = 0; c < starts.customerCount(); c++) {
            int first = starts.first(c);
            int end = starts.end(c);
            if (first == end) {
                continue;
            }
            startingCustomers++;
            int rc = returnIndex == null ? c : returnIndex[c];
            qualifiedCount = 0;
            if (rc < 0) {
                unmatchedCustomers++;
            } else {
                returnsAfterEnd += returns.end(rc) - returns.firstAtOrAfter(returns.first(rc), returns.end(rc),
                        endMillis);
                checkEarlyReturns(c, rc, starts.millis(first));
                if (windowMillis == 0) {
                    collectQualified(rc);
                }
            }
            if (recurring) {
                countRecurring(rc, first, end);
            } else {
                countFirstTime(rc, starts.millis(first));
            }
        }
        if (onOrAfter) {
            for (int[] row : counts) {
                for (int col = row.length - 2; col >= 1; col--) {
                    row[col] += row[col + 1];
                }
            }
        }
        for (int row = 0; row < sizes.length; row++) {
            counts[row][0] = sizes[row];
        }
    }

    /** Returns before the customer's first start never count; rejects or tallies them. */
    private void checkEarlyReturns(int c, int rc, long firstStartMillis) {
        int lo = returns.first(rc);
        int early = returns.firstAtOrAfter(lo, returns.end(rc), firstStartMillis) - lo;
        if (early > 0) {
            if (rejectEarlyReturns) {
                throw new IllegalArgumentException("customer '" + starts.ids().id(c) + "': return event at "
                        + Instant.ofEpochMilli(returns.millis(lo)) + " is before the first start event ("
                        + startName + ") at " + Instant.ofEpochMilli(firstStartMillis)
                        + "; use beforeStart(BeforeStart.IGNORE) to leave such events out");
            }
            returnsBeforeStart += early;
        }
    }

    private void countFirstTime(int rc, long startMillis) {
        countMembership(period.indexOf(startMillis), startMillis, rc);
    }

    private void countRecurring(int rc, int first, int end) {
        long lastCohort = Long.MIN_VALUE;
        for (int i = first; i < end; i++) {
            long t = starts.millis(i);
            long cohort = period.indexOf(t);
            if (cohort == lastCohort) {
                continue;
            }
            lastCohort = cohort;
            countMembership(cohort, t, rc);
        }
    }

    /** Counts one membership anchored at a start event, or tallies it as outside the window. */
    private void countMembership(long cohort, long anchorMillis, int rc) {
        if (anchorMillis >= endMillis || cohort < firstCohort) {
            outsideWindow++;
            return;
        }
        int row = (int) (cohort - firstCohort);
        sizes[row]++;
        if (rc >= 0) {
            count(row, cohort, anchorMillis, rc);
        }
    }

    /** The periods of a customer's returns before the end that hold at least the minimum number of events. */
    private void collectQualified(int rc) {
        int end = returns.end(rc);
        long current = Long.MIN_VALUE;
        int run = 0;
        for (int i = returns.first(rc); i < end; i++) {
            long t = returns.millis(i);
            if (t >= endMillis) {
                break;
            }
            long index = period.indexOf(t);
            if (index != current) {
                if (run >= minimum) {
                    addQualified(current);
                }
                current = index;
                run = 0;
            }
            run++;
        }
        if (run >= minimum) {
            addQualified(current);
        }
    }

    private void addQualified(long index) {
        if (qualifiedCount == qualified.length) {
            qualified = Arrays.copyOf(qualified, qualifiedCount * 2);
        }
        qualified[qualifiedCount++] = index;
    }

    /** Marks the columns one membership returned in. */
    private void count(int row, long cohort, long anchorMillis, int rc) {
        if (windowMillis != 0) {
            scan(row, anchorMillis, rc);
            return;
        }
        if (qualifiedCount == 0 || qualified[qualifiedCount - 1] <= cohort) {
            return;
        }
        int maxPeriod = columns.maxPeriod();
        int[] rowCounts = counts[row];
        if (onOrAfter) {
            int column = columns.lastColumnStartingBy(Math.min(qualified[qualifiedCount - 1] - cohort, maxPeriod));
            if (column > 0) {
                rowCounts[column]++;
            }
            return;
        }
        int lastColumn = 0;
        for (int j = qualifiedCount - 1; j >= 0 && qualified[j] > cohort; j--) {
            long offset = qualified[j] - cohort;
            if (offset <= maxPeriod) {
                int column = columns.columnOf(offset);
                if (column > 0 && column != lastColumn) {
                    rowCounts[column]++;
                    lastColumn = column;
                }
            }
        }
    }

    /** Scans one member's returns from their anchor in rolling windows and marks the columns they returned in. */
    private void scan(int row, long anchorMillis, int rc) {
        int[] rowCounts = counts[row];
        int end = returns.end(rc);
        int maxPeriod = columns.maxPeriod();
        long currentOffset = 0;
        int run = 0;
        int lastColumn = 0;
        long lastQualified = 0;
        for (int i = returns.firstAtOrAfter(returns.first(rc), end, anchorMillis); i < end; i++) {
            long t = returns.millis(i);
            if (t >= endMillis) {
                break;
            }
            long offset = (t - anchorMillis) / windowMillis;
            if (offset != currentOffset) {
                if (run >= minimum && currentOffset >= 1) {
                    if (onOrAfter) {
                        lastQualified = currentOffset;
                    } else {
                        lastColumn = mark(rowCounts, currentOffset, lastColumn);
                    }
                }
                if (offset > maxPeriod && !onOrAfter) {
                    return;
                }
                currentOffset = offset;
                run = 0;
            }
            run++;
        }
        if (run >= minimum && currentOffset >= 1) {
            if (onOrAfter) {
                lastQualified = currentOffset;
            } else {
                mark(rowCounts, currentOffset, lastColumn);
            }
        }
        if (lastQualified >= 1) {
            int column = columns.lastColumnStartingBy(Math.min(lastQualified, maxPeriod));
            if (column > 0) {
                rowCounts[column]++;
            }
        }
    }

    /** Counts the member once in the column of a qualifying offset; returns the column last marked. */
    private int mark(int[] rowCounts, long offset, int lastColumn) {
        int column = columns.columnOf(offset);
        if (column > 0 && column != lastColumn) {
            rowCounts[column]++;
            return column;
        }
        return lastColumn;
    }
}
