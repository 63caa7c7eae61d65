package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;

/**
 * The tier window: what span of activity tier requirements count.
 *
 * @param kind   the kind of window
 * @param months the length for {@link WindowKind#ROLLING_MONTHS} (1..120), else 0
 */
public record TierWindow(WindowKind kind, int months) {
    /**
     * Validates the fields.
     *
     * @param kind   not null
     * @param months 1..120 for rolling windows, 0 otherwise
     */
    public TierWindow {
        Require.notNull("window.kind", kind);
        if (kind == WindowKind.ROLLING_MONTHS ? months < 1 || months > 120 : months != 0) {
            throw new IllegalArgumentException("window.months must be " + (kind == WindowKind.ROLLING_MONTHS
                    ? "in 1..120" : "0") + " for " + kind + ", got " + months);
        }
    }

    /**
     * The last {@code months} calendar months.
     *
     * @param months 1..120
     * @return the window
     */
    public static TierWindow rollingMonths(int months) {
        return new TierWindow(WindowKind.ROLLING_MONTHS, months);
    }

    /** @return the calendar-year window */
    public static TierWindow calendarYear() {
        return new TierWindow(WindowKind.CALENDAR_YEAR, 0);
    }

    /** @return the membership-year window */
    public static TierWindow anniversaryYear() {
        return new TierWindow(WindowKind.ANNIVERSARY_YEAR, 0);
    }

    /** @return the lifetime window */
    public static TierWindow lifetime() {
        return new TierWindow(WindowKind.LIFETIME, 0);
    }

    @Override
    public String toString() {
        return kind == WindowKind.ROLLING_MONTHS ? "rolling " + months + " months" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
