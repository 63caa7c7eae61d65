package io.retention4j.metrics.internal;

import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;

/**
 * The periods of an observation window: from the period that contains the window's start to the
 * period that contains its last instant. Immutable.
 */
public final class ObservationWindow {
    private final long firstIndex;
    private final long lastIndex;
    private final long startMillis;
    private final long endMillis;

    private ObservationWindow(long firstIndex, long lastIndex, long startMillis, long endMillis) {
        this.firstIndex = firstIndex;
        this.lastIndex = lastIndex;
        this.startMillis = startMillis;
        this.endMillis = endMillis;
    }

    /**
     * The window from the period of {@code fromMillis} to {@code untilMillis}, exclusive.
     *
     * @param period      the grouping
     * @param fromMillis  an instant in the first period
     * @param untilMillis the end, exclusive
     * @param rowName     what a period is called in messages ("cohort", "interval")
     * @return the window
     * @throws IllegalArgumentException when the end is not after the start of the first period
     */
    public static ObservationWindow of(CalendarPeriod period, long fromMillis, long untilMillis, String rowName) {
        long first = period.indexOf(fromMillis);
        long start = PeriodBounds.startMillis(period, first);
        if (untilMillis <= start) {
            throw new IllegalArgumentException("the observation end " + Instant.ofEpochMilli(untilMillis)
                    + " must be after the start of the first " + rowName + " " + Instant.ofEpochMilli(start)
                    + "; set until(...) or through(...) after from(...)");
        }
        return new ObservationWindow(first, period.indexOf(untilMillis - 1), start, untilMillis);
    }

    /**
     * The index of the first period.
     *
     * @return the period index
     */
    public long firstIndex() {
        return firstIndex;
    }

    /**
     * The index of the last period (the one that contains the last observed instant).
     *
     * @return the period index
     */
    public long lastIndex() {
        return lastIndex;
    }

    /**
     * The number of periods.
     *
     * @return {@code lastIndex - firstIndex + 1}
     */
    public long periods() {
        return lastIndex - firstIndex + 1;
    }

    /**
     * The start of the first period.
     *
     * @return epoch milliseconds
     */
    public long startMillis() {
        return startMillis;
    }

    /**
     * The end of the window, exclusive.
     *
     * @return epoch milliseconds
     */
    public long endMillis() {
        return endMillis;
    }
}
