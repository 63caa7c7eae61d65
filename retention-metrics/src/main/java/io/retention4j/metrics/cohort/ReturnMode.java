package io.retention4j.metrics.cohort;

/**
 * When a cohort member counts as returned in a column.
 */
public enum ReturnMode {
    /**
     * Returned in the column's periods: the member had a qualifying return in at least one period
     * the column covers (a period with at least the minimum number of return events).
     */
    ON,
    /**
     * Returned in the column's first period or later ("unbounded" or "rolling" retention): the
     * member had a qualifying return in some observed period at or after the column's first period.
     * A member counts once per cell however many later periods qualify. Such a cell can still grow
     * after its own periods have ended, as later periods are observed.
     */
    ON_OR_AFTER
}
