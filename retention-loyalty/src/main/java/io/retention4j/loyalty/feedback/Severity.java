package io.retention4j.loyalty.feedback;

/**
 * How urgent a case is, set by the {@link CategoryRule} that categorised its response (for example
 * from a score band) or by a re-categorisation. Each {@link Category} has a resolution deadline per
 * severity.
 */
public enum Severity {
    /** Can wait. */
    LOW,
    /** The default urgency. */
    MEDIUM,
    /** Fix soon. */
    HIGH,
    /** Fix now. */
    CRITICAL
}
