package io.retention4j.core.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns local date-times of one zone into epoch milliseconds with the rules of
 * {@link LocalDateTime#atZone(ZoneId)}: a time in a gap moves forward by the gap's length, a time
 * in an overlap takes the earlier offset.
 *
 * <p>Input files repeat the same day row after row, so the resolver remembers the last day: when
 * that day has one offset from its midnight to the next (every day but the few with a transition),
 * a conversion is one subtraction and allocates nothing. Days with a transition take the slow,
 * allocating path. Fixed-offset zones never do.
 *
 * <p>Not thread-safe: one instance per reader.
 */
public final class LocalTimeResolver {
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long SECONDS_PER_DAY = 86_400L;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean fixed;
    private final long fixedOffsetMillis;
    private long cachedDay = Long.MIN_VALUE;
    private boolean cachedDayHasOneOffset;
    private long cachedOffsetMillis;

    /**
     * A resolver for a zone.
     *
     * @param zone the zone of the local date-times
     */
    public LocalTimeResolver(ZoneId zone) {
        this.zone = Checks.notNull("zone", zone);
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffsetMillis = fixed ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() * 1000L : 0;
    }

    /**
     * The zone.
     *
     * @return the zone of the local date-times
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The instant of a local date-time.
     *
     * @param epochDay    the local date as days since 1970-01-01
     * @param millisOfDay the local time as milliseconds since midnight, {@code 0 .. 86_399_999}
     * @return epoch milliseconds
     */
    public long toEpochMillis(long epochDay, long millisOfDay) {
        long localMillis = epochDay * MILLIS_PER_DAY + millisOfDay;
        if (fixed) {
            return localMillis - fixedOffsetMillis;
        }
        if (epochDay != cachedDay) {
            remember(epochDay);
        }
        if (cachedDayHasOneOffset) {
            return localMillis - cachedOffsetMillis;
        }
        LocalDateTime local = LocalDate.ofEpochDay(epochDay).atTime(LocalTime.ofNanoOfDay(millisOfDay * 1_000_000L));
        return local.atZone(zone).toInstant().toEpochMilli();
    }

    private void remember(long epochDay) {
        LocalDateTime midnight = LocalDate.ofEpochDay(epochDay).atStartOfDay();
        ZonedDateTime start = midnight.atZone(zone);
        long startSecond = start.toEpochSecond();
        ZoneOffsetTransition next = rules.nextTransition(start.toInstant());
        cachedDay = epochDay;
        cachedOffsetMillis = start.getOffset().getTotalSeconds() * 1000L;
        // midnight exists (not in a gap) and no transition before the next local midnight
        cachedDayHasOneOffset = start.toLocalDateTime().equals(midnight)
                && (next == null || next.toEpochSecond() >= startSecond + SECONDS_PER_DAY);
    }
}
