package io.retention4j.metrics.experiment;

/**
 * Shifted running sums of two per-unit values: with shifts {@code K_a, K_b} (the first values
 * seen) it keeps {@code Σ(a - K_a)}, {@code Σ(a - K_a)²}, the same for b, and
 * {@code Σ(a - K_a)(b - K_b)}. Shifting by a typical value keeps the variance accurate when the
 * mean is large against the spread; no division per value.
 */
final class PairSums {
    private long n;
    private double shiftA;
    private double shiftB;
    private double a1;
    private double a2;
    private double b1;
    private double b2;
    private double ab;

    void add(double a, double b) {
        if (n == 0) {
            shiftA = a;
            shiftB = b;
        }
        double da = a - shiftA;
        double db = b - shiftB;
        n++;
        a1 += da;
        a2 += da * da;
        b1 += db;
        b2 += db * db;
        ab += da * db;
    }

    void merge(PairSums o) {
        if (o.n == 0) {
            return;
        }
        if (n == 0) {
            n = o.n;
            shiftA = o.shiftA;
            shiftB = o.shiftB;
            a1 = o.a1;
            a2 = o.a2;
            b1 = o.b1;
            b2 = o.b2;
            ab = o.ab;
            return;
        }
        // move the other's sums to this shift: Σ(a - K) = Σ(a - K') + n'(K' - K), and so on
        double da = o.shiftA - shiftA;
        double db = o.shiftB - shiftB;
        a2 += o.a2 + 2 * da * o.a1 + o.n * da * da;
        b2 += o.b2 + 2 * db * o.b1 + o.n * db * db;
        ab += o.ab + da * o.b1 + db * o.a1 + o.n * da * db;
        a1 += o.a1 + o.n * da;
        b1 += o.b1 + o.n * db;
        n += o.n;
    }

    long n() {
        return n;
    }

    Pair result(String firstName, String secondName) {
        if (n == 0) {
            return Pair.of(firstName, secondName, MeanStatistic.ofCentral(0, 0, 0), MeanStatistic.ofCentral(0, 0, 0), 0);
        }
        MeanStatistic a = MeanStatistic.ofCentral(n, shiftA + a1 / n, a2 - a1 * a1 / n);
        MeanStatistic b = MeanStatistic.ofCentral(n, shiftB + b1 / n, b2 - b1 * b1 / n);
        double c = ab - a1 * b1 / n;
        double bound = Math.sqrt(a.squaredDeviations() * b.squaredDeviations());
        return Pair.of(firstName, secondName, a, b, Math.max(-bound, Math.min(bound, c)));
    }
}
