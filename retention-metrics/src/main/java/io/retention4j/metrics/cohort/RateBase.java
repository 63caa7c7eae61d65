package io.retention4j.metrics.cohort;

/**
 * The denominator of a retention rate.
 */
public enum RateBase {
    /** The cohort size (column 0): {@code count(i, c) / size(i)}. */
    COHORT_SIZE,
    /** The previous column of the same cohort: {@code count(i, c) / count(i, c - 1)}. */
    PREVIOUS_COLUMN
}
