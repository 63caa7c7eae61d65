package io.retention4j.core.segment;

/**
 * Which end of a score interval holds a value equal to a breakpoint. With breakpoints
 * b_1 &lt;= ... &lt;= b_(n-1) (and b_0 = -infinity, b_n = +infinity), the ascending bin of a
 * value v is the i whose interval holds it.
 */
public enum BinIntervals {
    /**
     * [b_(i-1), b_i): bin = 1 + #{k : b_k &lt;= v}. A value equal to a breakpoint goes to the higher
     * bin. R's {@code rfm} package compares this way (its breakpoints are the quantiles plus 1, see
     * {@link RfmScorer.Builder#quantileOffset(double)}). The default.
     */
    LOWER_CLOSED,
    /**
     * (b_(i-1), b_i]: bin = 1 + #{k : b_k &lt; v}. A value equal to a breakpoint stays in the lower
     * bin, as in pandas' {@code qcut} (which cuts at the same quantiles with right-closed intervals).
     */
    UPPER_CLOSED
}
