package io.retention4j.core.segment;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * k-means on a row-major matrix: k-means++ seeding (Arthur &amp; Vassilvitskii 2007) and Lloyd
 * iterations, accelerated as Hamerly (2010) does: each row keeps an upper bound on the distance to
 * its centroid and a lower bound on the distance to any other, loosened by how far the centroids
 * move, and distances are computed only for rows whose bounds no longer prove their assignment. The
 * assignments are those of plain Lloyd iterations (up to ties and rounding). Deterministic for a
 * seed whatever the thread timing: rows are processed in fixed chunks, each chunk's partial sums are
 * computed sequentially, and the chunks are combined in chunk order.
 */
final class Lloyd {
    private static final int CHUNK = 1 << 14;

    /** The outcome of one run. */
    static final class Run {
        final double[] centroids;   // k * d
        final int[] labels;
        final double inertia;
        final int iterations;
        final boolean converged;

        Run(double[] centroids, int[] labels, double inertia, int iterations, boolean converged) {
            this.centroids = centroids;
            this.labels = labels;
            this.inertia = inertia;
            this.iterations = iterations;
            this.converged = converged;
        }
    }

    /** Per-chunk results of an assignment pass. */
    private static final class Partial {
        final double[] sums;
        final int[] counts;
        int changed;

        Partial(int k, int d) {
            sums = new double[k * d];
            counts = new int[k];
        }
    }

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final boolean parallel;

    Lloyd(double[] x, int d, int k, boolean parallel) {
        this.x = x;
        this.d = d;
        this.n = d == 0 ? 0 : x.length / d;
        this.k = k;
        this.parallel = parallel;
    }

    /**
     * k-means++: the first centre uniformly at random, each next one with probability proportional
     * to the squared distance to the nearest centre chosen so far (uniformly again when every row
     * sits on a centre).
     */
    double[] seed(SplittableRandom random) {
        double[] centroids = new double[k * d];
        double[] nearest = new double[n];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centroids, 0, d);
        for (int i = 0; i < n; i++) {
            nearest[i] = distance(i, centroids, 0);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : nearest) {
                total += v;
            }
            int chosen;
            if (total > 0) {
                double target = random.nextDouble() * total;
                double cumulative = 0;
                chosen = n - 1;
                for (int i = 0; i < n; i++) {
                    cumulative += nearest[i];
                    if (cumulative > target && nearest[i] > 0) {
                        chosen = i;
                        break;
                    }
                }
            } else {
                chosen = random.nextInt(n);
            }
            System.arraycopy(x, chosen * d, centroids, c * d, d);
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(i, centroids, c));
            }
        }
        return centroids;
    }

    /**
     * Lloyd iterations from the given centroids until no label changes, the sum over centroids of
     * their squared moves is at most {@code shiftLimit}, or {@code maxIterations} passes; then a final
     * exact assignment to the final centroids gives the labels and the inertia.
     */
    Run iterate(double[] centroids, int maxIterations, double shiftLimit) {
        int[] labels = new int[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            Partial total = bounded(centroids, labels, upper, lower, iteration == 1);
            if (iteration > 1 && total.changed == 0) {
                converged = true;
                break;
            }
            double[] old = centroids.clone();
            double shift = update(centroids, total, labels, upper, lower);
            if (shift <= shiftLimit) {
                converged = true;
                break;
            }
            loosen(old, centroids, labels, upper, lower);
        }
        double inertia = assign(centroids, labels);
        return new Run(centroids, labels, inertia, iteration, converged);
    }

    /**
     * One assignment pass with Hamerly's bounds (every row scanned in full on the first pass), then
     * the sums per cluster.
     */
    private Partial bounded(double[] centroids, int[] labels, double[] upper, double[] lower, boolean first) {
        double[] half = halfGaps(centroids);
        int chunks = (n + CHUNK - 1) / CHUNK;
        Partial[] partials = new Partial[chunks];
        IntStream range = IntStream.range(0, chunks);
        (parallel && chunks > 1 ? range.parallel() : range).forEach(chunk -> {
            Partial p = new Partial(k, d);
            double[] two = new double[2];
            int to = Math.min(n, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < to; i++) {
                int a = labels[i];
                if (first) {
                    labels[i] = nearestTwo(i, centroids, two);
                    upper[i] = Math.sqrt(two[0]);
                    lower[i] = Math.sqrt(two[1]);
                    p.changed++;
                } else {
                    double m = Math.max(half[a], lower[i]);
                    if (upper[i] > m) {
                        upper[i] = Math.sqrt(distance(i, centroids, a));
                        if (upper[i] > m) {
                            int best = nearestTwo(i, centroids, two);
                            if (best != a) {
                                labels[i] = best;
                                p.changed++;
                            }
                            upper[i] = Math.sqrt(two[0]);
                            lower[i] = Math.sqrt(two[1]);
                        }
                    }
                }
                int c = labels[i];
                p.counts[c]++;
                for (int f = 0, base = i * d, sb = c * d; f < d; f++) {
                    p.sums[sb + f] += x[base + f];
                }
            }
            partials[chunk] = p;
        });
        return combine(partials);
    }

    /** Half the distance from each centroid to its nearest other centroid (infinite when k = 1). */
    private double[] halfGaps(double[] centroids) {
        double[] out = new double[k];
        java.util.Arrays.fill(out, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double diff = centroids[a * d + f] - centroids[b * d + f];
                    s += diff * diff;
                }
                double h = Math.sqrt(s) / 2;
                out[a] = Math.min(out[a], h);
                out[b] = Math.min(out[b], h);
            }
        }
        return out;
    }

    /**
     * The nearest centroid of a row (ties: lowest index); writes the squared distances to the nearest
     * and the second nearest (infinite when k = 1) into {@code two}.
     */
    private int nearestTwo(int i, double[] centroids, double[] two) {
        int best = 0;
        double first = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = distance(i, centroids, c);
            if (s < first) {
                second = first;
                first = s;
                best = c;
            } else if (s < second) {
                second = s;
            }
        }
        two[0] = first;
        two[1] = second;
        return best;
    }

    /** After the centroids moved: upper += own centroid's move, lower -= the largest other move. */
    private void loosen(double[] old, double[] centroids, int[] labels, double[] upper, double[] lower) {
        double[] move = new double[k];
        int top = 0;
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (int f = 0; f < d; f++) {
                double diff = centroids[c * d + f] - old[c * d + f];
                s += diff * diff;
            }
            move[c] = Math.sqrt(s);
            if (move[c] > move[top]) {
                top = c;
            }
        }
        double largest = move[top];
        double secondLargest = 0;
        for (int c = 0; c < k; c++) {
            if (c != top) {
                secondLargest = Math.max(secondLargest, move[c]);
            }
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        final int topCluster = top;
        final double secondMove = secondLargest;
        (parallel && chunks > 1 ? range.parallel() : range).forEach(chunk -> {
            int to = Math.min(n, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < to; i++) {
                int a = labels[i];
                upper[i] += move[a];
                lower[i] -= a == topCluster ? secondMove : largest;
            }
        });
    }

    private Partial combine(Partial[] partials) {
        Partial total = new Partial(k, d);
        for (Partial p : partials) {
            total.changed += p.changed;
            for (int c = 0; c < k; c++) {
                total.counts[c] += p.counts[c];
            }
            for (int j = 0; j < total.sums.length; j++) {
                total.sums[j] += p.sums[j];
            }
        }
        return total;
    }

    /** The final pass: each row to its nearest centroid (ties: lowest index); the inertia. */
    private double assign(double[] centroids, int[] labels) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] inertia = new double[chunks];
        IntStream range = IntStream.range(0, chunks);
        (parallel && chunks > 1 ? range.parallel() : range).forEach(chunk -> {
            double[] two = new double[2];
            double sum = 0;
            int to = Math.min(n, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < to; i++) {
                labels[i] = nearestTwo(i, centroids, two);
                sum += two[0];
            }
            inertia[chunk] = sum;
        });
        double total = 0;
        for (double v : inertia) {
            total += v;
        }
        return total;
    }

    /**
     * Moves each centroid to the mean of its rows; an empty cluster takes the row farthest from its
     * centroid (ties: lowest row) among rows not taken by another empty cluster, if any row lies at a
     * positive distance. Returns the sum of the squared moves.
     */
    private double update(double[] centroids, Partial total, int[] labels, double[] upper, double[] lower) {
        double[] next = centroids.clone();
        double[] distances = null;   // to the old own centroid, computed only when a cluster is empty
        for (int c = 0; c < k; c++) {
            int count = total.counts[c];
            if (count > 0) {
                for (int f = 0; f < d; f++) {
                    next[c * d + f] = total.sums[c * d + f] / count;
                }
                continue;
            }
            if (distances == null) {
                distances = distancesToOwn(centroids, labels);
            }
            int far = farthest(distances);
            if (far >= 0) {
                distances[far] = -1;
                upper[far] = Double.POSITIVE_INFINITY;   // forces a full scan of this row in the next pass
                lower[far] = 0;
                System.arraycopy(x, far * d, next, c * d, d);
            }
        }
        double shift = 0;
        for (int j = 0; j < next.length; j++) {
            double delta = next[j] - centroids[j];
            shift += delta * delta;
        }
        System.arraycopy(next, 0, centroids, 0, next.length);
        return shift;
    }

    /** Squared distance of each row to the centroid of its cluster (before the move). */
    private double[] distancesToOwn(double[] centroids, int[] labels) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = distance(i, centroids, labels[i]);
        }
        return out;
    }

    private int farthest(double[] distances) {
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < n; i++) {
            if (distances[i] > bestDistance) {
                bestDistance = distances[i];
                best = i;
            }
        }
        return best;
    }

    private double distance(int row, double[] centroids, int c) {
        double s = 0;
        int base = row * d;
        int cb = c * d;
        for (int f = 0; f < d; f++) {
            double diff = x[base + f] - centroids[cb + f];
            s += diff * diff;
        }
        return s;
    }
}
