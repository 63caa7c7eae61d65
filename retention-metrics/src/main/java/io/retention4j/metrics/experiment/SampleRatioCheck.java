package io.retention4j.metrics.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sample-ratio mismatch (SRM) check: do the exposure counts of the variants fit the configured
 * weights? A mismatch means the assignment or the logging is broken, and effects computed on such
 * data are not to be trusted.
 *
 * <p>Definition: Pearson's chi-square goodness of fit. With counts {@code o_i}, total N and weights
 * {@code w_i} (summing to 1), expected {@code e_i = w_i N}, statistic {@code Σ (o_i - e_i)² / e_i}
 * on {@code k - 1} degrees of freedom, p-value its chi-square upper tail (as GrowthBook's
 * {@code check_srm}). The check flags a mismatch when {@code p < threshold}, by default
 * {@value #DEFAULT_THRESHOLD} (GrowthBook's and most platforms' default: with daily checks a lower
 * bar would raise false alarms).
 *
 * <p>Immutable and thread-safe.
 */
public final class SampleRatioCheck {
    /** The default p-value below which a mismatch is flagged. */
    public static final double DEFAULT_THRESHOLD = 0.001;
    /** How far the weights may sum from 1. */
    public static final double WEIGHT_TOLERANCE = 1e-6;

    private final List<String> variants;
    private final long[] counts;
    private final double[] weights;
    private final double statistic;
    private final double pValue;
    private final double threshold;

    private SampleRatioCheck(List<String> variants, long[] counts, double[] weights, double threshold) {
        this.variants = variants;
        this.counts = counts;
        this.weights = weights;
        this.threshold = threshold;
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            double e = weights[i] * total;
            x += (counts[i] - e) * (counts[i] - e) / e;
        }
        this.statistic = x;
        this.pValue = Distributions.chiSquareUpperTail(x, counts.length - 1);
    }

    /**
     * Checks counts against weights, with variants named "0", "1", ... and the default threshold.
     *
     * @param counts  exposures per variant, each {@code >= 0}, at least one positive; at least two variants
     * @param weights the configured share of each variant, each in (0, 1], summing to 1 within
     *                {@value #WEIGHT_TOLERANCE}
     * @return the check
     * @throws IllegalArgumentException for bad counts or weights (naming the position)
     */
    public static SampleRatioCheck of(long[] counts, double[] weights) {
        Require.nonNull("counts", counts);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            names.add(Integer.toString(i));
        }
        return create(names, counts, Require.nonNull("weights", weights), DEFAULT_THRESHOLD);
    }

    /**
     * Checks named variants' counts against their weights.
     *
     * @param counts    exposures per variant name, in report order
     * @param weights   the configured weight of each variant, the same names
     * @param threshold the p-value below which a mismatch is flagged, in (0, 1)
     * @return the check
     * @throws IllegalArgumentException for bad counts or weights, or names that differ between the maps
     */
    public static SampleRatioCheck of(Map<String, Long> counts, Map<String, Double> weights, double threshold) {
        Require.nonNull("counts", counts);
        Require.nonNull("weights", weights);
        if (!counts.keySet().equals(weights.keySet())) {
            throw new IllegalArgumentException("counts are given for variants " + counts.keySet()
                    + " but weights for " + weights.keySet());
        }
        List<String> names = new ArrayList<>(counts.keySet());
        long[] c = new long[names.size()];
        double[] w = new double[names.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Require.nonNull("count of variant '" + names.get(i) + "'", counts.get(names.get(i)));
            w[i] = Require.nonNull("weight of variant '" + names.get(i) + "'", weights.get(names.get(i)));
        }
        return create(names, c, w, threshold);
    }

    private static SampleRatioCheck create(List<String> names, long[] counts, double[] weights, double threshold) {
        Require.openUnit("SRM threshold", threshold);
        if (counts.length < 2) {
            throw new IllegalArgumentException("an SRM check needs at least two variants, got " + counts.length);
        }
        if (weights.length != counts.length) {
            throw new IllegalArgumentException("counts has " + counts.length + " variants but weights has "
                    + weights.length);
        }
        long total = 0;
        double weightSum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count of variant '" + names.get(i) + "' must be >= 0, got "
                        + counts[i]);
            }
            if (!(weights[i] > 0 && weights[i] <= 1)) {
                throw new IllegalArgumentException("weight of variant '" + names.get(i) + "' must be in (0, 1], got "
                        + weights[i]);
            }
            total += counts[i];
            weightSum += weights[i];
        }
        if (Math.abs(weightSum - 1) > WEIGHT_TOLERANCE) {
            throw new IllegalArgumentException("weights must sum to 1 (within " + WEIGHT_TOLERANCE + "), got "
                    + weightSum + " for " + names);
        }
        if (total == 0) {
            throw new IllegalArgumentException("no exposures in any of the variants " + names + ": nothing to check");
        }
        return new SampleRatioCheck(Collections.unmodifiableList(names), counts.clone(), weights.clone(), threshold);
    }

    /**
     * The variant names, in report order.
     *
     * @return the names
     */
    public List<String> variants() {
        return variants;
    }

    /**
     * The observed counts, in variant order.
     *
     * @return name to count
     */
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            m.put(variants.get(i), counts[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The expected count of a variant.
     *
     * @param index the variant's position
     * @return {@code w_i N}
     */
    public double expected(int index) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return weights[index] * total;
    }

    /**
     * The chi-square statistic.
     *
     * @return {@code Σ (o_i - e_i)² / e_i}
     */
    public double chiSquare() {
        return statistic;
    }

    /**
     * The degrees of freedom.
     *
     * @return the number of variants minus 1
     */
    public int degreesOfFreedom() {
        return counts.length - 1;
    }

    /**
     * The p-value of "the counts fit the weights".
     *
     * @return the chi-square upper tail probability
     */
    public double pValue() {
        return pValue;
    }

    /**
     * The threshold below which a mismatch is flagged.
     *
     * @return the threshold
     */
    public double threshold() {
        return threshold;
    }

    /**
     * Whether the counts do not fit the weights.
     *
     * @return {@code pValue() < threshold()}
     */
    public boolean isMismatch() {
        return pValue < threshold;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(isMismatch() ? "WARNING: sample ratio mismatch" : "No sample ratio mismatch");
        s.append(String.format(Locale.ROOT, " (chi-square %.3f on %d df, p = %s, threshold %s):", statistic,
                degreesOfFreedom(), Text.p(pValue), Text.number(threshold)));
        for (int i = 0; i < counts.length; i++) {
            s.append(String.format(Locale.ROOT, " %s %,d (expected %,.1f)%s", variants.get(i), counts[i],
                    expected(i), i + 1 < counts.length ? "," : ""));
        }
        return s.toString();
    }
}
