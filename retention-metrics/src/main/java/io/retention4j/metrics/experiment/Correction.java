package io.retention4j.metrics.experiment;

import java.util.Arrays;

/**
 * Adjustments of p-values for multiple comparisons (many metrics, many variants), as R's
 * {@code p.adjust}. For m p-values sorted ascending {@code p_(1) <= ... <= p_(m)}:
 * <ul>
 *   <li>{@link #BONFERRONI}: {@code min(1, m p_i)};</li>
 *   <li>{@link #HOLM} (Holm 1979, step-down, controls the family-wise error rate):
 *       {@code adj_(i) = min(1, max_{j <= i} (m - j + 1) p_(j))};</li>
 *   <li>{@link #BENJAMINI_HOCHBERG} (Benjamini and Hochberg 1995, step-up, controls the false discovery
 *       rate): {@code adj_(i) = min_{j >= i} min(1, m p_(j) / j)}.</li>
 * </ul>
 * Adjusted values are returned in the input order; ties are handled as in R (the bound is taken over
 * ranks, so tied p-values get the same adjusted value). An empty array gives an empty array.
 */
public enum Correction {
    /** No adjustment. */
    NONE,
    /** Bonferroni: each p-value times the number of tests. */
    BONFERRONI,
    /** Holm-Bonferroni step-down. */
    HOLM,
    /** Benjamini-Hochberg step-up (false discovery rate). */
    BENJAMINI_HOCHBERG;

    /**
     * Adjusts p-values.
     *
     * @param pValues the raw p-values, each in [0, 1] (unchanged)
     * @return the adjusted p-values, in the input order
     * @throws IllegalArgumentException naming the index of a p-value outside [0, 1] or NaN
     */
    public double[] adjust(double[] pValues) {
        Require.nonNull("pValues", pValues);
        int m = pValues.length;
        for (int i = 0; i < m; i++) {
            Require.probability("pValues[" + i + "]", pValues[i]);
        }
        double[] adjusted = new double[m];
        if (this == NONE || this == BONFERRONI) {
            for (int i = 0; i < m; i++) {
                adjusted[i] = this == NONE ? pValues[i] : Math.min(1, m * pValues[i]);
            }
            return adjusted;
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
        if (this == HOLM) {
            double running = 0;
            for (int rank = 0; rank < m; rank++) {
                running = Math.max(running, Math.min(1, (m - rank) * pValues[order[rank]]));
                adjusted[order[rank]] = running;
            }
        } else {
            double running = 1;
            for (int rank = m - 1; rank >= 0; rank--) {
                running = Math.min(running, Math.min(1, m * pValues[order[rank]] / (rank + 1)));
                adjusted[order[rank]] = running;
            }
        }
        return adjusted;
    }
}
