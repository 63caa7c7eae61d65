package io.retention4j.core.io;

import io.retention4j.core.internal.CivilDates;

/**
 * Digit and calendar helpers for the hand-written time parsers: fixed-width digit runs and
 * validated (year, month, day) to epoch day, without allocation.
 */
final class DateText {
    /** Returned by {@link #epochDay} for an impossible date. */
    static final long NO_DAY = Long.MIN_VALUE;
    static final long MILLIS_PER_DAY = 86_400_000L;

    private DateText() {
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** The epoch day of a proleptic Gregorian date, or {@link #NO_DAY} if month or day is out of range. */
    static long epochDay(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return NO_DAY;
        }
        return CivilDates.firstDayOfMonth(year * 12L + month - 1) + day - 1;
    }

    static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** The epoch day of {@code yyyy-MM-dd} at {@code from}, or {@link #NO_DAY}. */
    static long isoDate(String s, int from) {
        if (s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return NO_DAY;
        }
        return epochDay(digits(s, from, 4), digits(s, from + 5, 2), digits(s, from + 8, 2));
    }

    /** The epoch day of {@code yyyyMMdd} at {@code from}, or {@link #NO_DAY}. */
    static long basicDate(String s, int from) {
        return epochDay(digits(s, from, 4), digits(s, from + 4, 2), digits(s, from + 6, 2));
    }
}
