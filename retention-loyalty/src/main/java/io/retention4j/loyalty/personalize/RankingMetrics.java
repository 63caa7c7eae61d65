package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Top-k ranking metrics of one customer's recommendations against the items the customer went on
 * to buy (the relevant set), and an accumulator of their means over customers.
 *
 * <p>With {@code rec} the recommended list (best first, possibly shorter than k), {@code rel} the
 * relevant set and {@code hits@i} the number of the first i recommendations in {@code rel}:
 * <ul>
 *   <li>{@code precision@k = hits@k / k} (a short list is not rewarded: the divisor is k);</li>
 *   <li>{@code recall@k = hits@k / |rel|};</li>
 *   <li>{@code hit@k = 1} when {@code hits@k > 0}, else 0 (its mean is the hit rate);</li>
 *   <li>{@code AP@k = (1 / min(|rel|, k)) * sum over i = 1..k with rec_i in rel of hits@i / i}
 *       (its mean is MAP@k);</li>
 *   <li>coverage: the number of distinct items recommended to anyone divided by the catalogue size.</li>
 * </ul>
 * An empty relevant set is rejected: such customers are not evaluated.
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /**
     * precision@k.
     *
     * @param recommended the recommended ids, best first
     * @param relevant    the relevant ids, non-empty
     * @param k           the cut-off, positive
     * @return {@code hits@k / k}, in [0, 1]
     * @throws IllegalArgumentException when k is not positive or {@code relevant} is empty
     */
    public static double precisionAtK(List<String> recommended, Set<String> relevant, int k) {
        return hits(recommended, relevant, k) / (double) k;
    }

    /**
     * recall@k.
     *
     * @param recommended the recommended ids, best first
     * @param relevant    the relevant ids, non-empty
     * @param k           the cut-off, positive
     * @return {@code hits@k / |relevant|}, in [0, 1]
     * @throws IllegalArgumentException when k is not positive or {@code relevant} is empty
     */
    public static double recallAtK(List<String> recommended, Set<String> relevant, int k) {
        return hits(recommended, relevant, k) / (double) relevant.size();
    }

    /**
     * Whether any of the first k recommendations is relevant.
     *
     * @param recommended the recommended ids, best first
     * @param relevant    the relevant ids, non-empty
     * @param k           the cut-off, positive
     * @return 1 when {@code hits@k > 0}, else 0
     * @throws IllegalArgumentException when k is not positive or {@code relevant} is empty
     */
    public static double hitAtK(List<String> recommended, Set<String> relevant, int k) {
        return hits(recommended, relevant, k) > 0 ? 1 : 0;
    }

    /**
     * Average precision at k.
     *
     * @param recommended the recommended ids, best first
     * @param relevant    the relevant ids, non-empty
     * @param k           the cut-off, positive
     * @return AP@k as defined in the class comment, in [0, 1]
     * @throws IllegalArgumentException when k is not positive or {@code relevant} is empty
     */
    public static double averagePrecisionAtK(List<String> recommended, Set<String> relevant, int k) {
        check(recommended, relevant, k);
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < Math.min(k, recommended.size()); i++) {
            if (relevant.contains(recommended.get(i))) {
                hits++;
                sum += hits / (double) (i + 1);
            }
        }
        return sum / Math.min(relevant.size(), k);
    }

    private static int hits(List<String> recommended, Set<String> relevant, int k) {
        check(recommended, relevant, k);
        int hits = 0;
        for (int i = 0; i < Math.min(k, recommended.size()); i++) {
            if (relevant.contains(recommended.get(i))) {
                hits++;
            }
        }
        return hits;
    }

    private static void check(List<String> recommended, Set<String> relevant, int k) {
        Require.notNull("recommended", recommended);
        Require.notNull("relevant", relevant);
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, got " + k);
        }
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("relevant must not be empty: a customer without relevant items is not evaluated");
        }
    }

    /**
     * An accumulator of the means over customers.
     *
     * @param k           the cut-off, positive
     * @param catalogSize the number of items (the coverage denominator), positive
     * @return a new, empty accumulator
     * @throws IllegalArgumentException when k or the catalogue size is not positive
     */
    public static Accumulator accumulator(int k, int catalogSize) {
        return new Accumulator(k, catalogSize);
    }

    /** Sums of the per-customer metrics; not thread-safe (use one per thread and {@link #merge}). */
    public static final class Accumulator {
        private final int k;
        private final int catalogSize;
        private final Set<String> recommendedItems = new HashSet<>();
        private long customers;
        private double precision;
        private double recall;
        private double hits;
        private double averagePrecision;

        private Accumulator(int k, int catalogSize) {
            if (k <= 0) {
                throw new IllegalArgumentException("k must be positive, got " + k);
            }
            if (catalogSize <= 0) {
                throw new IllegalArgumentException("catalogSize must be positive, got " + catalogSize);
            }
            this.k = k;
            this.catalogSize = catalogSize;
        }

        /**
         * Adds one customer.
         *
         * @param recommended the recommended ids, best first
         * @param relevant    the relevant ids, non-empty
         * @return this accumulator
         * @throws IllegalArgumentException when {@code relevant} is empty
         */
        public Accumulator increment(List<String> recommended, Set<String> relevant) {
            precision += precisionAtK(recommended, relevant, k);
            recall += recallAtK(recommended, relevant, k);
            hits += hitAtK(recommended, relevant, k);
            averagePrecision += averagePrecisionAtK(recommended, relevant, k);
            recommendedItems.addAll(recommended.subList(0, Math.min(k, recommended.size())));
            customers++;
            return this;
        }

        /**
         * Adds another accumulator's customers.
         *
         * @param other an accumulator with the same k and catalogue size
         * @return this accumulator
         * @throws IllegalArgumentException when k or the catalogue size differ
         */
        public Accumulator merge(Accumulator other) {
            if (other.k != k || other.catalogSize != catalogSize) {
                throw new IllegalArgumentException("cannot merge accumulators of k=" + other.k + ", catalogue "
                        + other.catalogSize + " into k=" + k + ", catalogue " + catalogSize);
            }
            precision += other.precision;
            recall += other.recall;
            hits += other.hits;
            averagePrecision += other.averagePrecision;
            recommendedItems.addAll(other.recommendedItems);
            customers += other.customers;
            return this;
        }

        /**
         * The means so far.
         *
         * @return the scores; all 0 when no customer was added
         */
        public RankingScores result() {
            double n = customers == 0 ? 1 : customers;
            return new RankingScores(k, customers, precision / n, recall / n, hits / n, averagePrecision / n,
                    recommendedItems.size() / (double) catalogSize);
        }
    }
}
