package io.retention4j.core.summary;

import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An inclusive end of observation given either as an instant or as a last day whose zone is only
 * known when the summary is built (it is the period's zone).
 */
final class EndPoint {
    private final Instant instant;
    private final LocalDate lastDay;

    private EndPoint(Instant instant, LocalDate lastDay) {
        this.instant = instant;
        this.lastDay = lastDay;
    }

    static EndPoint at(Instant instant) {
        return new EndPoint(instant, null);
    }

    static EndPoint endOf(LocalDate lastDay) {
        return new EndPoint(null, lastDay);
    }

    /** The instant itself, or the last millisecond of the day in the period's zone. */
    Instant resolve(CalendarPeriod period) {
        if (instant != null) {
            return instant;
        }
        return lastDay.plusDays(1).atStartOfDay(period.zone()).toInstant().minusMillis(1);
    }
}
