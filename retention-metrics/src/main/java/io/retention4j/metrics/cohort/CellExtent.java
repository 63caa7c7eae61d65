package io.retention4j.metrics.cohort;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.metrics.internal.ObservationWindow;
import io.retention4j.metrics.internal.PeriodBounds;

/**
 * Which cells of a cohort's row the observation window covers: observed cells (their first period
 * started before the end) and complete cells (all their periods ended by the end). Immutable.
 */
final class CellExtent {
    private final CalendarPeriod period;
    private final ColumnLayout columns;
    private final long windowMillis;
    private final long lastCohort;
    private final long endMillis;
    private final long endPeriod; // the period that contains the end instant

    CellExtent(CalendarPeriod period, ColumnLayout columns, long windowMillis, ObservationWindow observation) {
        this.period = period;
        this.columns = columns;
        this.windowMillis = windowMillis;
        this.lastCohort = observation.lastIndex();
        this.endMillis = observation.endMillis();
        this.endPeriod = period.indexOf(endMillis);
    }

    /** The number of observed cells of a cohort's row, at least 1 (column 0). */
    int observed(long cohort) {
        int observed = 1;
        if (windowMillis == 0) {
            while (observed < columns.count() && cohort + columns.first(observed) <= lastCohort) {
                observed++;
            }
        } else {
            long cohortStart = PeriodBounds.startMillis(period, cohort);
            while (observed < columns.count()
                    && windowStart(cohortStart, columns.first(observed), windowMillis) < endMillis) {
                observed++;
            }
        }
        return observed;
    }

    /**
     * The number of complete cells of a cohort's row: column 0 once the cohort's period has ended;
     * column {@code c} once its last period has ended for every possible member (for rolling
     * windows, a member who started just before the cohort period's end).
     */
    int complete(long cohort, int observed) {
        int complete = 0;
        if (windowMillis == 0) {
            while (complete < observed && cohort + columns.last(complete) + 1 <= endPeriod) {
                complete++;
            }
            return complete;
        }
        long cohortEnd = PeriodBounds.startMillis(period, cohort + 1);
        if (cohortEnd > endMillis) {
            return 0;
        }
        complete = 1;
        while (complete < observed
                && windowStart(cohortEnd, columns.last(complete) + 1L, windowMillis) <= endMillis) {
            complete++;
        }
        return complete;
    }

    /** {@code base + periods * windowMillis}, saturating at {@link Long#MAX_VALUE}. */
    private static long windowStart(long base, long periods, long windowMillis) {
        if (periods > (Long.MAX_VALUE - base) / windowMillis) {
            return Long.MAX_VALUE;
        }
        return base + periods * windowMillis;
    }
}
