package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The bounded (Hamerly) iterations against plain Lloyd iterations written the obvious way, from the
 * same k-means++ start: the same labels and centroids at every stop.
 */
class LloydPropertiesTest {

    @Property(tries = 150)
    void iterate_randomPoints_sameAsPlainLloyd(@ForAll @IntRange(min = 1, max = 300) int n,
                                               @ForAll @IntRange(min = 1, max = 4) int d,
                                               @ForAll @IntRange(min = 1, max = 7) int k,
                                               @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            // a few clumps plus noise, so that points change clusters for several iterations
            x[i] = r.nextInt(3) * 4 + r.nextGaussian();
        }
        Lloyd lloyd = new Lloyd(x, d, k, false);
        double[] start = lloyd.seed(new SplittableRandom(seed));
        int limit = 1 + r.nextInt(40);
        Lloyd.Run run = lloyd.iterate(start.clone(), limit, 0);

        double[] centroids = start.clone();
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        int iterations = 0;
        while (iterations < limit) {
            iterations++;
            boolean changed = assignPlain(x, d, k, centroids, labels);
            if (iterations > 1 && !changed) {
                break;
            }
            if (!updatePlain(x, d, k, centroids, labels)) {
                break;
            }
        }
        assignPlain(x, d, k, centroids, labels);
        assertThat(run.iterations).isEqualTo(iterations);
        assertThat(run.labels).containsExactly(labels);
        assertThat(run.centroids).containsExactly(centroids, within(1e-9));
    }

    /** Nearest centroid by squared distance, lowest index on ties; whether any label changed. */
    private static boolean assignPlain(double[] x, int d, int k, double[] centroids, int[] labels) {
        boolean changed = false;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int f = 0; f < d; f++) {
                    s += (x[i * d + f] - centroids[c * d + f]) * (x[i * d + f] - centroids[c * d + f]);
                }
                if (s < bestDistance) {
                    bestDistance = s;
                    best = c;
                }
            }
            changed |= labels[i] != best;
            labels[i] = best;
        }
        return changed;
    }

    /**
     * Means of the clusters; an empty cluster takes the point farthest from its own centroid (lowest
     * index on ties, positive distance only, each point once). Whether any centroid moved.
     */
    private static boolean updatePlain(double[] x, int d, int k, double[] centroids, int[] labels) {
        int n = labels.length;
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[labels[i]]++;
            for (int f = 0; f < d; f++) {
                sums[labels[i] * d + f] += x[i * d + f];
            }
        }
        double[] next = centroids.clone();
        boolean[] taken = new boolean[n];
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                for (int f = 0; f < d; f++) {
                    next[c * d + f] = sums[c * d + f] / counts[c];
                }
                continue;
            }
            int far = -1;
            double farDistance = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int f = 0; f < d; f++) {
                    s += (x[i * d + f] - centroids[labels[i] * d + f]) * (x[i * d + f] - centroids[labels[i] * d + f]);
                }
                if (!taken[i] && s > farDistance) {
                    farDistance = s;
                    far = i;
                }
            }
            if (far >= 0) {
                taken[far] = true;
                System.arraycopy(x, far * d, next, c * d, d);
            }
        }
        boolean moved = !java.util.Arrays.equals(next, centroids);
        System.arraycopy(next, 0, centroids, 0, next.length);
        return moved;
    }
}
