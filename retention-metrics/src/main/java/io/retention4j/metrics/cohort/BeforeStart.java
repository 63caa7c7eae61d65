package io.retention4j.metrics.cohort;

/**
 * What to do with a return event that happened before the customer's first start event. Such an
 * event never counts as a return (every cohort of the customer begins at or after that start); the
 * policy decides whether it is bad input.
 */
public enum BeforeStart {
    /**
     * Leave such events out of the table; their number is reported in
     * {@link CohortCoverage#returnsBeforeStart()} (PostHog's behaviour: a visit before a sign-up
     * does not count as a return).
     */
    IGNORE,
    /**
     * Throw an {@link IllegalArgumentException} naming the customer, the event and the start: for
     * starts that by definition precede all activity, such as sign-ups.
     */
    REJECT
}
