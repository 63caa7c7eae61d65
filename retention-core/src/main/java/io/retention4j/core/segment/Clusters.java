package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The result of {@link KMeans}: a cluster label per customer, each cluster's size, its centroid in
 * standardized units and in original units, and the mean of its customers' original values; the
 * inertia; the number of iterations and whether they converged. Clusters are numbered 0..k-1 by size,
 * largest first.
 *
 * <p>Immutable and thread-safe.
 */
public final class Clusters {
    private final ClusterFeatures features;
    private final int k;
    private final int[] labels;
    private final double[] centroids;   // k * d, standardized
    private final int[] sizes;
    private final double inertia;
    private final int iterations;
    private final boolean converged;
    private final long seed;

    private Clusters(ClusterFeatures features, int k, int[] labels, double[] centroids, int[] sizes, double inertia,
                     int iterations, boolean converged, long seed) {
        this.features = features;
        this.k = k;
        this.labels = labels;
        this.centroids = centroids;
        this.sizes = sizes;
        this.inertia = inertia;
        this.iterations = iterations;
        this.converged = converged;
        this.seed = seed;
    }

    /** Renumbers the clusters of a run by size, largest first, ties by standardized centroid. */
    static Clusters of(ClusterFeatures features, int k, Lloyd.Run run, long seed) {
        int d = features.dimensions();
        int[] count = new int[k];
        for (int label : run.labels) {
            count[label]++;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            if (count[a] != count[b]) {
                return Integer.compare(count[b], count[a]);
            }
            for (int f = 0; f < d; f++) {
                int cmp = Double.compare(run.centroids[a * d + f], run.centroids[b * d + f]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return Integer.compare(a, b);
        });
        int[] rank = new int[k];
        double[] centroids = new double[k * d];
        int[] sizes = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
            System.arraycopy(run.centroids, order[r] * d, centroids, r * d, d);
            sizes[r] = count[order[r]];
        }
        int[] labels = new int[run.labels.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rank[run.labels[i]];
        }
        return new Clusters(features, k, labels, centroids, sizes, run.inertia, run.iterations, run.converged, seed);
    }

    /**
     * The number of clusters.
     *
     * @return k
     */
    public int k() {
        return k;
    }

    /**
     * The clustered points.
     *
     * @return the features
     */
    public ClusterFeatures features() {
        return features;
    }

    /**
     * The cluster of a row of the features.
     *
     * @param row {@code 0 .. features().size() - 1}
     * @return the cluster, 0..k-1
     */
    public int label(int row) {
        return labels[row];
    }

    int[] labels() {
        return labels;
    }

    /**
     * The cluster of a customer.
     *
     * @param customerId an id
     * @return the cluster, or empty when the customer is not among the clustered rows (unknown, or
     *         excluded for lacking a feature)
     */
    public OptionalInt clusterOf(String customerId) {
        int row = features.indexOf(customerId);
        return row < 0 ? OptionalInt.empty() : OptionalInt.of(labels[row]);
    }

    /**
     * The customers of a cluster.
     *
     * @param cluster 0..k-1
     * @return their ids in row order
     */
    public List<String> customers(int cluster) {
        Checks.inRange("cluster", cluster, 0, k - 1);
        List<String> ids = new ArrayList<>(sizes[cluster]);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == cluster) {
                ids.add(features.customerId(i));
            }
        }
        return ids;
    }

    /**
     * The number of customers in a cluster.
     *
     * @param cluster 0..k-1
     * @return the count (0 only when the data has fewer than k distinct points)
     */
    public int size(int cluster) {
        return sizes[Checks.inRange("cluster", cluster, 0, k - 1)];
    }

    /**
     * The sizes of all clusters.
     *
     * @return k counts, descending
     */
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * The centroid of a cluster in standardized units.
     *
     * @param cluster 0..k-1
     * @return d coordinates
     */
    public double[] standardizedCentroid(int cluster) {
        Checks.inRange("cluster", cluster, 0, k - 1);
        int d = features.dimensions();
        return Arrays.copyOfRange(centroids, cluster * d, (cluster + 1) * d);
    }

    /**
     * The centroid of a cluster in original units ({@link ClusterFeatures#toOriginal(double[])}): for
     * log features, {@code exp(mean log(1 + x)) - 1}, a typical member rather than the mean.
     *
     * @param cluster 0..k-1
     * @return d values in the features' units (days, orders, spend...)
     */
    public double[] centroid(int cluster) {
        return features.toOriginal(standardizedCentroid(cluster));
    }

    /**
     * The arithmetic mean of the original feature values of a cluster's customers.
     *
     * @param cluster 0..k-1
     * @return d means; NaN for an empty cluster (possible only with fewer than k distinct points)
     */
    public double[] mean(int cluster) {
        Checks.inRange("cluster", cluster, 0, k - 1);
        int d = features.dimensions();
        double[] sum = new double[d];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == cluster) {
                for (int f = 0; f < d; f++) {
                    sum[f] += features.value(i, f);
                }
            }
        }
        for (int f = 0; f < d; f++) {
            sum[f] = sizes[cluster] == 0 ? Double.NaN : sum[f] / sizes[cluster];
        }
        return sum;
    }

    /**
     * The inertia: the sum over customers of the squared Euclidean distance (standardized units) to
     * their cluster's centroid.
     *
     * @return the inertia, {@code >= 0}; 0 when every customer sits on its centroid
     */
    public double inertia() {
        return inertia;
    }

    /**
     * The Lloyd iterations of the kept run.
     *
     * @return the count
     */
    public int iterations() {
        return iterations;
    }

    /**
     * Whether the kept run stopped by convergence (no customer changed cluster, or the centroids
     * moved less than the tolerance allows, see {@link KMeans}) rather than by the iteration limit.
     *
     * @return the flag
     */
    public boolean converged() {
        return converged;
    }

    /**
     * The seed the clusters were computed with.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        List<String> names = features.featureNames();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Clusters[k=%d over %d customers x %s (%s, standardized), inertia %.4g, %d iterations%s, seed %d]%n",
                k, features.size(), names, features.isLogTransformed() ? "log1p" : "raw", inertia, iterations,
                converged ? "" : " (not converged)", seed));
        sb.append(String.format(Locale.ROOT, "  %7s %10s %7s", "cluster", "customers", "share"));
        for (String name : names) {
            sb.append(String.format(Locale.ROOT, " %14s", "centre " + name));
        }
        sb.append('\n');
        for (int c = 0; c < k; c++) {
            double share = features.size() == 0 ? 0 : 100.0 * sizes[c] / features.size();
            sb.append(String.format(Locale.ROOT, "  %7d %,10d %6.1f%%", c, sizes[c], share));
            for (double v : centroid(c)) {
                sb.append(String.format(Locale.ROOT, " %14s", NumberFormat.compact(v)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
