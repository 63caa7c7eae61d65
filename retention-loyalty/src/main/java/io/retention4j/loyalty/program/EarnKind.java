package io.retention4j.loyalty.program;

/** The kinds of earn rule. */
public enum EarnKind {
    /** Points per currency unit of every purchase line: {@code round(amount * pointsPerUnit)}. */
    BASE_RATE,
    /**
     * Extra points on matching purchase lines: {@code round(base * (multiplier - 1))}, where base is
     * the unrounded base-rate points of the line. Matches a dimension value and/or a date range
     * (a time-boxed campaign such as double-points days).
     */
    MULTIPLIER,
    /** A fixed number of points per event of a type (sign-up, review, survey answered, app login). */
    EVENT
}
