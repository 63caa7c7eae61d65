package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.util.Locale;

/**
 * The choice of k by silhouette ({@link KMeans#selectK}): each candidate k with its mean (sampled)
 * silhouette and its inertia, and the clustering of the chosen k (highest silhouette, smallest k on
 * ties). Immutable.
 */
public final class KSelection {
    private final int kMin;
    private final double[] silhouettes;
    private final double[] inertias;
    private final Clusters best;
    private final int sampleSize;

    KSelection(int kMin, double[] silhouettes, double[] inertias, Clusters best, int sampleSize) {
        this.kMin = kMin;
        this.silhouettes = silhouettes;
        this.inertias = inertias;
        this.best = best;
        this.sampleSize = sampleSize;
    }

    /**
     * The chosen k.
     *
     * @return k
     */
    public int bestK() {
        return best.k();
    }

    /**
     * The clustering of the chosen k.
     *
     * @return the clusters
     */
    public Clusters best() {
        return best;
    }

    /**
     * The smallest candidate k.
     *
     * @return kMin
     */
    public int kMin() {
        return kMin;
    }

    /**
     * The largest candidate k.
     *
     * @return kMax
     */
    public int kMax() {
        return kMin + silhouettes.length - 1;
    }

    /**
     * The mean silhouette of a candidate k (Rousseeuw 1987) over the sampled customers: for a customer
     * with a = its mean Euclidean distance (standardized units) to the other sampled members of its
     * cluster and b = the smallest mean distance to the sampled members of another cluster,
     * s = (b - a) / max(a, b), and s = 0 for a customer alone in its cluster within the sample.
     *
     * @param k kMin..kMax
     * @return the mean silhouette in [-1, 1]; 0 when the sample held fewer than two clusters
     */
    public double silhouette(int k) {
        return silhouettes[Checks.inRange("k", k, kMin, kMax()) - kMin];
    }

    /**
     * The inertia of a candidate k.
     *
     * @param k kMin..kMax
     * @return the inertia
     */
    public double inertia(int k) {
        return inertias[Checks.inRange("k", k, kMin, kMax()) - kMin];
    }

    /**
     * The number of customers the silhouettes were computed on.
     *
     * @return all customers, or the sample size when there were more
     */
    public int sampleSize() {
        return sampleSize;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "KSelection[best k=%d by mean silhouette over %d customers]%n", bestK(), sampleSize));
        sb.append(String.format(Locale.ROOT, "  %3s %11s %12s%n", "k", "silhouette", "inertia"));
        for (int j = 0; j < silhouettes.length; j++) {
            sb.append(String.format(Locale.ROOT, "  %3d %11.4f %12.5g%s%n", kMin + j, silhouettes[j], inertias[j],
                    kMin + j == bestK() ? "  <- chosen" : ""));
        }
        return sb.toString();
    }
}
