package io.retention4j.loyalty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Adds a period to an instant on a zone's local time line, giving exactly what
 * {@code ZonedDateTime.ofInstant(at, zone).plus(period).toInstant()} gives, without building zoned
 * date-times or searching the zone's rules on every call: it remembers a few spans of time with
 * one UTC offset and does the arithmetic on epoch seconds. Results that land within two days of an
 * offset change (where a local time may not exist or exist twice) take the {@code ZonedDateTime}
 * path, so gaps and overlaps resolve exactly as there.
 *
 * <p>Thread-safe: the remembered spans are immutable and published through a volatile array.
 */
final class LocalShift {
    /** More than any offset change (at most 36 hours), so a result this far inside a span is unambiguous. */
    private static final long MARGIN_SECONDS = 2 * 86_400L;
    private static final int REMEMBERED = 8;

    private final ZoneId zone;
    private final ZoneRules rules;
    private volatile Span[] spans = new Span[0];

    /** Instants in [from, to) all have this offset. */
    private record Span(long from, long to, int offsetSeconds) {
    }

    LocalShift(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** {@code ZonedDateTime.ofInstant(at, zone).plus(period).toInstant()}. */
    Instant plus(Instant at, Period period) {
        return shift(at, period, 0);
    }

    /** {@code ZonedDateTime.ofInstant(at, zone).plusMonths(months).toInstant()}. */
    Instant plusMonths(Instant at, long months) {
        return shift(at, null, months);
    }

    private Instant shift(Instant at, Period period, long months) {
        long second = at.getEpochSecond();
        Span here = spanOf(second);
        long local = second + here.offsetSeconds;
        long day = Math.floorDiv(local, 86_400L);
        long secondOfDay = local - day * 86_400L;
        LocalDate date = LocalDate.ofEpochDay(day);
        long targetLocal = (period != null ? date.plus(period) : date.plusMonths(months)).toEpochDay() * 86_400L
                + secondOfDay;
        Span there = spanOf(targetLocal - here.offsetSeconds);
        long candidate = targetLocal - there.offsetSeconds;
        if (candidate >= there.from + MARGIN_SECONDS && candidate < there.to - MARGIN_SECONDS) {
            return Instant.ofEpochSecond(candidate, at.getNano());
        }
        ZonedDateTime zoned = ZonedDateTime.ofInstant(at, zone);
        return (period != null ? zoned.plus(period) : zoned.plusMonths(months)).toInstant();
    }

    private Span spanOf(long second) {
        Span[] known = spans;
        for (Span span : known) {
            if (second >= span.from && second < span.to) {
                return span;
            }
        }
        Span span = compute(second);
        Span[] more = new Span[Math.min(known.length + 1, REMEMBERED)];
        more[0] = span;
        System.arraycopy(known, 0, more, 1, more.length - 1);
        spans = more;
        return span;
    }

    private Span compute(long second) {
        if (rules.isFixedOffset()) {
            return new Span(Long.MIN_VALUE, Long.MAX_VALUE, rules.getOffset(Instant.EPOCH).getTotalSeconds());
        }
        Instant at = Instant.ofEpochSecond(second);
        ZoneOffset offset = rules.getOffset(at);
        ZoneOffsetTransition next = rules.nextTransition(at);
        long to = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
        ZoneOffsetTransition previous = rules.previousTransition(at);
        long from = previous == null ? Long.MIN_VALUE : previous.getInstant().getEpochSecond();
        if (from > second || !offset.equals(rules.getOffset(Instant.ofEpochSecond(Math.max(from, -31_557_014_167_219_200L))))) {
            from = second; // the transition found is not where this offset began: trust only what was asked
        }
        return new Span(from, to, offset.getTotalSeconds());
    }
}
