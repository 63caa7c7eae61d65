package io.retention4j.loyalty.program;

/** How earned points expire. */
public enum ExpiryKind {
    /** Points never expire. */
    NEVER,
    /** Each lot expires a fixed period after it was earned (local date-time in the program's zone plus the period). */
    AFTER_PERIOD,
    /**
     * Each lot expires at the end of the month {@code offset} months after the month it was earned
     * (offset 0: the end of the earning month), that is at 00:00 of the first day of the following month.
     */
    END_OF_MONTH,
    /** Like END_OF_MONTH with years: offset 1 means points earned in 2026 expire at 2028-01-01T00:00. */
    END_OF_YEAR,
    /** All lots expire together {@code period} after the customer's last activity; any activity extends them all. */
    ROLLING_INACTIVITY
}
