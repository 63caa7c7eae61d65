package io.retention4j.loyalty.program;

/** The span an earn cap counts over, in the program's zone. */
public enum CapPeriod {
    /** The calendar day of the earning. */
    DAY,
    /** The ISO week (Monday to Sunday) of the earning. */
    WEEK,
    /** The calendar month of the earning. */
    MONTH,
    /** The calendar year of the earning. */
    YEAR,
    /** The customer's whole history. */
    FOREVER
}
