package io.retention4j.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Test helper: the day clock that never runs backwards, written from its definition with java.time.
 * The latest local date reached at or before an instant is the local date of the instant or of the
 * moment just before an offset transition; dates only run backwards at a transition, by less than
 * 36 hours (offsets lie within +-18 hours), so only transitions of the last 36 hours can matter.
 */
public final class ReferenceDays {
    private static final long HOUR = 3_600_000L;

    private ReferenceDays() {
    }

    private static long localDay(ZoneId zone, long millis) {
        return Instant.ofEpochMilli(millis).atZone(zone).toLocalDate().toEpochDay();
    }

    /**
     * The latest local date (epoch day) reached at or before an instant.
     *
     * @param zone   the zone
     * @param millis the instant
     * @return the epoch day
     */
    public static long day(ZoneId zone, long millis) {
        ZoneRules rules = zone.getRules();
        long day = localDay(zone, millis);
        ZoneOffsetTransition t = rules.previousTransition(Instant.ofEpochMilli(millis + 1));
        while (t != null && t.getInstant().toEpochMilli() > millis - 36 * HOUR) {
            day = Math.max(day, localDay(zone, t.getInstant().toEpochMilli() - 1));
            t = rules.previousTransition(t.getInstant());
        }
        return day;
    }
}
