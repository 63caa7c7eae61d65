package io.retention4j.metrics.experiment;

import java.util.Objects;

/** Argument checks whose messages name the argument, the value and the allowed range. */
final class Require {
    private Require() {
    }

    static <T> T nonNull(String name, T value) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** A probability strictly between 0 and 1: a confidence level, alpha, power or a proportion. */
    static double openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
        return value;
    }

    /** A p-value or other probability in [0, 1]. */
    static double probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
        return value;
    }
}
