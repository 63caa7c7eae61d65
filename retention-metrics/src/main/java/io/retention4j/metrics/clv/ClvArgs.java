package io.retention4j.metrics.clv;

/** Argument checks of the prediction methods, with messages naming the argument and value. */
final class ClvArgs {
    private ClvArgs() {
    }

    static void history(int x, double tx, double T) {
        if (x < 0) {
            throw new IllegalArgumentException("frequency x must be >= 0, got " + x);
        }
        if (!Double.isFinite(tx) || !Double.isFinite(T)) {
            throw new IllegalArgumentException("recency t_x and age T must be finite, got t_x=" + tx + ", T=" + T);
        }
        if (tx < 0 || tx > T) {
            throw new IllegalArgumentException("recency t_x must be in 0..T, got t_x=" + tx + ", T=" + T);
        }
    }

    static void horizon(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("horizon t must be a finite number >= 0, got " + t);
        }
    }

    static void count(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("purchase count n must be >= 0, got " + n);
        }
    }

    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
        }
        return value;
    }

    static void ages(double[] T) {
        for (int i = 0; i < T.length; i++) {
            if (!(T[i] >= 0) || Double.isInfinite(T[i])) {
                throw new IllegalArgumentException("age T[" + i + "] must be a finite number >= 0, got " + T[i]);
            }
        }
    }
}
