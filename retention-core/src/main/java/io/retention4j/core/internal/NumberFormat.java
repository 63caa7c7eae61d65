package io.retention4j.core.internal;

import java.math.BigDecimal;
import java.util.Locale;

/** Short, locale-independent renderings of numbers for {@code toString()} tables. */
public final class NumberFormat {
    private NumberFormat() {
    }

    /**
     * A whole number without decimals ({@code 12}), anything else with at most 4 significant
     * decimals and no trailing zeros ({@code 12.5}, {@code 0.3333}); NaN and infinities as Java
     * prints them.
     *
     * @param v a number
     * @return its text
     */
    public static String compact(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, Math.abs(v) >= 1 ? "%.2f" : "%.4g", v);
        return new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
}
