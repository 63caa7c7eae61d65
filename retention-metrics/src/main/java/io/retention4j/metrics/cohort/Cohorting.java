package io.retention4j.metrics.cohort;

/**
 * Which start events put a customer into a cohort.
 */
public enum Cohorting {
    /**
     * Each customer's first start event ever (Mixpanel "first time", PostHog "first occurrence"):
     * the customer belongs to exactly one cohort, the period of that event. A customer whose first
     * start event lies before the observation window belongs to no cohort of the table (they were
     * not new in the window).
     */
    FIRST_TIME,
    /**
     * Every period with a start event (Mixpanel "recurring", PostHog's default): the customer
     * belongs to the cohort of each period in which they had at least one start event, anchored at
     * their first start event of that period.
     */
    RECURRING
}
