package io.retention4j.metrics.experiment;

import java.util.Locale;

/** Number formatting for the printouts: p-values, signed effects, percentages, confidence levels. */
final class Text {
    private Text() {
    }

    /** Four decimals, or three significant digits in scientific notation below 0.0001. */
    static String p(double p) {
        return p != 0 && p < 1e-4 ? String.format(Locale.ROOT, "%.3g", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    /** A signed number with four significant digits; infinities as "-inf" / "+inf". */
    static String signed(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%+.4g", value);
    }

    /** A signed percentage of a fraction (0.0123 is "+1.23%"); infinities as "-inf" / "+inf". */
    static String signedPercent(double fraction) {
        if (Double.isInfinite(fraction)) {
            return fraction > 0 ? "+inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%+.2f%%", 100 * fraction);
    }

    /** A percentage of a fraction without sign (0.5 is "50.00%"). */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /** A confidence level as a percentage without trailing zeros (0.95 is "95%", 0.975 is "97.5%"). */
    static String level(double level) {
        String s = String.format(Locale.ROOT, "%.4f", 100 * level).replaceAll("0+$", "");
        return (s.endsWith(".") ? s.substring(0, s.length() - 1) : s) + "%";
    }

    /** A general number with up to six significant digits, without trailing zeros. */
    static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        String s = String.format(Locale.ROOT, "%.6g", value);
        if (s.contains("e")) {
            return s;
        }
        return s.indexOf('.') < 0 ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** An effect: a signed percentage when relative, a signed number otherwise. */
    static String effect(double value, boolean relative) {
        return relative ? signedPercent(value) : signed(value);
    }
}
