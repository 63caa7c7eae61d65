package io.retention4j.metrics.experiment;

/** The alternative hypothesis of a test of "no effect". */
public enum Alternative {
    /** The effect differs from 0 in either direction: two-sided p-value and interval. */
    TWO_SIDED,
    /** The treatment is greater than the control: {@code p = P(T >= t)}, interval {@code [lower, +inf)}. */
    GREATER,
    /** The treatment is less than the control: {@code p = P(T <= t)}, interval {@code (-inf, upper]}. */
    LESS
}
