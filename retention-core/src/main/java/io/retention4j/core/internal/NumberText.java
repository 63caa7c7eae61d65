package io.retention4j.core.internal;

/**
 * Parses numbers from text without allocation on the common path. Readers call these once per
 * field, so they return sentinels instead of throwing: exceptions are for the caller to build, with
 * the file, line and column that only the caller knows.
 */
public final class NumberText {
    /** 2^53: integers below it are exact doubles. */
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;
    /** The powers of ten that are exact doubles (10^0 .. 10^22). */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];
    /** More significant digits than this cannot be held in a long; such text takes the slow path. */
    private static final int MAX_SIGNIFICANT_DIGITS = 18;
    /** Exponents are clamped here while accumulating; anything this large overflows or underflows anyway. */
    private static final int EXPONENT_CLAMP = 100_000;

    static {
        double p = 1;
        for (int i = 0; i < EXACT_POWERS_OF_TEN.length; i++) {
            EXACT_POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private NumberText() {
    }

    /**
     * Parses a plain decimal number: an optional sign, digits with an optional decimal point (at least
     * one digit in all), and an optional exponent ({@code e} or {@code E}, optional sign, digits).
     * Hexadecimal, {@code NaN}, {@code Infinity}, type suffixes ({@code d}, {@code f}), grouping
     * separators and surrounding whitespace are not accepted.
     *
     * <p>The result equals {@link Double#parseDouble(String)} of the same text. Values with at most 15
     * significant digits and a decimal exponent within 22 (nearly all amounts) are computed with one
     * correctly rounded IEEE division or multiplication of two exact doubles (Clinger's fast path);
     * the rest are handed to {@code Double.parseDouble}.
     *
     * @param text the text
     * @return the value ({@code Double.POSITIVE_INFINITY} or {@code NEGATIVE_INFINITY} when it
     *         overflows), or {@code Double.NaN} when the text is not such a number
     */
    public static double parseDecimal(CharSequence text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long mantissa = 0;
        int significant = 0;
        int scale = 0;          // digits after the point that went into the mantissa (or were leading zeros)
        boolean exact = true;   // false: a digit did not fit the mantissa; Double.parseDouble decides
        boolean anyDigit = false;
        boolean afterPoint = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && !afterPoint) {
                afterPoint = true;
                continue;
            }
            int d = c - '0';
            if (d < 0 || d > 9) {
                break;
            }
            anyDigit = true;
            if (significant < MAX_SIGNIFICANT_DIGITS) {
                if (mantissa != 0 || d != 0) {
                    mantissa = mantissa * 10 + d;
                    significant++;
                }
                if (afterPoint) {
                    scale++;
                }
            } else if (!afterPoint || d != 0) {
                exact = false;
            }
        }
        if (!anyDigit) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int start = i;
            for (; i < n; i++) {
                int d = text.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                exponent = Math.min(EXPONENT_CLAMP, exponent * 10 + d);
            }
            if (i == start) {
                return Double.NaN;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        int power = exponent - scale;
        if (exact && mantissa < EXACT_DOUBLE_LIMIT) {
            double m = negative ? -(double) mantissa : (double) mantissa;
            if (mantissa == 0) {
                return m;
            }
            if (power == 0) {
                return m;
            }
            if (power < 0 && power >= -22) {
                return m / EXACT_POWERS_OF_TEN[-power];
            }
            if (power > 0 && power <= 22) {
                return m * EXACT_POWERS_OF_TEN[power];
            }
        }
        return Double.parseDouble(text.toString());
    }

    /**
     * Parses a non-negative whole number written with ASCII digits only (no sign, no point, no
     * grouping), at most {@link Integer#MAX_VALUE}.
     *
     * @param text the text
     * @return the value, or -1 when the text is not such a number
     */
    public static int parseNonNegativeInt(CharSequence text) {
        int n = text.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
