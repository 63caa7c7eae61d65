package io.retention4j.metrics.survival;

/**
 * The Wilson score interval of a proportion {@code p = x / n}:
 * {@code (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}. Stays inside [0, 1] and is sensible
 * for {@code x = 0} or {@code x = n}.
 */
final class WilsonInterval {
    private WilsonInterval() {
    }

    /** {lower, upper}; NaN for n = 0. */
    static double[] of(double x, double n, double z) {
        if (!(n > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = x / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new double[] {Math.max(0, center - half), Math.min(1, center + half)};
    }
}
