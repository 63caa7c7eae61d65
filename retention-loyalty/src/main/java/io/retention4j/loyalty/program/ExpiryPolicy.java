package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.time.Period;

/**
 * When points expire. Instants are computed on the local time line of the program's zone, so
 * "end of month" is midnight local time whatever the offset, and a period of one month from
 * 31 January ends on the last day of February.
 *
 * @param kind   the kind of expiry
 * @param period AFTER_PERIOD and ROLLING_INACTIVITY: positive period; else null
 * @param offset END_OF_MONTH (0..120) and END_OF_YEAR (0..10): how many months or years after the earning's; else 0
 */
public record ExpiryPolicy(ExpiryKind kind, Period period, int offset) {
    /** Points never expire. */
    public static final ExpiryPolicy NEVER = new ExpiryPolicy(ExpiryKind.NEVER, null, 0);

    /**
     * Validates the fields for the kind.
     *
     * @param kind   not null
     * @param period see the record description
     * @param offset see the record description
     */
    public ExpiryPolicy {
        Require.notNull("expiry.kind", kind);
        boolean usesPeriod = kind == ExpiryKind.AFTER_PERIOD || kind == ExpiryKind.ROLLING_INACTIVITY;
        if (usesPeriod) {
            Require.notNull("expiry.period", period);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("expiry.period must be positive for " + kind + ", got " + period);
            }
        } else if (period != null) {
            throw new IllegalArgumentException("expiry.period does not apply to " + kind + ", got " + period);
        }
        int maxOffset = kind == ExpiryKind.END_OF_MONTH ? 120 : kind == ExpiryKind.END_OF_YEAR ? 10 : 0;
        if (offset < 0 || offset > maxOffset) {
            throw new IllegalArgumentException("expiry.offset " + (maxOffset == 0 ? "does not apply to " + kind
                    + " (must be 0)" : "must be in 0.." + maxOffset + " for " + kind) + ", got " + offset);
        }
    }

    /**
     * Lots expire {@code period} after earning.
     *
     * @param period positive
     * @return the policy
     */
    public static ExpiryPolicy afterPeriod(Period period) {
        return new ExpiryPolicy(ExpiryKind.AFTER_PERIOD, period, 0);
    }

    /**
     * Lots expire at the end of the month {@code offset} months after earning.
     *
     * @param offset 0..120
     * @return the policy
     */
    public static ExpiryPolicy endOfMonth(int offset) {
        return new ExpiryPolicy(ExpiryKind.END_OF_MONTH, null, offset);
    }

    /**
     * Lots expire at the end of the year {@code offset} years after earning.
     *
     * @param offset 0..10
     * @return the policy
     */
    public static ExpiryPolicy endOfYear(int offset) {
        return new ExpiryPolicy(ExpiryKind.END_OF_YEAR, null, offset);
    }

    /**
     * All lots expire {@code period} after the last activity.
     *
     * @param period positive
     * @return the policy
     */
    public static ExpiryPolicy rollingInactivity(Period period) {
        return new ExpiryPolicy(ExpiryKind.ROLLING_INACTIVITY, period, 0);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NEVER -> "never";
            case AFTER_PERIOD -> period + " after earning";
            case END_OF_MONTH -> "end of month +" + offset;
            case END_OF_YEAR -> "end of year +" + offset;
            case ROLLING_INACTIVITY -> period + " after last activity";
        };
    }
}
