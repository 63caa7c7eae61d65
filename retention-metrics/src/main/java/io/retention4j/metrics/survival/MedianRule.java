package io.retention4j.metrics.survival;

import java.util.OptionalDouble;

/** R's rule for where a non-increasing step curve reaches 0.5 (see {@link MedianSurvival}). */
final class MedianRule {
    /** R's tolerance, {@code sqrt(.Machine$double.eps)} = 2^-26. */
    static final double TOLERANCE = 0x1p-26;

    private MedianRule() {
    }

    /**
     * The first x where y is at or below 0.5; the midpoint to the next drop when y is 0.5 there.
     * NaN values of y are skipped, as R skips NA.
     */
    static OptionalDouble firstAtOrBelowHalf(double[] x, double[] y) {
        int first = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0.5 + TOLERANCE) { // false for NaN
                first = i;
                break;
            }
        }
        if (first < 0) {
            return OptionalDouble.empty();
        }
        if (Math.abs(y[first] - 0.5) < TOLERANCE) {
            for (int j = first + 1; j < y.length; j++) {
                if (y[j] < y[first]) {
                    return OptionalDouble.of((x[first] + x[j]) / 2);
                }
            }
        }
        return OptionalDouble.of(x[first]);
    }
}
