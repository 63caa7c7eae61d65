package io.retention4j.core.segment;

/**
 * How RFM quantile scoring treats customers with equal values.
 *
 * @see RfmScorer
 */
public enum TiePolicy {
    /**
     * Equal values always get the same score. Breakpoints are the sample quantiles of definition 7
     * of Hyndman &amp; Fan (1996), R's default {@code quantile}, at 1/n, 2/n, ..., (n-1)/n, plus an
     * offset (1 by default, as R's {@code rfm} package); each score is an interval between
     * consecutive breakpoints ({@link BinIntervals}). With many ties a score can be empty and the
     * others larger than N/n. See {@link RfmScorer}.
     */
    VALUE_BASED,
    /**
     * Equal-sized scores: customers are ordered from worst to best (recency: most days since the
     * last purchase first; frequency and monetary: smallest first), ties by customer id in the
     * canonical order (numeric ids numerically, then the others lexicographically), never by input
     * order; then the first ceil(N/n) get score 1 and so on, the larger groups first, as SQL's
     * {@code NTILE} and R dplyr's {@code ntile} do: with N = q n + r, the first r scores hold q + 1
     * customers and the others q. Equal values can get different scores.
     */
    RANK_BASED
}
