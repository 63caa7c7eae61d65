package io.retention4j.core.internal;

/**
 * Proleptic Gregorian calendar arithmetic on epoch days without allocation (the algorithms of
 * H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"). Used on hot paths where
 * {@code LocalDate} objects per row would cost too much.
 */
public final class CivilDates {
    private CivilDates() {
    }

    /**
     * The month number {@code year * 12 + (month - 1)} of an epoch day.
     *
     * @param epochDay days since 1970-01-01
     * @return the month number
     */
    public static long monthNumber(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long year = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long month = mp < 10 ? mp + 3 : mp - 9;
        if (month <= 2) {
            year++;
        }
        return year * 12 + (month - 1);
    }

    /**
     * The epoch day of the first day of a month number.
     *
     * @param monthNumber {@code year * 12 + (month - 1)}
     * @return days since 1970-01-01 of that month's first day
     */
    public static long firstDayOfMonth(long monthNumber) {
        long year = Math.floorDiv(monthNumber, 12);
        long month = Math.floorMod(monthNumber, 12) + 1;
        if (month <= 2) {
            year--;
        }
        long era = Math.floorDiv(year, 400);
        long yoe = year - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
