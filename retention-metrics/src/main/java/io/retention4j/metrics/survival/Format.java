package io.retention4j.metrics.survival;

import java.util.Locale;

/** Number formatting shared by the printouts. */
final class Format {
    private Format() {
    }

    /** A count: whole numbers without decimals, weighted counts with three. */
    static String count(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.3f", value);
    }

    /** A time or other measurement: whole numbers without decimals, others with up to six significant digits. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = String.format(Locale.ROOT, "%.6g", value);
        if (s.contains("e")) {
            return s;
        }
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    /** A probability or p-value: fixed four decimals, or scientific below 0.0001. */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "NA";
        }
        if (p != 0 && p < 1e-4) {
            return String.format(Locale.ROOT, "%.3g", p);
        }
        return String.format(Locale.ROOT, "%.4f", p);
    }

    /** A percentage of a confidence level, for example {@code 95%} or {@code 97.5%}. */
    static String level(double level) {
        return number(level * 100) + "%";
    }
}
