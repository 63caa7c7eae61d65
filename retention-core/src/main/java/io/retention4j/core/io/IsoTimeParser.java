package io.retention4j.core.io;

import io.retention4j.core.internal.LocalTimeResolver;

/**
 * Hand-written parser of the fixed layouts {@code yyyyMMdd}, {@code yyyy-MM-dd} and ISO-8601
 * date-times, allocation-free per row: digits are read by hand, month and day lengths (leap years
 * included) are checked, and zone-less values are resolved by a {@link LocalTimeResolver} that
 * caches the last day.
 *
 * <p>Date-times: {@code yyyy-MM-dd}, then {@code T} or one space, {@code HH:mm}, optionally
 * {@code :ss}, optionally a fraction of 1 to 9 digits after {@code .} or {@code ,} (digits beyond
 * the millisecond are dropped), optionally {@code Z} or an offset {@code ±HH}, {@code ±HHmm},
 * {@code ±HH:mm} or {@code ±HH:mm:ss} of at most 18 hours. Hours 00..23, minutes and seconds
 * 00..59.
 */
final class IsoTimeParser implements TimeParser {
    /** Which layouts are accepted. */
    enum Accepts {
        BASIC_DATE, ISO_DATE, ISO_DATE_TIME, AUTO
    }

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private final Accepts accepts;
    private final LocalTimeResolver resolver;

    IsoTimeParser(Accepts accepts, LocalTimeResolver resolver) {
        this.accepts = accepts;
        this.resolver = resolver;
    }

    @Override
    public long parse(String text) {
        switch (accepts) {
            case BASIC_DATE:
                return basicDate(text);
            case ISO_DATE:
                return isoDate(text);
            case ISO_DATE_TIME:
                return isoDateTime(text);
            default:
                return auto(text);
        }
    }

    private long auto(String s) {
        switch (s.length()) {
            case 8:
                return basicDate(s);
            case 10:
                return isoDate(s);
            default:
                return isoDateTime(s);
        }
    }

    private long basicDate(String s) {
        return s.length() == 8 ? startOfDay(DateText.basicDate(s, 0)) : INVALID;
    }

    private long isoDate(String s) {
        return s.length() == 10 ? startOfDay(DateText.isoDate(s, 0)) : INVALID;
    }

    private long startOfDay(long epochDay) {
        return epochDay == DateText.NO_DAY ? INVALID : resolver.toEpochMillis(epochDay, 0);
    }

    private long isoDateTime(String s) {
        int n = s.length();
        if (n < 16) {
            return INVALID;
        }
        long day = DateText.isoDate(s, 0);
        char separator = s.charAt(10);
        if (day == DateText.NO_DAY || (separator != 'T' && separator != ' ') || s.charAt(13) != ':') {
            return INVALID;
        }
        int hour = DateText.digits(s, 11, 2);
        int minute = DateText.digits(s, 14, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return INVALID;
        }
        int second = 0;
        int millis = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = i + 3 <= n ? DateText.digits(s, i + 1, 2) : -1;
            if (second < 0 || second > 59) {
                return INVALID;
            }
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    if (i - start < 3) {
                        millis = millis * 10 + (s.charAt(i) - '0');
                    }
                    i++;
                }
                int digits = i - start;
                if (digits == 0 || digits > 9) {
                    return INVALID;
                }
                for (int pad = digits; pad < 3; pad++) {
                    millis *= 10;
                }
            }
        }
        long millisOfDay = ((hour * 60L + minute) * 60 + second) * 1000 + millis;
        if (i == n) {
            return resolver.toEpochMillis(day, millisOfDay);
        }
        int offsetSeconds = offsetSeconds(s, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return INVALID;
        }
        return day * DateText.MILLIS_PER_DAY + millisOfDay - offsetSeconds * 1000L;
    }

    /** The offset that makes up the rest of the text from {@code i}, or {@code Integer.MIN_VALUE}. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        char sign = s.charAt(i);
        if (sign == 'Z') {
            return i + 1 == n ? 0 : Integer.MIN_VALUE;
        }
        if ((sign != '+' && sign != '-') || i + 3 > n) {
            return Integer.MIN_VALUE;
        }
        int hours = DateText.digits(s, i + 1, 2);
        int minutes = 0;
        int seconds = 0;
        int rest = n - (i + 3);
        int at = i + 3;
        if (rest == 2) {                                   // ±HHmm
            minutes = DateText.digits(s, at, 2);
        } else if (rest == 3 || rest == 6) {               // ±HH:mm or ±HH:mm:ss
            if (s.charAt(at) != ':') {
                return Integer.MIN_VALUE;
            }
            minutes = DateText.digits(s, at + 1, 2);
            if (rest == 6) {
                seconds = s.charAt(at + 3) == ':' ? DateText.digits(s, at + 4, 2) : -1;
            }
        } else if (rest != 0) {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
            return Integer.MIN_VALUE;
        }
        int total = hours * 3600 + minutes * 60 + seconds;
        if (total > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return sign == '-' ? -total : total;
    }
}
