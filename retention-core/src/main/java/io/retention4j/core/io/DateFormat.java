package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.LocalTimeResolver;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the text of a time column becomes an instant (epoch milliseconds).
 *
 * <p>Values without an offset are read in a zone that the mapping states ({@code zone(ZoneId)},
 * UTC by default); a date alone means the start of that day in the zone. Local times that fall in a
 * daylight-saving gap move forward by the gap's length, and times in an overlap take the earlier
 * offset (the rules of {@link java.time.LocalDateTime#atZone(ZoneId)}). Instants are kept to the
 * millisecond; finer digits are dropped (rounded toward the past).
 *
 * <ul>
 *   <li>{@link #BASIC_DATE}: {@code yyyyMMdd}, for example {@code 19970101}.</li>
 *   <li>{@link #ISO_DATE}: {@code yyyy-MM-dd}.</li>
 *   <li>{@link #ISO_DATE_TIME}: ISO-8601 date-time: {@code yyyy-MM-dd}, {@code T} or one space,
 *       {@code HH:mm}, optional {@code :ss}, optional fraction of 1 to 9 digits after {@code .} or
 *       {@code ,}, optional {@code Z} or offset {@code ±HH}, {@code ±HHmm}, {@code ±HH:mm},
 *       {@code ±HH:mm:ss}. Examples: {@code 2014-03-08 00:00:00}, {@code 2014-03-08T13:45:10.250Z},
 *       {@code 2014-03-08T13:45+01:00}. Region ids in brackets are not accepted.</li>
 *   <li>{@link #AUTO} (the default): any of the three above, told apart by length.</li>
 *   <li>{@link #EPOCH_SECONDS}: seconds since 1970-01-01T00:00Z, an integer with an optional
 *       fraction of up to 9 digits and an optional leading {@code -}; {@link #EPOCH_MILLIS}:
 *       milliseconds, an integer. No exponent, no grouping.</li>
 *   <li>{@link #pattern(String)}: any {@link DateTimeFormatter} pattern, resolved strictly (no
 *       February 30), with {@code y} usable for the year.</li>
 * </ul>
 * Years have four digits (0000..9999) in the fixed layouts; months and days are checked against the
 * calendar, leap years included. The fixed layouts and the epochs are parsed by hand without
 * allocation per row; a pattern format remembers the last text and its instant, because files
 * repeat the same date row after row.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DateFormat {
    /** {@code yyyyMMdd}, for example {@code 19970101}. */
    public static final DateFormat BASIC_DATE = fixed("BASIC_DATE", IsoTimeParser.Accepts.BASIC_DATE,
            "a date like 19970101 (pattern yyyyMMdd)");
    /** {@code yyyy-MM-dd}, for example {@code 1997-01-01}. */
    public static final DateFormat ISO_DATE = fixed("ISO_DATE", IsoTimeParser.Accepts.ISO_DATE,
            "a date like 1997-01-01 (pattern yyyy-MM-dd)");
    /** An ISO-8601 date-time with {@code T} or a space, optional seconds, fraction and offset. */
    public static final DateFormat ISO_DATE_TIME = fixed("ISO_DATE_TIME", IsoTimeParser.Accepts.ISO_DATE_TIME,
            "an ISO date-time like 1997-01-01T13:45:00 or 1997-01-01 13:45:00.250+01:00");
    /** Any of {@link #ISO_DATE}, {@link #ISO_DATE_TIME} and {@link #BASIC_DATE}; the default. */
    public static final DateFormat AUTO = fixed("AUTO", IsoTimeParser.Accepts.AUTO,
            "a date like 1997-01-01 or 19970101, or an ISO date-time like 1997-01-01T13:45:00");
    /** Seconds since the epoch, optionally with a fraction, for example {@code 852076800.5}. */
    public static final DateFormat EPOCH_SECONDS = new DateFormat("EPOCH_SECONDS",
            "seconds since 1970-01-01T00:00Z like 852076800 or 852076800.5", zone -> new EpochParser(true));
    /** Milliseconds since the epoch, for example {@code 852076800000}. */
    public static final DateFormat EPOCH_MILLIS = new DateFormat("EPOCH_MILLIS",
            "milliseconds since 1970-01-01T00:00Z like 852076800000", zone -> new EpochParser(false));

    /** A date-time that every pattern can format; its round trip proves that a pattern gives a date. */
    private static final ZonedDateTime SAMPLE = ZonedDateTime.of(2001, 2, 3, 4, 5, 6, 789_000_000,
            ZoneId.of("Europe/Paris"));

    private final String name;
    private final String expected;
    private final Function<ZoneId, TimeParser> parsers;

    private DateFormat(String name, String expected, Function<ZoneId, TimeParser> parsers) {
        this.name = name;
        this.expected = expected;
        this.parsers = parsers;
    }

    private static DateFormat fixed(String name, IsoTimeParser.Accepts accepts, String expected) {
        return new DateFormat(name, expected, zone -> new IsoTimeParser(accepts, new LocalTimeResolver(zone)));
    }

    /**
     * A {@link DateTimeFormatter} pattern with English-style month and day names ({@link Locale#ROOT}).
     *
     * @param pattern the pattern, for example {@code dd.MM.yyyy HH:mm}
     * @return the format
     * @throws IllegalArgumentException when the pattern is invalid or does not give a date (year,
     *                                  month and day)
     */
    public static DateFormat pattern(String pattern) {
        return pattern(pattern, Locale.ROOT);
    }

    /**
     * A {@link DateTimeFormatter} pattern with month and day names in a locale. Parsing is strict
     * (day-of-month checked against the month) and {@code yyyy} is accepted for the year (the era
     * defaults to the current one).
     *
     * @param pattern the pattern, for example {@code dd MMM yyyy}
     * @param locale  the locale of month and day names
     * @return the format
     * @throws IllegalArgumentException when the pattern is invalid or does not give a date (year,
     *                                  month and day)
     */
    public static DateFormat pattern(String pattern, Locale locale) {
        Checks.notBlank("pattern", pattern);
        Checks.notNull("locale", locale);
        DateTimeFormatter formatter;
        String sample;
        try {
            formatter = new DateTimeFormatterBuilder().appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(locale)
                    .withResolverStyle(ResolverStyle.STRICT);
            sample = formatter.format(SAMPLE);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("invalid date pattern '" + pattern + "': " + e.getMessage(), e);
        }
        if (PatternParser.resolve(formatter, sample, SAMPLE.getZone()) == TimeParser.INVALID) {
            throw new IllegalArgumentException("date pattern '" + pattern + "' does not give a date (it needs year, "
                    + "month and day); it formats " + SAMPLE + " as '" + sample + "'");
        }
        boolean hasTime = formatter.parse(sample).query(TemporalQueries.localTime()) != null;
        String expected = (hasTime ? "a date-time like " : "a date like ") + sample + " (pattern " + pattern + ")";
        DateTimeFormatter shared = formatter;
        return new DateFormat("pattern(" + pattern + ")", expected, zone -> new PatternParser(shared, zone));
    }

    /**
     * What this format accepts, as error messages say it.
     *
     * @return for example {@code a date like 19970101 (pattern yyyyMMdd)}
     */
    public String expected() {
        return expected;
    }

    /**
     * Parses one value. Readers do not call this: they keep one parser per read, with its caches.
     *
     * @param text the text; surrounding whitespace is ignored
     * @param zone the zone of values without an offset
     * @return the instant, to the millisecond
     * @throws IllegalArgumentException naming the text and what was expected when it does not parse
     */
    public Instant parse(String text, ZoneId zone) {
        Checks.notNull("text", text);
        long millis = newParser(Checks.notNull("zone", zone)).parse(text.trim());
        if (millis == TimeParser.INVALID) {
            throw new IllegalArgumentException("'" + text + "' is not " + expected);
        }
        return Instant.ofEpochMilli(millis);
    }

    /** A parser for one read; it may cache and is not thread-safe. */
    TimeParser newParser(ZoneId zone) {
        return parsers.apply(zone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateFormat other && name.equals(other.name) && expected.equals(other.expected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, expected);
    }

    /**
     * The format's name.
     *
     * @return for example {@code BASIC_DATE} or {@code pattern(dd.MM.yyyy)}
     */
    @Override
    public String toString() {
        return name;
    }
}
