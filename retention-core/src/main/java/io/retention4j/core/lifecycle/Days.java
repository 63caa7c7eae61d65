package io.retention4j.core.lifecycle;

import java.time.LocalDate;
import java.util.Locale;

/** Day arithmetic shared by the policies and the lifecycle. */
final class Days {
    private Days() {
    }

    /** Days from the last purchase day to {@code day}, rejecting a day before it. */
    static long since(PurchaseHistory history, long day) {
        long days = day - history.lastDay();
        if (days < 0) {
            throw new IllegalArgumentException("day " + LocalDate.ofEpochDay(day) + " is before the last purchase day "
                    + LocalDate.ofEpochDay(history.lastDay()) + " of customer '" + history.customerId() + "'");
        }
        return days;
    }

    /**
     * A number as text: whole numbers without a decimal point, others with up to four decimals
     * (trailing zeros dropped), always with a dot.
     */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String text = String.format(Locale.ROOT, "%.4f", v);
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, text.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /** The date of a local epoch day. */
    static String date(long day) {
        return LocalDate.ofEpochDay(day).toString();
    }
}
