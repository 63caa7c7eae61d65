package io.retention4j.core.segment;

import io.retention4j.core.internal.NumberFormat;

/**
 * A numeric interval with open or closed ends; unbounded ends are infinite and closed. A missing
 * value (NaN) lies in no interval.
 */
record NumberBounds(double lower, boolean lowerInclusive, double upper, boolean upperInclusive) {
    static final NumberBounds ALL = new NumberBounds(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

    boolean test(double v) {
        return (lowerInclusive ? v >= lower : v > lower) && (upperInclusive ? v <= upper : v < upper);
    }

    boolean hasLower() {
        return lower != Double.NEGATIVE_INFINITY;
    }

    boolean hasUpper() {
        return upper != Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        if (hasLower() && hasUpper() && lower == upper) {
            return "= " + NumberFormat.compact(lower);
        }
        String low = hasLower() ? (lowerInclusive ? ">= " : "> ") + NumberFormat.compact(lower) : "";
        String high = hasUpper() ? (upperInclusive ? "<= " : "< ") + NumberFormat.compact(upper) : "";
        return low.isEmpty() ? high : high.isEmpty() ? low : low + " and " + high;
    }
}
