package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a {@link SimilarityIndex} from interactions: co-purchase ({@link InteractionKind#PURCHASE},
 * the default) or co-view similarity, scored by a {@link SimilarityMeasure}, keeping for every item
 * its top-k neighbours with at least a minimum support.
 *
 * <p>Algorithm: one pass over the log collects each customer's distinct items and weights, then,
 * per item i, one pass over the customers who have i and their items accumulates {@code n(i,j)} and
 * {@code sum_u w(u,i) w(u,j)} into dense per-thread arrays; the top k are kept in a bounded sorted
 * array. Work is {@code sum_u m(u)^2} for {@code m(u)} the distinct items of customer u; items are
 * handed out in small chunks to {@link Builder#parallelism(int)} threads of a fork-join pool made for
 * the build. The result does
 * not depend on the parallelism.
 *
 * <p>Ties: neighbours with equal (float) scores are ordered by item code (the catalogue order),
 * lower first, so the same input always gives the same index.
 */
public final class ItemSimilarity {
    private ItemSimilarity() {
    }

    /**
     * A builder with the defaults: cosine, purchases, minimum support 2, 20 neighbours, no decay,
     * every row counted, parallelism = available processors.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings of an index build; each setter validates its value at once. Not thread-safe. */
    public static final class Builder {
        /** The largest number of neighbours per item. */
        public static final int MAX_NEIGHBOURS = 10_000;

        private SimilarityMeasure measure = SimilarityMeasure.COSINE;
        private InteractionKind kind = InteractionKind.PURCHASE;
        private int minSupport = 2;
        private int neighbours = 20;
        private Duration halfLife;
        private Instant asOf;
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * The similarity measure.
         *
         * @param value not null
         * @return this builder
         */
        public Builder measure(SimilarityMeasure value) {
            measure = Require.notNull("measure", value);
            return this;
        }

        /**
         * Which interactions count: PURCHASE for co-purchase, VIEW for co-view.
         *
         * @param value not null
         * @return this builder
         */
        public Builder kind(InteractionKind value) {
            kind = Require.notNull("kind", value);
            return this;
        }

        /**
         * The least number of customers with both items for a pair to be kept.
         *
         * @param value {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder minSupport(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("minSupport must be at least 1, got " + value);
            }
            minSupport = value;
            return this;
        }

        /**
         * The number of neighbours kept per item (k).
         *
         * @param value in {@code 1 .. 10000}
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder neighbours(int value) {
            neighbours = Args.inRange("neighbours", value, 1, MAX_NEIGHBOURS);
            return this;
        }

        /**
         * Counts only rows before an instant (exclusive): the training cut, and the reference of the
         * decay.
         *
         * @param value not null
         * @return this builder
         */
        public Builder asOf(Instant value) {
            asOf = Require.notNull("asOf", value);
            return this;
        }

        /**
         * Time-decays the weights: a row at time t weighs {@code weight * 2^(-(asOf - t) / halfLife)}.
         * Needs {@link #asOf(Instant)}. Affects {@link SimilarityMeasure#COSINE} only.
         *
         * @param value positive
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder halfLife(Duration value) {
            halfLife = Args.positive("halfLife", value);
            return this;
        }

        /**
         * The number of threads.
         *
         * @param value in {@code 1 .. 256}
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder parallelism(int value) {
            parallelism = Args.inRange("parallelism", value, 1, 256);
            return this;
        }

        /**
         * Builds the index.
         *
         * @param log the interactions
         * @return the index over the log's catalogue
         * @throws IllegalStateException when a half-life is set without {@code asOf}
         */
        public SimilarityIndex build(Interactions log) {
            Require.notNull("log", log);
            if (halfLife != null && asOf == null) {
                throw new IllegalStateException("halfLife " + halfLife + " needs asOf(Instant), the decay's reference");
            }
            return new Computation(this, log).run();
        }
    }

    /** One build: the customer and item lists, then the neighbours of every item. */
    private static final class Computation {
        private final Builder settings;
        private final int itemCount;
        private final int k;
        private int[] cStart;
        private int[] cItem;
        private float[] cWeight;
        private int[] iStart;
        private int[] iCustomer;
        private float[] iWeight;
        private int[] itemCustomers;
        private double[] norm;
        private int activeCustomers;
        private final int[] outCount;
        private final int[] outItem;
        private final float[] outScore;
        private final int[] outSupport;
        private final Interactions log;

        Computation(Builder settings, Interactions log) {
            this.settings = settings;
            this.log = log;
            this.itemCount = log.catalog().size();
            this.k = settings.neighbours;
            this.outCount = new int[itemCount];
            this.outItem = new int[Math.multiplyExact(itemCount, k)];
            this.outScore = new float[itemCount * k];
            this.outSupport = new int[itemCount * k];
        }

        SimilarityIndex run() {
            customerLists();
            itemLists();
            // small chunks handed out in order from a shared counter: popular items (low codes in
            // skewed data) cost far more than the rest, so static halves would leave a thread idle
            int chunk = 16;
            int chunks = (itemCount + chunk - 1) / chunk;
            AtomicInteger next = new AtomicInteger();
            Runnable worker = () -> {
                Scratch s = new Scratch(itemCount);
                for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    for (int i = c * chunk, end = Math.min(itemCount, i + chunk); i < end; i++) {
                        neighboursOf(i, s);
                    }
                }
            };
            int threads = Math.min(settings.parallelism, Math.max(1, chunks));
            if (threads > 1) {
                ForkJoinPool pool = new ForkJoinPool(threads);
                try {
                    List<ForkJoinTask<?>> tasks = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        tasks.add(pool.submit(worker));
                    }
                    for (ForkJoinTask<?> task : tasks) {
                        task.join();
                    }
                } finally {
                    pool.shutdown();
                }
            } else {
                worker.run();
            }
            int[] offsets = new int[itemCount + 1];
            for (int i = 0; i < itemCount; i++) {
                offsets[i + 1] = offsets[i] + outCount[i];
            }
            int total = offsets[itemCount];
            int[] nItem = new int[total];
            float[] nScore = new float[total];
            int[] nSupport = new int[total];
            for (int i = 0; i < itemCount; i++) {
                System.arraycopy(outItem, i * k, nItem, offsets[i], outCount[i]);
                System.arraycopy(outScore, i * k, nScore, offsets[i], outCount[i]);
                System.arraycopy(outSupport, i * k, nSupport, offsets[i], outCount[i]);
            }
            return new SimilarityIndex(log.catalog().items(), settings.measure, settings.kind, settings.minSupport,
                    k, activeCustomers, itemCustomers, offsets, nItem, nScore, nSupport);
        }

        /** Per customer, the distinct items of the counted kind with their summed (decayed) weights. */
        private void customerLists() {
            int customers = log.customerCount();
            int rows = log.size();
            byte kindCode = (byte) settings.kind.ordinal();
            long cut = settings.asOf == null ? Long.MAX_VALUE : settings.asOf.toEpochMilli();
            double lambda = settings.halfLife == null ? 0 : Math.log(2) / settings.halfLife.toMillis();
            cStart = new int[customers + 1];
            cItem = new int[rows];
            cWeight = new float[rows];
            int[] mark = new int[itemCount];
            Arrays.fill(mark, -1);
            int[] pos = new int[itemCount];
            int p = 0;
            for (int c = 0; c < customers; c++) {
                cStart[c] = p;
                for (int r = log.firstRow(c), end = log.endRow(c); r < end; r++) {
                    long t = log.epochMillis(r);
                    if ((log.isPurchase(r) ? 0 : 1) != kindCode || t >= cut) {
                        continue;
                    }
                    float w = log.weight(r);
                    if (lambda > 0) {
                        w = (float) (w * Math.exp(-lambda * (cut - t)));
                    }
                    int j = log.item(r);
                    if (mark[j] != c) {
                        mark[j] = c;
                        pos[j] = p;
                        cItem[p] = j;
                        cWeight[p] = w;
                        p++;
                    } else {
                        cWeight[pos[j]] += w;
                    }
                }
                if (p > cStart[c]) {
                    activeCustomers++;
                }
            }
            cStart[customers] = p;
        }

        /** Per item, the customers who have it (in customer order) with their weights; counts and norms. */
        private void itemLists() {
            int customers = log.customerCount();
            int pairs = cStart[customers];
            itemCustomers = new int[itemCount];
            norm = new double[itemCount];
            for (int p = 0; p < pairs; p++) {
                itemCustomers[cItem[p]]++;
                norm[cItem[p]] += (double) cWeight[p] * cWeight[p];
            }
            for (int i = 0; i < itemCount; i++) {
                norm[i] = Math.sqrt(norm[i]);
            }
            iStart = new int[itemCount + 1];
            for (int i = 0; i < itemCount; i++) {
                iStart[i + 1] = iStart[i] + itemCustomers[i];
            }
            int[] next = Arrays.copyOf(iStart, itemCount);
            iCustomer = new int[pairs];
            iWeight = new float[pairs];
            for (int c = 0; c < customers; c++) {
                for (int p = cStart[c]; p < cStart[c + 1]; p++) {
                    int q = next[cItem[p]]++;
                    iCustomer[q] = c;
                    iWeight[q] = cWeight[p];
                }
            }
        }

        private void neighboursOf(int i, Scratch s) {
            double[] acc = s.acc; // acc[2j] = sum w(u,i) w(u,j), acc[2j+1] = n(i,j): one cache line per j
            int[] touched = s.touched;
            int t = 0;
            for (int x = iStart[i], xe = iStart[i + 1]; x < xe; x++) {
                int u = iCustomer[x];
                double wi = iWeight[x];
                for (int p = cStart[u], pe = cStart[u + 1]; p < pe; p++) {
                    int j = cItem[p];
                    if (j == i) {
                        continue;
                    }
                    int a = j << 1;
                    if (acc[a + 1]++ == 0) {
                        touched[t++] = j;
                    }
                    acc[a] += wi * cWeight[p];
                }
            }
            int size = 0;
            int base = i * k;
            int minSupport = settings.minSupport;
            boolean cosine = settings.measure == SimilarityMeasure.COSINE;
            double ni = itemCustomers[i];
            for (int x = 0; x < t; x++) {
                int j = touched[x];
                int q = j << 1;
                int support = (int) acc[q + 1];
                if (support >= minSupport) {
                    float score = (float) (cosine ? acc[q] / (norm[i] * norm[j])
                            : support * (double) activeCustomers / (ni * itemCustomers[j]));
                    size = TopK.offer(outItem, outScore, outSupport, base, size, k, j, score, support);
                }
                acc[q] = 0;
                acc[q + 1] = 0;
            }
            outCount[i] = size;
        }
    }

    /** Per-thread accumulators, as long as the catalogue. */
    private static final class Scratch {
        final double[] acc;
        final int[] touched;

        Scratch(int items) {
            acc = new double[2 * items];
            touched = new int[items];
        }
    }
}
