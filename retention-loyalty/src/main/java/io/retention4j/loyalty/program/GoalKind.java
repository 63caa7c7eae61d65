package io.retention4j.loyalty.program;

/** The kinds of goal. */
public enum GoalKind {
    /** Spend at least {@code target} within each period (for example a calendar month). */
    SPEND_TARGET,
    /** A purchase in each of {@code count} consecutive calendar months. */
    STREAK,
    /** At least {@code count} events of {@code eventType} within each period. */
    CHALLENGE
}
