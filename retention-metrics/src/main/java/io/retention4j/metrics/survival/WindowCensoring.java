package io.retention4j.metrics.survival;

/**
 * How customers censored inside a tenure window (observed into the window but not to its end, and
 * not churned) enter the window's denominator.
 */
public enum WindowCensoring {
    /**
     * The denominator is everyone at risk at the window start: censored customers count fully. Simple
     * and what "churned in the window / active at its start" says, but it understates the hazard when
     * many customers are censored inside the window.
     */
    AT_RISK_AT_START,
    /**
     * The actuarial (life-table) convention: censored customers count as half a customer, as if
     * censored in the middle of the window: {@code n - c / 2}.
     */
    ACTUARIAL
}
