package io.retention4j.core.segment;

/** The three dimensions of an RFM score. */
public enum RfmDimension {
    /** Days since the last purchase; fewer days score higher. */
    RECENCY,
    /** The number of orders; more score higher. */
    FREQUENCY,
    /** Spend (total or per order, see {@link MonetaryMeasure}); more scores higher. */
    MONETARY
}
