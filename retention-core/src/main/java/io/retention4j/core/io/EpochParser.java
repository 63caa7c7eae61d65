package io.retention4j.core.io;

/**
 * Parses epoch numbers: milliseconds as an integer, or seconds as an integer with an optional
 * fraction of up to 9 digits. An optional leading {@code -}; no exponent, no grouping. A fraction
 * finer than the millisecond is rounded down (toward the past), as {@link java.time.Instant#toEpochMilli()}
 * does.
 */
final class EpochParser implements TimeParser {
    private static final int MAX_FRACTION_DIGITS = 9;

    private final boolean seconds;

    EpochParser(boolean seconds) {
        this.seconds = seconds;
    }

    @Override
    public long parse(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = n > 0 && s.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        int start = i;
        long whole = 0;
        for (; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (whole > (Long.MAX_VALUE - d) / 10) {
                return INVALID;
            }
            whole = whole * 10 + d;
        }
        if (i == start) {
            return INVALID;
        }
        if (!seconds) {
            return i == n ? (negative ? -whole : whole) : INVALID;
        }
        long fractionMillis = 0;
        boolean finerThanMillis = false;
        if (i < n && s.charAt(i) == '.') {
            int fractionStart = ++i;
            for (; i < n; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (i - fractionStart < 3) {
                    fractionMillis = fractionMillis * 10 + d;
                } else if (d != 0) {
                    finerThanMillis = true;
                }
            }
            int digits = i - fractionStart;
            if (digits == 0 || digits > MAX_FRACTION_DIGITS) {
                return INVALID;
            }
            for (int pad = digits; pad < 3; pad++) {
                fractionMillis *= 10;
            }
        }
        if (i != n || whole > Long.MAX_VALUE / 1000 - 1) {
            return INVALID;
        }
        long millis = whole * 1000 + fractionMillis;
        if (!negative) {
            return millis;
        }
        return finerThanMillis ? -millis - 1 : -millis;
    }
}
