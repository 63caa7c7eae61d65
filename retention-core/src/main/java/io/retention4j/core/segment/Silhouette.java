package io.retention4j.core.segment;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mean silhouette (Rousseeuw 1987) of a clustering, exact or on a seeded sample. For a point i
 * with a = the mean Euclidean distance to the other points of its cluster and b = the smallest mean
 * distance to the points of another cluster, s(i) = (b - a) / max(a, b); s(i) = 0 when i is alone in
 * its cluster (as in scikit-learn). On a sample, a and b are computed among the sampled points only
 * (as scikit-learn's {@code silhouette_score(sample_size=...)} does).
 */
final class Silhouette {
    private Silhouette() {
    }

    /**
     * The sampled rows: all rows when n &lt;= sampleSize, otherwise sampleSize rows drawn without
     * replacement (a partial Fisher-Yates shuffle seeded with {@code seed}), ascending.
     */
    static int[] sample(int n, int sampleSize, long seed) {
        if (n <= sampleSize) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sampleSize; i++) {
            int j = i + random.nextInt(n - i);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
        int[] out = Arrays.copyOf(rows, sampleSize);
        Arrays.sort(out);
        return out;
    }

    /**
     * The mean silhouette over the sampled rows.
     *
     * @return the mean in [-1, 1]; 0 when the sample holds fewer than two clusters
     */
    static double mean(double[] x, int d, int[] labels, int k, int[] rows) {
        int m = rows.length;
        int[] clusterCount = new int[k];
        for (int r : rows) {
            clusterCount[labels[r]]++;
        }
        int present = 0;
        for (int c : clusterCount) {
            if (c > 0) {
                present++;
            }
        }
        if (present < 2) {
            return 0;
        }
        double total = 0;
        double[] sum = new double[k];
        for (int a = 0; a < m; a++) {
            Arrays.fill(sum, 0);
            int i = rows[a];
            for (int b = 0; b < m; b++) {
                if (b != a) {
                    sum[labels[rows[b]]] += Math.sqrt(squared(x, d, i, rows[b]));
                }
            }
            int own = labels[i];
            if (clusterCount[own] == 1) {
                continue;
            }
            double inner = sum[own] / (clusterCount[own] - 1);
            double outer = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && clusterCount[c] > 0) {
                    outer = Math.min(outer, sum[c] / clusterCount[c]);
                }
            }
            double max = Math.max(inner, outer);
            total += max == 0 ? 0 : (outer - inner) / max;
        }
        return total / m;
    }

    private static double squared(double[] x, int d, int i, int j) {
        double s = 0;
        for (int f = 0; f < d; f++) {
            double diff = x[i * d + f] - x[j * d + f];
            s += diff * diff;
        }
        return s;
    }
}
