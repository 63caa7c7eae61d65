package io.retention4j.core.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * Parses with a {@link DateTimeFormatter}, remembering the last text and its value: files repeat the
 * same date row after row, and a formatter parse allocates. Values with an offset or zone are
 * instants; zone-less date-times are read in the reader's zone; a date alone means the start of
 * that day in the zone.
 */
final class PatternParser implements TimeParser {
    private final DateTimeFormatter formatter;
    private final ZoneId zone;
    private String lastText;
    private long lastValue;

    PatternParser(DateTimeFormatter formatter, ZoneId zone) {
        this.formatter = formatter;
        this.zone = zone;
    }

    @Override
    public long parse(String text) {
        if (text.equals(lastText)) {
            return lastValue;
        }
        long value = resolve(formatter, text, zone);
        lastText = text;
        lastValue = value;
        return value;
    }

    /** The instant of the text, or {@link #INVALID} when it does not parse or has no date. */
    static long resolve(DateTimeFormatter formatter, String text, ZoneId zone) {
        try {
            TemporalAccessor parsed = formatter.parse(text);
            LocalDate date = parsed.query(TemporalQueries.localDate());
            if (date == null) {
                return INVALID;
            }
            if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                return parsed.getLong(ChronoField.INSTANT_SECONDS) * 1000
                        + parsed.get(ChronoField.MILLI_OF_SECOND);
            }
            LocalTime time = parsed.query(TemporalQueries.localTime());
            ZoneId parsedZone = parsed.query(TemporalQueries.zone());
            ZoneId effective = parsedZone != null ? parsedZone : zone;
            return (time == null ? date.atStartOfDay(effective) : date.atTime(time).atZone(effective))
                    .toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            return INVALID;
        }
    }
}
