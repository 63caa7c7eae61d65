package io.retention4j.metrics.internal;

import io.retention4j.core.time.CalendarPeriod;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Where numbered periods of a {@link CalendarPeriod} begin, and how they are labelled.
 */
public final class PeriodBounds {
    private PeriodBounds() {
    }

    /**
     * The instant at which a period starts: its local start resolved in the period's zone (a start
     * that falls in a daylight-saving gap moves forward by the gap's length, as
     * {@link LocalDateTime#atZone} does).
     *
     * @param period the grouping
     * @param index  a period index
     * @return epoch milliseconds
     */
    public static long startMillis(CalendarPeriod period, long index) {
        if (period.kind() == CalendarPeriod.Kind.FIXED) {
            return period.startLocalMillis(index);
        }
        return period.start(index).atZone(period.zone()).toInstant().toEpochMilli();
    }

    /**
     * A short label for a period: "2024-03" for a month, the first day for a day or week, the start
     * date-time for fixed buckets (in UTC).
     *
     * @param period the grouping
     * @param index  a period index
     * @return the label
     */
    public static String label(CalendarPeriod period, long index) {
        LocalDateTime start = period.start(index);
        switch (period.kind()) {
            case MONTHS:
                return String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case DAYS:
            case WEEKS:
                return start.toLocalDate().toString();
            default:
                return start.toString();
        }
    }
}
