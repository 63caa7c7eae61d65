package io.retention4j.metrics.survival;

import io.retention4j.metrics.internal.SortOrder;
import java.util.Arrays;
import java.util.Locale;

/**
 * Harrell's concordance index (C) of risk scores against right-censored durations, with the tie
 * handling of R's {@code survival::concordance} and lifelines' {@code concordance_index}: a pair
 * (i, j) is comparable when {@code t_i < t_j} and i had the event, or {@code t_i = t_j} and i had
 * the event while j was censored (a censoring at t is taken to come after an event at t); pairs with
 * equal times that both had the event, or in which the earlier subject is censored, are not
 * comparable. A comparable pair is concordant when the earlier subject has the higher risk score,
 * discordant when it has the lower one, and tied on risk when the scores are equal.
 * {@code C = (concordant + tied / 2) / comparable}: 1 ranks perfectly, 0.5 is chance.
 *
 * <p>O(n log n): one sort by time and a Fenwick tree over the score ranks. Immutable.
 *
 * @see #of(double[], int[], double[])
 */
public final class Concordance {
    private final long concordant;
    private final long discordant;
    private final long tiedRisk;
    private final long comparable;

    private Concordance(long concordant, long discordant, long tiedRisk, long comparable) {
        this.concordant = concordant;
        this.discordant = discordant;
        this.tiedRisk = tiedRisk;
        this.comparable = comparable;
    }

    /**
     * Computes Harrell's C.
     *
     * @param durations  per subject, a finite number {@code >= 0}
     * @param events     per subject, 1 for an event, 0 for censored
     * @param riskScores per subject, a finite score; higher means an earlier event is expected (for a Cox
     *                   model the linear predictor {@code x'β})
     * @return the concordance
     * @throws IllegalArgumentException for bad values, or when no pair is comparable (no event before another exit)
     */
    public static Concordance of(double[] durations, int[] events, double[] riskScores) {
        SurvivalData.of(durations, events); // validates
        Args.finite("riskScores", riskScores);
        Args.sameLength("riskScores", riskScores.length, "durations", durations.length);
        int n = durations.length;
        double[] distinct = new double[n];
        for (int i = 0; i < n; i++) {
            distinct[i] = riskScores[i] + 0.0; // -0.0 and 0.0 are the same score
        }
        Arrays.sort(distinct);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || distinct[i] != distinct[k - 1]) {
                distinct[k++] = distinct[i];
            }
        }
        long[] tree = new long[k + 1];
        long inTree = 0;
        int[] ascending = SortOrder.ascending(durations);
        long concordant = 0;
        long tied = 0;
        long pairs = 0;
        int end = n; // process time groups from the latest
        while (end > 0) {
            double t = durations[ascending[end - 1]];
            int start = end - 1;
            while (start > 0 && durations[ascending[start - 1]] == t) {
                start--;
            }
            for (int q = start; q < end; q++) { // censored at t: comparable with the events at t and before
                int i = ascending[q];
                if (events[i] == 0) {
                    add(tree, rank(distinct, k, riskScores[i]));
                    inTree++;
                }
            }
            for (int q = start; q < end; q++) {
                int i = ascending[q];
                if (events[i] == 1) {
                    int r = rank(distinct, k, riskScores[i]);
                    long below = prefix(tree, r - 1);
                    long equal = prefix(tree, r) - below;
                    concordant += below;
                    tied += equal;
                    pairs += inTree;
                }
            }
            for (int q = start; q < end; q++) {
                int i = ascending[q];
                if (events[i] == 1) {
                    add(tree, rank(distinct, k, riskScores[i]));
                    inTree++;
                }
            }
            end = start;
        }
        if (pairs == 0) {
            throw new IllegalArgumentException("no comparable pairs: concordance needs an event before another "
                    + "subject's exit (" + n + " subjects)");
        }
        return new Concordance(concordant, pairs - concordant - tied, tied, pairs);
    }

    /** 1-based rank of a score among the distinct scores. */
    private static int rank(double[] distinct, int k, double score) {
        return Arrays.binarySearch(distinct, 0, k, score + 0.0) + 1;
    }

    private static void add(long[] tree, int rank) {
        for (int i = rank; i < tree.length; i += i & -i) {
            tree[i]++;
        }
    }

    private static long prefix(long[] tree, int rank) {
        long sum = 0;
        for (int i = rank; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /**
     * Harrell's C.
     *
     * @return {@code (concordant + tiedRisk / 2) / comparable}, in [0, 1]
     */
    public double index() {
        return (concordant + tiedRisk / 2.0) / comparable;
    }

    /**
     * Comparable pairs in which the earlier subject has the higher risk score.
     *
     * @return the count
     */
    public long concordantPairs() {
        return concordant;
    }

    /**
     * Comparable pairs in which the earlier subject has the lower risk score.
     *
     * @return the count
     */
    public long discordantPairs() {
        return discordant;
    }

    /**
     * Comparable pairs with equal risk scores (each counts one half).
     *
     * @return the count
     */
    public long tiedRiskPairs() {
        return tiedRisk;
    }

    /**
     * All comparable pairs.
     *
     * @return the count, positive
     */
    public long comparablePairs() {
        return comparable;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "concordance %.4f (%,d concordant, %,d discordant, %,d tied on risk, "
                + "of %,d comparable pairs)", index(), concordant, discordant, tiedRisk, comparable);
    }
}
