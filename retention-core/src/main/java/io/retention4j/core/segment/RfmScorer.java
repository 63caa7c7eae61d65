package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.NumberFormat;
import io.retention4j.core.internal.Quantiles;
import io.retention4j.core.profile.CustomerProfiles;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scores customers 1..n on recency, frequency and monetary value by quantile bins over the
 * population: the configuration, reusable for any number of populations.
 *
 * <p>Who is scored: customers with at least one order. Customers who never purchased have no
 * recency; they are excluded from the population (they do not move any breakpoint), get no score,
 * and are counted and listed in {@link RfmScores#excludedIds()}.
 *
 * <p>How ({@link TiePolicy}):
 * <ul>
 *   <li>{@link TiePolicy#VALUE_BASED} (the default), as R's {@code rfm} package scores
 *       ({@code rfm_table_order}, {@code rfm_table_customer}): for each dimension the breakpoints are
 *       the definition-7 sample quantiles (Hyndman &amp; Fan 1996; R's default {@code quantile},
 *       numpy's {@code "linear"}) at k/n, k = 1..n-1, of the scored customers' values, plus the
 *       {@link Builder#quantileOffset(double) quantile offset}: 1 by default, because R's package
 *       adds 1 to each quantile. A value's ascending bin is the interval of consecutive breakpoints
 *       that holds it ({@link BinIntervals}; default lower-closed [lower, upper), as R's package
 *       compares). Frequency and monetary scores are the bin; the recency score is n + 1 - bin, so
 *       fewer days score higher. Equal values always share a score; a score can be empty.</li>
 *   <li>{@link TiePolicy#RANK_BASED}: equal-sized scores by rank, ties broken by customer id in
 *       the canonical order.</li>
 *   <li>Explicit breakpoints ({@link Builder#breakpoints(RfmDimension, double...)}) replace the
 *       quantiles of one dimension (no offset is added); that dimension is then scored by value
 *       under either policy.</li>
 * </ul>
 *
 * <p>Why the +1: on whole numbers (orders, days) a breakpoint q + 1 with [lower, upper) puts a value
 * equal to an integer quantile q in the lower score, so in a population where most customers bought
 * once, the one-time buyers get frequency score 1; and a population where everyone has the same
 * values scores R = n, F = 1, M = 1. With offset 0 and [lower, upper) (the quantiles themselves as
 * breakpoints) such values go up instead: one-time buyers would get F = 3 on CDNOW and an all-equal
 * population F = n, M = n, R = 1. On amounts the +1 is one currency unit; {@code quantileOffset(0)}
 * with {@link BinIntervals#UPPER_CLOSED} (pandas' {@code qcut} convention) keeps values equal to a
 * quantile in the lower score without depending on the unit.
 *
 * <p>Scores depend only on the set of (id, recency, frequency, monetary) rows, never on their order.
 * Cost: O(N) per dimension for value-based scoring (selection, not sorting; integral columns such as
 * days and orders are counted in a histogram); rank-based scoring adds a sort of the ids tied at a
 * score boundary.
 *
 * <p>Immutable and thread-safe.
 */
public final class RfmScorer {
    private final int bins;
    private final TiePolicy tiePolicy;
    private final BinIntervals intervals;
    private final double quantileOffset;
    private final MonetaryMeasure measure;
    private final EnumMap<RfmDimension, double[]> explicit;

    private RfmScorer(Builder b) {
        this.bins = b.bins;
        this.tiePolicy = b.tiePolicy;
        this.intervals = b.intervals;
        this.quantileOffset = b.quantileOffset;
        this.measure = b.measure;
        this.explicit = new EnumMap<>(b.explicit);
    }

    /**
     * A builder.
     *
     * @return a builder with 5 scores, {@link TiePolicy#VALUE_BASED}, lower-closed intervals, quantile
     *         offset 1 (R's {@code rfm} package) and total spend as the monetary measure
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default scorer: 5 value-based scores per dimension as R's {@code rfm} package computes them
     * (quantile + 1, lower-closed), monetary = total spend.
     *
     * @return the scorer
     */
    public static RfmScorer defaults() {
        return builder().build();
    }

    /**
     * Scores the customers of some columns.
     *
     * @param columns the raw values
     * @return the scores, in the columns' customer order
     */
    public RfmScores score(RfmColumns columns) {
        Checks.notNull("columns", columns);
        int n = columns.size();
        int s = columns.purchasers();
        int[] customerOf = new int[s];
        int e = 0;
        for (int i = 0; i < n; i++) {
            if (columns.hasPurchased(i)) {
                customerOf[e++] = i;
            }
        }
        EnumMap<RfmDimension, byte[]> scores = new EnumMap<>(RfmDimension.class);
        EnumMap<RfmDimension, double[]> used = new EnumMap<>(RfmDimension.class);
        for (RfmDimension d : RfmDimension.values()) {
            double[] values = values(columns, d, customerOf);
            byte[] out = new byte[n];
            double[] given = explicit.get(d);
            if (given != null || tiePolicy == TiePolicy.VALUE_BASED) {
                double[] breakpoints = given != null ? given.clone() : quantileBreakpoints(values);
                if (s > 0) {
                    ValueBinning.assign(values, customerOf, breakpoints, intervals, d == RfmDimension.RECENCY, out);
                }
                used.put(d, breakpoints);
            } else {
                double[] keys = d == RfmDimension.RECENCY ? negated(values) : values;
                RankBinning.assign(keys, customerOf, columns.ids(), bins, out);
                used.put(d, new double[0]);
            }
            scores.put(d, out);
        }
        return new RfmScores(columns, this, scores.get(RfmDimension.RECENCY), scores.get(RfmDimension.FREQUENCY),
                scores.get(RfmDimension.MONETARY), used, customerOf);
    }

    /**
     * Scores profiles: {@code score(RfmColumns.from(profiles, measure()))}.
     *
     * @param profiles the profiles
     * @return the scores, in profile order
     */
    public RfmScores score(CustomerProfiles profiles) {
        return score(RfmColumns.from(profiles, measure));
    }

    private double[] quantileBreakpoints(double[] values) {
        if (values.length == 0) {
            return new double[0];
        }
        double[] q = Quantiles.type7(values, bins);
        for (int k = 0; k < q.length; k++) {
            q[k] += quantileOffset;
        }
        return q;
    }

    private static double[] values(RfmColumns columns, RfmDimension d, int[] customerOf) {
        double[] v = new double[customerOf.length];
        switch (d) {
            case RECENCY: {
                int[] c = columns.recencyColumn();
                for (int e = 0; e < v.length; e++) {
                    v[e] = c[customerOf[e]];
                }
                break;
            }
            case FREQUENCY: {
                int[] c = columns.ordersColumn();
                for (int e = 0; e < v.length; e++) {
                    v[e] = c[customerOf[e]];
                }
                break;
            }
            default: {
                double[] c = columns.monetaryColumn();
                for (int e = 0; e < v.length; e++) {
                    v[e] = c[customerOf[e]];
                }
            }
        }
        return v;
    }

    /** Recency keys for rank-based scoring: 0 - days, so that most days (worst) sort first. */
    private static double[] negated(double[] days) {
        double[] k = new double[days.length];
        for (int e = 0; e < k.length; e++) {
            k[e] = 0.0 - days[e];
        }
        return k;
    }

    /**
     * The number of scores per dimension.
     *
     * @return n, in 2..9
     */
    public int bins() {
        return bins;
    }

    /**
     * The tie policy of quantile-scored dimensions.
     *
     * @return the policy
     */
    public TiePolicy tiePolicy() {
        return tiePolicy;
    }

    /**
     * Which end of a value interval holds a breakpoint.
     *
     * @return the intervals
     */
    public BinIntervals intervals() {
        return intervals;
    }

    /**
     * The amount added to each quantile breakpoint (not to explicit breakpoints).
     *
     * @return the offset
     */
    public double quantileOffset() {
        return quantileOffset;
    }

    /**
     * The monetary measure used when scoring profiles.
     *
     * @return the measure
     */
    public MonetaryMeasure measure() {
        return measure;
    }

    /**
     * The explicit breakpoints of a dimension.
     *
     * @param dimension a dimension
     * @return a copy of its bins - 1 breakpoints, or an empty array when it is scored by quantiles
     */
    public double[] explicitBreakpoints(RfmDimension dimension) {
        double[] b = explicit.get(Checks.notNull("dimension", dimension));
        return b == null ? new double[0] : b.clone();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RfmScorer[").append(bins).append(" scores, ").append(tiePolicy);
        if (tiePolicy == TiePolicy.VALUE_BASED || !explicit.isEmpty()) {
            sb.append(", ").append(intervals == BinIntervals.LOWER_CLOSED ? "[lower, upper)" : "(lower, upper]");
        }
        if (tiePolicy == TiePolicy.VALUE_BASED) {
            sb.append(", quantile + ").append(NumberFormat.compact(quantileOffset));
        }
        sb.append(", monetary ").append(measure.name().toLowerCase(Locale.ROOT));
        for (Map.Entry<RfmDimension, double[]> e : explicit.entrySet()) {
            sb.append(", ").append(e.getKey().name().toLowerCase(Locale.ROOT)).append(" breakpoints ")
                    .append(Arrays.toString(e.getValue()));
        }
        return sb.append(']').toString();
    }

    /** Collects the options; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private int bins = 5;
        private TiePolicy tiePolicy = TiePolicy.VALUE_BASED;
        private BinIntervals intervals = BinIntervals.LOWER_CLOSED;
        private double quantileOffset = 1;
        private MonetaryMeasure measure = MonetaryMeasure.TOTAL_SPEND;
        private final EnumMap<RfmDimension, double[]> explicit = new EnumMap<>(RfmDimension.class);

        private Builder() {
        }

        /**
         * The number of scores per dimension (default 5). The combined code R*100 + F*10 + M has one
         * decimal digit per score, hence at most 9.
         *
         * @param n 2..9
         * @return this builder
         */
        public Builder bins(int n) {
            this.bins = Checks.inRange("bins", n, 2, 9);
            return this;
        }

        /**
         * The tie policy (default {@link TiePolicy#VALUE_BASED}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder tiePolicy(TiePolicy policy) {
            this.tiePolicy = Checks.notNull("tiePolicy", policy);
            return this;
        }

        /**
         * Which end of a value interval holds a breakpoint (default {@link BinIntervals#LOWER_CLOSED}).
         *
         * @param closedEnd the intervals
         * @return this builder
         */
        public Builder intervals(BinIntervals closedEnd) {
            this.intervals = Checks.notNull("intervals", closedEnd);
            return this;
        }

        /**
         * An amount added to every quantile breakpoint (default 1, as R's {@code rfm} package adds);
         * 0 makes the quantiles themselves the breakpoints.
         *
         * @param offset a finite amount
         * @return this builder
         */
        public Builder quantileOffset(double offset) {
            this.quantileOffset = Checks.finite("quantileOffset", offset);
            return this;
        }

        /**
         * The monetary measure when scoring {@link CustomerProfiles} (default total spend).
         *
         * @param monetary the measure
         * @return this builder
         */
        public Builder monetary(MonetaryMeasure monetary) {
            this.measure = Checks.notNull("monetary", monetary);
            return this;
        }

        /**
         * Fixed breakpoints for one dimension instead of quantiles, in the dimension's raw unit (days,
         * orders, spend); compared as {@link #intervals(BinIntervals)} says. For recency, values below
         * the first breakpoint (the most recent) get the highest score.
         *
         * @param dimension   the dimension
         * @param breakpoints bins - 1 finite, strictly increasing values (the count is checked by
         *                    {@link #build()})
         * @return this builder
         */
        public Builder breakpoints(RfmDimension dimension, double... breakpoints) {
            Checks.notNull("dimension", dimension);
            Checks.notNull("breakpoints", breakpoints);
            String what = dimension.name().toLowerCase(Locale.ROOT) + " breakpoints";
            if (breakpoints.length == 0) {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            for (int k = 0; k < breakpoints.length; k++) {
                Checks.finite(what + "[" + k + "]", breakpoints[k]);
                if (k > 0 && !(breakpoints[k] > breakpoints[k - 1])) {
                    throw new IllegalArgumentException(what + " must be strictly increasing, got "
                            + breakpoints[k - 1] + " then " + breakpoints[k] + " at index " + k + " in "
                            + Arrays.toString(breakpoints));
                }
            }
            explicit.put(dimension, breakpoints.clone());
            return this;
        }

        /**
         * Builds the scorer.
         *
         * @return the scorer
         * @throws IllegalArgumentException when explicit breakpoints do not number bins - 1
         */
        public RfmScorer build() {
            for (Map.Entry<RfmDimension, double[]> e : explicit.entrySet()) {
                if (e.getValue().length != bins - 1) {
                    throw new IllegalArgumentException(e.getKey().name().toLowerCase(Locale.ROOT) + " has "
                            + e.getValue().length + " explicit breakpoints; " + bins + " scores need " + (bins - 1));
                }
            }
            return new RfmScorer(this);
        }
    }
}
