package io.retention4j.loyalty.program;

/** Which of core's dormancy policies a {@link DormancyRule} builds. */
public enum DormancyKind {
    /** {@link io.retention4j.core.lifecycle.FixedInactivityPolicy}: the same day thresholds for every customer. */
    FIXED_INACTIVITY,
    /**
     * {@link io.retention4j.core.lifecycle.OwnCadencePolicy}: thresholds as multiples of the customer's own
     * median gap between purchase days, with fixed day thresholds for customers who have too few purchase days.
     */
    OWN_CADENCE
}
