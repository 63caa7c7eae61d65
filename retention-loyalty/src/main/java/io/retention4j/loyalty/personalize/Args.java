package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;
import java.time.Duration;

/** Range checks of this package's builders; each message names the field, the allowed range and the value. */
final class Args {
    private Args() {
    }

    /** Requires {@code min <= value <= max}. */
    static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** Requires {@code min <= value <= max} (so not NaN). */
    static double inRange(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be in [" + plain(min) + ", " + plain(max) + "], got " + value);
        }
        return value;
    }

    /** Requires a finite {@code value >= 0}. */
    static double finiteNonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and non-negative, got " + value);
        }
        return value;
    }

    /** Requires a non-null, positive duration. */
    static Duration positive(String field, Duration value) {
        Require.notNull(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
        return value;
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
