package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;

/**
 * The most points one earn rule may give one customer per period, counted net of reversals. An
 * earning that would pass the cap is cut to what is left (and says so in its entry).
 *
 * @param points the most points per period, positive
 * @param period the period
 */
public record Cap(long points, CapPeriod period) {
    /**
     * Validates the fields.
     *
     * @param points positive
     * @param period not null
     */
    public Cap {
        Require.positive("cap.points", points);
        Require.notNull("cap.period", period);
    }

    @Override
    public String toString() {
        return "at most " + points + " per " + period.name().toLowerCase(java.util.Locale.ROOT);
    }
}
