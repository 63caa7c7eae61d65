package io.retention4j.metrics.lifecycle;

/**
 * The lifecycle status of a customer in an interval, from their activity in that interval and the
 * one before it, and from the interval of their creation (see {@link Creation}).
 */
public enum LifecycleStatus {
    /** Active in the interval, which is the interval of the customer's creation. */
    NEW,
    /** Active in the interval and in the previous one, and not new. */
    RETURNING,
    /**
     * Active in the interval but not in the previous one, and not new: back after at least one
     * inactive interval, or (with sign-up creation) first active after the interval of the sign-up.
     */
    RESURRECTING,
    /** Active in the previous interval but not in this one; counted as a negative number. */
    DORMANT
}
