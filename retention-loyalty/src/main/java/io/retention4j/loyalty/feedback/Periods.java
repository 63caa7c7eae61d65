package io.retention4j.loyalty.feedback;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.time.LocalDate;

/** Calendar periods (days, weeks, months in a zone) of core's {@link CalendarPeriod}, named by their first day. */
final class Periods {
    private Periods() {
    }

    /** Rejects fixed-length buckets: feedback reports are by calendar period in a zone. */
    static CalendarPeriod calendar(CalendarPeriod period) {
        Require.notNull("period", period);
        if (period.kind() == CalendarPeriod.Kind.FIXED) {
            throw new IllegalArgumentException("period must be calendar days, weeks or months in a zone "
                    + "(CalendarPeriod.days/weeks/months), got " + period);
        }
        return period;
    }

    /** The first local day of the period containing an instant. */
    static LocalDate start(CalendarPeriod period, Instant at) {
        return period.start(period.indexOf(at)).toLocalDate();
    }

    /** The first local day of the period after the one starting on {@code start}. */
    static LocalDate next(CalendarPeriod period, LocalDate start) {
        return switch (period.kind()) {
            case DAYS -> start.plusDays(1);
            case WEEKS -> start.plusWeeks(1);
            case MONTHS -> start.plusMonths(1);
            case FIXED -> throw new IllegalArgumentException("fixed-length periods are not calendar periods");
        };
    }
}
