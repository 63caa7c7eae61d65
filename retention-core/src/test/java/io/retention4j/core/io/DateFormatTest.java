package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every {@link DateFormat}: valid values, calendar checks, zones, offsets, epochs and patterns. */
class DateFormatTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant utc(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    private static boolean accepts(DateFormat format, String text) {
        return format.newParser(UTC).parse(text) != TimeParser.INVALID;
    }

    @Test
    void basicDate_validDatesIncludingLeapDays_parseToStartOfDay() {
        assertThat(DateFormat.BASIC_DATE.parse("19970101", UTC)).isEqualTo(utc("1997-01-01T00:00:00Z"));
        assertThat(DateFormat.BASIC_DATE.parse("20000229", UTC)).isEqualTo(utc("2000-02-29T00:00:00Z"));
        assertThat(DateFormat.BASIC_DATE.parse("20240229", UTC)).isEqualTo(utc("2024-02-29T00:00:00Z"));
        assertThat(DateFormat.BASIC_DATE.parse("19691231", UTC)).isEqualTo(utc("1969-12-31T00:00:00Z"));
        assertThat(DateFormat.BASIC_DATE.parse(" 19980630 ", UTC)).isEqualTo(utc("1998-06-30T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19971301", "19970001", "19970132", "19970100", "19970431", "19000229", "20230229",
        "1997010", "199701011", "1997-01-01", "1997O101", "", "+9970101"})
    void basicDate_invalidText_isRejected(String text) {
        assertThat(accepts(DateFormat.BASIC_DATE, text)).isFalse();
    }

    @Test
    void isoDate_validDatesIncludingLeapDays_parseToStartOfDay() {
        assertThat(DateFormat.ISO_DATE.parse("2014-03-08", UTC)).isEqualTo(utc("2014-03-08T00:00:00Z"));
        assertThat(DateFormat.ISO_DATE.parse("1600-02-29", UTC)).isEqualTo(utc("1600-02-29T00:00:00Z"));
        assertThat(DateFormat.ISO_DATE.parse("2014-12-31", UTC)).isEqualTo(utc("2014-12-31T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-13-01", "2014-00-10", "2014-06-31", "2014-02-29", "2100-02-29", "2014-3-08",
        "2014/03/08", "20140308", "2014-03-08T00:00", "2014-03-0a"})
    void isoDate_invalidText_isRejected(String text) {
        assertThat(accepts(DateFormat.ISO_DATE, text)).isFalse();
    }

    @Test
    void isoDate_inNewYork_isMidnightThereWithTheSeasonsOffset() {
        assertThat(DateFormat.ISO_DATE.parse("2024-07-01", NEW_YORK)).isEqualTo(utc("2024-07-01T04:00:00Z"));
        assertThat(DateFormat.ISO_DATE.parse("2024-01-15", NEW_YORK)).isEqualTo(utc("2024-01-15T05:00:00Z"));
        assertThat(DateFormat.ISO_DATE.parse("2024-07-01", UTC)).isEqualTo(utc("2024-07-01T00:00:00Z"));
    }

    @Test
    void isoDateTime_spaceOrT_optionalSecondsAndFraction_parse() {
        Instant expected = utc("2014-03-08T13:45:10Z");
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08 13:45:10", UTC)).isEqualTo(expected);
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45:10", UTC)).isEqualTo(expected);
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45", UTC)).isEqualTo(utc("2014-03-08T13:45:00Z"));
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45:10.5", UTC))
                .isEqualTo(utc("2014-03-08T13:45:10.500Z"));
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45:10,25", UTC))
                .isEqualTo(utc("2014-03-08T13:45:10.250Z"));
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45:10.123987654", UTC))
                .isEqualTo(utc("2014-03-08T13:45:10.123Z"));
    }

    @Test
    void isoDateTime_withOffset_ignoresTheMappingZone() {
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45:10Z", NEW_YORK))
                .isEqualTo(utc("2014-03-08T13:45:10Z"));
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45:10+01:00", NEW_YORK))
                .isEqualTo(utc("2014-03-08T12:45:10Z"));
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T13:45:10-0530", NEW_YORK))
                .isEqualTo(utc("2014-03-08T19:15:10Z"));
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08 13:45+05", NEW_YORK))
                .isEqualTo(utc("2014-03-08T08:45:00Z"));
        assertThat(DateFormat.ISO_DATE_TIME.parse("2014-03-08T00:30:00.250+00:30:15", NEW_YORK))
                .isEqualTo(utc("2014-03-07T23:59:45.250Z"));
    }

    @Test
    void isoDateTime_withoutOffset_isReadInTheZone() {
        assertThat(DateFormat.ISO_DATE_TIME.parse("2024-07-01 09:00:00", NEW_YORK))
                .isEqualTo(utc("2024-07-01T13:00:00Z"));
    }

    @Test
    void isoDateTime_inDaylightSavingGapAndOverlap_followsAtZone() {
        // 2024-03-10 02:30 does not exist in New York (gap): moved forward by the gap, to 03:30 EDT
        assertThat(DateFormat.ISO_DATE_TIME.parse("2024-03-10 02:30:00", NEW_YORK))
                .isEqualTo(LocalDateTime.of(2024, 3, 10, 2, 30).atZone(NEW_YORK).toInstant())
                .isEqualTo(utc("2024-03-10T07:30:00Z"));
        // 2024-11-03 01:30 happens twice (overlap): the earlier offset, EDT
        assertThat(DateFormat.ISO_DATE_TIME.parse("2024-11-03 01:30:00", NEW_YORK))
                .isEqualTo(utc("2024-11-03T05:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-03-08T24:00:00", "2014-03-08T12:60", "2014-03-08T12:00:60", "2014-03-08X12:00",
        "2014-03-08T12:00:00+19:00", "2014-03-08T12:00:00.", "2014-03-08T12:00:00.1234567890",
        "2014-03-08T12:00:00 ", "2014-03-08T12:00:00+0", "2014-03-08T12:00:00Z[UTC]", "2014-02-30T12:00",
        "2014-03-08T12", "2014-03-08T1:00", "2014-03-08T12:00:00+01:60", "2014-03-08"})
    void isoDateTime_invalidText_isRejected(String text) {
        assertThat(accepts(DateFormat.ISO_DATE_TIME, text)).isFalse();
    }

    @Test
    void auto_acceptsIsoDateIsoDateTimeAndBasicDate() {
        assertThat(DateFormat.AUTO.parse("2014-03-08", UTC)).isEqualTo(utc("2014-03-08T00:00:00Z"));
        assertThat(DateFormat.AUTO.parse("20140308", UTC)).isEqualTo(utc("2014-03-08T00:00:00Z"));
        assertThat(DateFormat.AUTO.parse("2014-03-08 00:00:00", UTC)).isEqualTo(utc("2014-03-08T00:00:00Z"));
        assertThat(DateFormat.AUTO.parse("2014-03-08T10:00Z", UTC)).isEqualTo(utc("2014-03-08T10:00:00Z"));
        assertThat(accepts(DateFormat.AUTO, "1394236800")).isFalse();
        assertThat(accepts(DateFormat.AUTO, "08/03/2014")).isFalse();
    }

    @Test
    void epochSeconds_integersAndFractions_parse() {
        assertThat(DateFormat.EPOCH_SECONDS.parse("852076800", NEW_YORK)).isEqualTo(utc("1997-01-01T00:00:00Z"));
        assertThat(DateFormat.EPOCH_SECONDS.parse("852076800.5", UTC)).isEqualTo(utc("1997-01-01T00:00:00.500Z"));
        assertThat(DateFormat.EPOCH_SECONDS.parse("-1.5", UTC)).isEqualTo(Instant.ofEpochMilli(-1500));
        // finer than a millisecond rounds toward the past, as Instant.toEpochMilli does
        assertThat(DateFormat.EPOCH_SECONDS.parse("-0.0001", UTC)).isEqualTo(Instant.ofEpochMilli(-1));
        assertThat(DateFormat.EPOCH_SECONDS.parse("0.0009", UTC)).isEqualTo(Instant.ofEpochMilli(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "1e9", "12a", "1.", "1.2.3", "+5", "1.1234567891", "99999999999999999999"})
    void epochSeconds_invalidText_isRejected(String text) {
        assertThat(accepts(DateFormat.EPOCH_SECONDS, text)).isFalse();
    }

    @Test
    void epochMillis_integers_parse() {
        assertThat(DateFormat.EPOCH_MILLIS.parse("852076800000", UTC)).isEqualTo(utc("1997-01-01T00:00:00Z"));
        assertThat(DateFormat.EPOCH_MILLIS.parse("-5", UTC)).isEqualTo(Instant.ofEpochMilli(-5));
        assertThat(accepts(DateFormat.EPOCH_MILLIS, "852076800000.0")).isFalse();
        assertThat(accepts(DateFormat.EPOCH_MILLIS, "9223372036854775808")).isFalse();
    }

    @Test
    void pattern_dateOnly_isStartOfDayInTheZoneAndStrict() {
        DateFormat dotted = DateFormat.pattern("dd.MM.yyyy");

        assertThat(dotted.parse("31.12.2014", UTC)).isEqualTo(utc("2014-12-31T00:00:00Z"));
        assertThat(dotted.parse("01.07.2024", NEW_YORK)).isEqualTo(utc("2024-07-01T04:00:00Z"));
        assertThat(accepts(dotted, "31.02.2014")).isFalse();
        assertThat(accepts(dotted, "29.02.2023")).isFalse();
        assertThat(accepts(dotted, "2014-12-31")).isFalse();
        assertThat(dotted.expected()).isEqualTo("a date like 03.02.2001 (pattern dd.MM.yyyy)");
    }

    @Test
    void pattern_withOffsetOrMonthNames_parses() {
        assertThat(DateFormat.pattern("yyyy-MM-dd'T'HH:mmXXX").parse("2014-03-08T13:45+02:00", NEW_YORK))
                .isEqualTo(utc("2014-03-08T11:45:00Z"));
        assertThat(DateFormat.pattern("dd MMM yyyy").parse("08 Mar 2014", UTC)).isEqualTo(utc("2014-03-08T00:00:00Z"));
        assertThat(DateFormat.pattern("d MMMM uuuu", Locale.FRANCE).parse("8 mars 2014", UTC))
                .isEqualTo(utc("2014-03-08T00:00:00Z"));
    }

    @Test
    void pattern_parserCache_returnsTheRightValueWhenTheTextChanges() {
        TimeParser parser = DateFormat.pattern("dd/MM/yyyy HH:mm").newParser(NEW_YORK);
        String[] texts = {"01/01/2014 10:00", "01/01/2014 10:00", "02/01/2014 10:00", "01/01/2014 10:00", "bad",
            "01/01/2014 10:00", "01/07/2014 10:00"};
        long[] expected = {
            utc("2014-01-01T15:00:00Z").toEpochMilli(), utc("2014-01-01T15:00:00Z").toEpochMilli(),
            utc("2014-01-02T15:00:00Z").toEpochMilli(), utc("2014-01-01T15:00:00Z").toEpochMilli(),
            TimeParser.INVALID, utc("2014-01-01T15:00:00Z").toEpochMilli(), utc("2014-07-01T14:00:00Z").toEpochMilli()};
        for (int i = 0; i < texts.length; i++) {
            assertThat(parser.parse(new String(texts[i]))).as(texts[i]).isEqualTo(expected[i]);
        }
    }

    @Test
    void pattern_withoutDate_isRejectedAtOnce() {
        assertThatThrownBy(() -> DateFormat.pattern("HH:mm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not give a date");
        assertThatThrownBy(() -> DateFormat.pattern("dd.MM"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not give a date");
        assertThatThrownBy(() -> DateFormat.pattern("yyyy-MM-dd'T"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid date pattern");
    }

    @Test
    void parse_invalidText_throwsNamingWhatWasExpected() {
        assertThatThrownBy(() -> DateFormat.BASIC_DATE.parse("1997013", UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'1997013' is not a date like 19970101 (pattern yyyyMMdd)");
    }

    @Property
    void basicAndIsoDate_acceptExactlyTheCalendarDates(@ForAll @IntRange(min = 0, max = 9999) int year,
                                                         @ForAll @IntRange(min = 0, max = 13) int month,
                                                         @ForAll @IntRange(min = 0, max = 32) int day) {
        LocalDate date = isValid(year, month, day) ? LocalDate.of(year, month, day) : null;
        String basic = String.format(Locale.ROOT, "%04d%02d%02d", year, month, day);
        String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        long expected = date == null ? TimeParser.INVALID : date.atStartOfDay(UTC).toInstant().toEpochMilli();

        assertThat(DateFormat.BASIC_DATE.newParser(UTC).parse(basic)).isEqualTo(expected);
        assertThat(DateFormat.ISO_DATE.newParser(UTC).parse(iso)).isEqualTo(expected);
    }

    private static boolean isValid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    @Property
    void isoDateTime_matchesLocalDateTimeAtZone(@ForAll @IntRange(min = -2_000_000_000, max = 2_000_000_000) int second,
                                                @ForAll @IntRange(min = 0, max = 999) int millis,
                                                @ForAll @IntRange(min = 0, max = 4) int zoneIndex) {
        ZoneId zone = ZoneId.of(new String[] {"UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe",
            "Asia/Kolkata"}[zoneIndex]);
        LocalDateTime local = LocalDateTime.ofEpochSecond(second, millis * 1_000_000, ZoneOffset.UTC);
        String text = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d.%03d", local.getYear(),
                local.getMonthValue(), local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond(),
                millis);

        assertThat(DateFormat.ISO_DATE_TIME.newParser(zone).parse(text))
                .isEqualTo(local.atZone(zone).toInstant().toEpochMilli());
    }
}
