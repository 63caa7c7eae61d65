package io.retention4j.metrics.experiment;

/**
 * Two per-unit metrics measured on the same units and their co-deviation {@code Σ(a - ā)(b - b̄)}:
 * the numerator and denominator of a ratio, or the outcome and pre-period covariate of CUPED.
 */
final class Pair {
    final MeanStatistic first;
    final MeanStatistic second;
    final double coDeviations;

    private Pair(MeanStatistic first, MeanStatistic second, double coDeviations) {
        this.first = first;
        this.second = second;
        this.coDeviations = coDeviations;
    }

    /** From raw sums; names the sums in messages with the given prefixes. */
    static Pair ofSums(String firstName, String secondName, long n, double sumA, double sumSquaresA, double sumB,
                       double sumSquaresB, double sumOfProducts) {
        MeanStatistic a = MeanStatistic.ofSums(n, sumA, sumSquaresA);
        MeanStatistic b = MeanStatistic.ofSums(n, sumB, sumSquaresB);
        Require.finite("sumOfProducts", sumOfProducts);
        if (n == 0 && sumOfProducts != 0) {
            throw new IllegalArgumentException("with n = 0 sumOfProducts must be 0, got " + sumOfProducts);
        }
        return of(firstName, secondName, a, b, n == 0 ? 0 : sumOfProducts - sumA * sumB / n);
    }

    /** Checks the Cauchy-Schwarz bound {@code |c| <= sqrt(m2_a m2_b)} up to rounding. */
    static Pair of(String firstName, String secondName, MeanStatistic a, MeanStatistic b, double coDeviations) {
        if (a.n() != b.n()) {
            throw new IllegalArgumentException(firstName + " has n = " + a.n() + " but " + secondName + " has n = "
                    + b.n() + ": both are measured on the same units");
        }
        double bound = Math.sqrt(a.squaredDeviations() * b.squaredDeviations());
        if (!Double.isFinite(coDeviations) || Math.abs(coDeviations) > bound * (1 + 1e-9) + 1e-9) {
            throw new IllegalArgumentException("the co-deviation of " + firstName + " and " + secondName + " ("
                    + coDeviations + ") exceeds its Cauchy-Schwarz bound " + bound + ": no data has these sums");
        }
        return new Pair(a, b, coDeviations);
    }

    long n() {
        return first.n();
    }

    /** The sample covariance; n must be at least 2. */
    double covariance() {
        if (n() < 2) {
            throw new IllegalStateException("a covariance needs n >= 2, got n = " + n());
        }
        return coDeviations / (n() - 1);
    }

    /** Both pairs pooled as one sample. */
    Pair plus(Pair other) {
        long total = n() + other.n();
        if (total == 0) {
            return this;
        }
        double da = other.first.mean() - first.mean();
        double db = other.second.mean() - second.mean();
        double c = coDeviations + other.coDeviations + da * db * ((double) n() * other.n() / total);
        return new Pair(first.plus(other.first), second.plus(other.second), c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pair other && first.equals(other.first) && second.equals(other.second)
                && Double.compare(coDeviations, other.coDeviations) == 0;
    }

    @Override
    public int hashCode() {
        return first.hashCode() * 31 + second.hashCode() + Double.hashCode(coDeviations);
    }
}
