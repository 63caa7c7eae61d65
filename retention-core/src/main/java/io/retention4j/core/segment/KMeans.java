package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.util.SplittableRandom;

/**
 * k-means clustering of {@link ClusterFeatures} (standardized log-RFM or chosen profile features):
 * k-means++ seeding (Arthur &amp; Vassilvitskii 2007) and Lloyd iterations until no customer changes
 * cluster, or the centroids barely move, or the iteration limit is reached
 * ({@link Clusters#converged()} says whether it converged). "Barely move" is scikit-learn's rule:
 * the sum over centroids of their squared moves in one iteration is at most
 * {@code tolerance * mean feature variance} (the variance of a standardized feature is 1, of a
 * constant one 0). A final assignment to the final centroids gives the labels and the inertia. An
 * empty cluster is re-seeded with the customer farthest from its centroid.
 *
 * <p>Reproducible: the same seed and features give the same clusters, on any number of threads and
 * whatever their timing (rows are processed in fixed chunks combined in order). With several
 * restarts, restart r seeds from the r-th split of the seed's generator and the run with the lowest
 * inertia wins (the earliest on ties). Clusters are numbered by size, largest first (ties by the
 * centroid's standardized coordinates).
 *
 * <p>Choosing k: {@link #selectK(ClusterFeatures, int, int)} fits each k of a range and keeps the
 * one with the highest mean silhouette (Rousseeuw 1987), the smallest k on ties. With more customers
 * than {@link Builder#silhouetteSample(int)} (default 2,000), the silhouette is computed on a seeded
 * uniform sample of that many customers, distances among sampled customers only (as scikit-learn's
 * {@code silhouette_score(sample_size=...)}); the same sample serves every k. Cost O(s^2 d) per k.
 *
 * <p>Immutable and thread-safe.
 */
public final class KMeans {
    private final int k;
    private final long seed;
    private final int maxIterations;
    private final double tolerance;
    private final int restarts;
    private final int silhouetteSample;
    private final boolean parallel;

    private KMeans(Builder b) {
        this.k = b.k;
        this.seed = b.seed;
        this.maxIterations = b.maxIterations;
        this.tolerance = b.tolerance;
        this.restarts = b.restarts;
        this.silhouetteSample = b.silhouetteSample;
        this.parallel = b.parallel;
    }

    /**
     * A builder.
     *
     * @return a builder with k = 8, seed 42, at most 300 iterations, tolerance 1e-4, one restart,
     *         silhouette sample 2,000, parallel assignment
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Clusters the features into {@link #k()} clusters.
     *
     * @param features the points
     * @return the clusters
     * @throws IllegalArgumentException when there are fewer customers than k
     */
    public Clusters fit(ClusterFeatures features) {
        return fit(features, k);
    }

    private Clusters fit(ClusterFeatures features, int clusters) {
        Checks.notNull("features", features);
        if (features.size() < clusters) {
            throw new IllegalArgumentException("k = " + clusters + " clusters need at least " + clusters
                    + " customers; the features have " + features.size());
        }
        Lloyd lloyd = new Lloyd(features.matrix(), features.dimensions(), clusters, parallel);
        int varying = 0;
        for (int f = 0; f < features.dimensions(); f++) {
            if (features.standardDeviation(f) > 0) {
                varying++;
            }
        }
        double shiftLimit = tolerance * varying / features.dimensions();
        SplittableRandom master = new SplittableRandom(seed);
        Lloyd.Run best = null;
        for (int r = 0; r < restarts; r++) {
            SplittableRandom random = master.split();
            Lloyd.Run run = lloyd.iterate(lloyd.seed(random), maxIterations, shiftLimit);
            if (best == null || run.inertia < best.inertia) {
                best = run;
            }
        }
        return Clusters.of(features, clusters, best, seed);
    }

    /**
     * Fits every k in a range and keeps the one with the highest mean (sampled) silhouette.
     *
     * @param features the points
     * @param kMin     the smallest k, at least 2
     * @param kMax     the largest k, at least kMin and at most the number of customers
     * @return the silhouette and inertia of each k, and the chosen clustering
     * @throws IllegalArgumentException for a bad range
     */
    public KSelection selectK(ClusterFeatures features, int kMin, int kMax) {
        Checks.notNull("features", features);
        Checks.inRange("kMin", kMin, 2, 100_000);
        if (kMax < kMin || kMax > features.size()) {
            throw new IllegalArgumentException("kMax must be in " + kMin + ".." + features.size()
                    + " (kMin .. number of customers), got " + kMax);
        }
        int[] rows = Silhouette.sample(features.size(), silhouetteSample, seed ^ 0x5DEECE66DL);
        int count = kMax - kMin + 1;
        double[] silhouettes = new double[count];
        double[] inertias = new double[count];
        Clusters best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < count; j++) {
            Clusters c = fit(features, kMin + j);
            silhouettes[j] = Silhouette.mean(features.matrix(), features.dimensions(), c.labels(), c.k(), rows);
            inertias[j] = c.inertia();
            if (silhouettes[j] > bestScore) {
                bestScore = silhouettes[j];
                best = c;
            }
        }
        return new KSelection(kMin, silhouettes, inertias, best, rows.length);
    }

    /**
     * The number of clusters of {@link #fit(ClusterFeatures)}.
     *
     * @return k
     */
    public int k() {
        return k;
    }

    /**
     * The seed of the random choices (seeding and the silhouette sample).
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The most Lloyd iterations per run.
     *
     * @return the limit
     */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * The relative tolerance: iterations stop when the sum of the squared centroid moves is at most
     * this times the mean feature variance.
     *
     * @return the tolerance
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * The number of seeded runs, the best kept.
     *
     * @return the count
     */
    public int restarts() {
        return restarts;
    }

    /**
     * The most customers a silhouette is computed on.
     *
     * @return the sample size
     */
    public int silhouetteSample() {
        return silhouetteSample;
    }

    @Override
    public String toString() {
        return "KMeans[k=" + k + ", seed " + seed + ", at most " + maxIterations + " iterations, tolerance "
                + tolerance + ", " + restarts + (restarts == 1 ? " run" : " runs") + ", silhouette sample "
                + silhouetteSample + "]";
    }

    /** Collects the options; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private int k = 8;
        private long seed = 42;
        private int maxIterations = 300;
        private double tolerance = 1e-4;
        private int restarts = 1;
        private int silhouetteSample = 2000;
        private boolean parallel = true;

        private Builder() {
        }

        /**
         * The number of clusters (default 8).
         *
         * @param clusters 1..100,000 (and at most the number of customers, checked by fit)
         * @return this builder
         */
        public Builder k(int clusters) {
            this.k = Checks.inRange("k", clusters, 1, 100_000);
            return this;
        }

        /**
         * The seed (default 42).
         *
         * @param value any value
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * The most Lloyd iterations per run (default 300).
         *
         * @param limit 1..100,000
         * @return this builder
         */
        public Builder maxIterations(int limit) {
            this.maxIterations = Checks.inRange("maxIterations", limit, 1, 100_000);
            return this;
        }

        /**
         * Stop when the sum of the squared centroid moves of an iteration is at most this times the
         * mean feature variance (default 1e-4, as scikit-learn); 0 stops only when no customer
         * changes cluster.
         *
         * @param value a finite value {@code >= 0}
         * @return this builder
         */
        public Builder tolerance(double value) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + value);
            }
            this.tolerance = value;
            return this;
        }

        /**
         * The number of seeded runs; the lowest inertia wins (default 1).
         *
         * @param runs 1..1,000
         * @return this builder
         */
        public Builder restarts(int runs) {
            this.restarts = Checks.inRange("restarts", runs, 1, 1000);
            return this;
        }

        /**
         * The most customers a silhouette is computed on (default 2,000; cost grows with its square).
         *
         * @param size 2..100,000
         * @return this builder
         */
        public Builder silhouetteSample(int size) {
            this.silhouetteSample = Checks.inRange("silhouetteSample", size, 2, 100_000);
            return this;
        }

        /**
         * Whether assignment passes use the common fork-join pool (default true); results are the
         * same either way.
         *
         * @param enabled the switch
         * @return this builder
         */
        public Builder parallel(boolean enabled) {
            this.parallel = enabled;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the k-means configuration
         */
        public KMeans build() {
            return new KMeans(this);
        }
    }
}
