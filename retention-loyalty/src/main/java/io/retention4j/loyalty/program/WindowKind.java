package io.retention4j.loyalty.program;

/** The span over which tier requirements are counted. */
public enum WindowKind {
    /** The last N calendar months up to the evaluation instant, in the program's zone. */
    ROLLING_MONTHS,
    /** The calendar year (1 January to 31 December in the program's zone) containing the instant. */
    CALENDAR_YEAR,
    /** The membership year: from the latest enrolment anniversary at or before the instant. */
    ANNIVERSARY_YEAR,
    /** Everything since enrolment. */
    LIFETIME
}
