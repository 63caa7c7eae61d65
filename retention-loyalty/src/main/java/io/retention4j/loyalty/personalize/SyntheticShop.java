package io.retention4j.loyalty.personalize;

import io.retention4j.core.log.IdDictionary;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A seeded synthetic shop for examples, tests and benchmarks: a catalogue and an interaction log
 * with popularity skew and category clusters. Not real data; the same settings always give the same
 * shop.
 *
 * <p>Model: items {@code i0 .. i(n-1)}, item {@code i} in category {@code cat-(i*7919 mod C)}
 * (popular items spread over the categories); item popularity is Zipf with exponent {@code s}
 * ({@code P(rank r) ~ 1/(r+1)^s}, the rank being the item code). Customers {@code c0 .. c(m-1)}
 * each have a favourite category ({@code seeded}); their {@link #segmentOf(String) segment} is
 * {@code taste-(favourite mod 10)}. Each purchase goes to customer {@code floor(m * u^1.3)} for a
 * uniform u (a few heavy buyers, many light ones), picks with probability 0.7 an item of the
 * customer's favourite category by Zipf rank within it, otherwise an item by global Zipf rank, at a
 * uniform instant in {@code [start, start + days)}. Each purchase is preceded by
 * {@code viewsPerPurchase} views on average (Poisson-like: the integer part, plus one with the
 * fractional part as probability) of items of the same category, up to a day before.
 */
public final class SyntheticShop {
    private final Catalog catalog;
    private final Interactions interactions;
    private final int[] favourite;

    private SyntheticShop(Catalog catalog, Interactions interactions, int[] favourite) {
        this.catalog = catalog;
        this.interactions = interactions;
        this.favourite = favourite;
    }

    /**
     * A builder with the defaults: seed 1, 1,000 items in 20 categories, 10,000 customers, 100,000
     * purchases, 1 view per purchase, Zipf exponent 1, 365 days from 2025-01-01.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The catalogue.
     *
     * @return the items
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The interactions, customers in code order {@code c0, c1, ...}.
     *
     * @return the log
     */
    public Interactions interactions() {
        return interactions;
    }

    /**
     * A customer's segment: {@code taste-k} with k the favourite category's code mod 10.
     *
     * @param customerId a customer id of the shop
     * @return the segment, or null for an id the shop does not have
     */
    public String segmentOf(String customerId) {
        int c = interactions.customers().indexOf(customerId);
        return c < 0 ? null : "taste-" + (favourite[c] % 10);
    }

    @Override
    public String toString() {
        return "SyntheticShop[" + catalog + ", " + interactions + "]";
    }

    /** Settings; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private long seed = 1;
        private int items = 1000;
        private int categories = 20;
        private int customers = 10_000;
        private int purchases = 100_000;
        private double viewsPerPurchase = 1;
        private double zipf = 1;
        private Instant start = Instant.parse("2025-01-01T00:00:00Z");
        private int days = 365;

        private Builder() {
        }

        /**
         * The random seed.
         *
         * @param value any
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Items and categories.
         *
         * @param itemCount     in 1..10,000,000
         * @param categoryCount in 1..itemCount
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder items(int itemCount, int categoryCount) {
            Args.inRange("items", itemCount, 1, 10_000_000);
            Args.inRange("categories", categoryCount, 1, itemCount);
            items = itemCount;
            categories = categoryCount;
            return this;
        }

        /**
         * The number of customers.
         *
         * @param value in 1..100,000,000
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder customers(int value) {
            customers = Args.inRange("customers", value, 1, 100_000_000);
            return this;
        }

        /**
         * The number of purchases.
         *
         * @param value in 0..500,000,000
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder purchases(int value) {
            purchases = Args.inRange("purchases", value, 0, 500_000_000);
            return this;
        }

        /**
         * Views per purchase on average.
         *
         * @param value in [0, 20]
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder viewsPerPurchase(double value) {
            viewsPerPurchase = Args.inRange("viewsPerPurchase", value, 0, 20);
            return this;
        }

        /**
         * The Zipf exponent of item popularity.
         *
         * @param value in [0, 3]
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder zipf(double value) {
            zipf = Args.inRange("zipf", value, 0, 3);
            return this;
        }

        /**
         * The time span.
         *
         * @param from     the first instant
         * @param dayCount the number of days, in 1..36,500
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder period(Instant from, int dayCount) {
            start = java.util.Objects.requireNonNull(from, "from must not be null");
            days = Args.inRange("days", dayCount, 1, 36_500);
            return this;
        }

        /**
         * Generates the shop.
         *
         * @return the shop
         */
        public SyntheticShop build() {
            SplittableRandom random = new SplittableRandom(seed);
            Catalog.Builder cb = Catalog.builder();
            int[] categoryOf = new int[items];
            int[] categorySize = new int[categories];
            for (int i = 0; i < items; i++) {
                categoryOf[i] = (int) ((i * 7919L) % categories);
                categorySize[categoryOf[i]]++;
                cb.item("i" + i, "cat-" + categoryOf[i]);
            }
            int[][] members = new int[categories][];
            for (int c = 0; c < categories; c++) {
                members[c] = new int[categorySize[c]];
                categorySize[c] = 0;
            }
            for (int i = 0; i < items; i++) {
                int c = categoryOf[i];
                members[c][categorySize[c]++] = i; // in code order = popularity order
            }
            double[] globalCdf = zipfCdf(items);
            double[][] categoryCdf = new double[categories][];
            for (int c = 0; c < categories; c++) {
                categoryCdf[c] = zipfCdf(members[c].length);
            }
            int[] favourite = new int[customers];
            for (int u = 0; u < customers; u++) {
                favourite[u] = categoryOf[sample(globalCdf, random.nextDouble())];
            }
            long span = Duration.ofDays(days).toMillis();
            long from = start.toEpochMilli();
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) (purchases * (1 + Math.ceil(viewsPerPurchase))));
            int[] cc = new int[capacity];
            int[] ic = new int[capacity];
            long[] t = new long[capacity];
            byte[] k = new byte[capacity];
            int n = 0;
            int wholeViews = (int) viewsPerPurchase;
            double extraView = viewsPerPurchase - wholeViews;
            for (int p = 0; p < purchases; p++) {
                int u = Math.min(customers - 1, (int) (customers * Math.pow(random.nextDouble(), 1.3)));
                int item;
                if (random.nextDouble() < 0.7) {
                    int c = favourite[u];
                    item = members[c][sample(categoryCdf[c], random.nextDouble())];
                } else {
                    item = sample(globalCdf, random.nextDouble());
                }
                long at = from + (long) (random.nextDouble() * span);
                int views = wholeViews + (random.nextDouble() < extraView ? 1 : 0);
                int c = categoryOf[item];
                for (int v = 0; v < views; v++) {
                    cc[n] = u;
                    ic[n] = members[c][sample(categoryCdf[c], random.nextDouble())];
                    t[n] = Math.max(from, at - (long) (random.nextDouble() * 86_400_000L));
                    k[n] = (byte) InteractionKind.VIEW.ordinal();
                    n++;
                }
                cc[n] = u;
                ic[n] = item;
                t[n] = at;
                k[n] = (byte) InteractionKind.PURCHASE.ordinal();
                n++;
            }
            String[] ids = new String[customers];
            for (int u = 0; u < customers; u++) {
                ids[u] = "c" + u;
            }
            Catalog catalog = cb.build();
            Interactions log = Interactions.fromArrays(IdDictionary.of(ids), catalog,
                    java.util.Arrays.copyOf(cc, n), java.util.Arrays.copyOf(ic, n), java.util.Arrays.copyOf(t, n),
                    java.util.Arrays.copyOf(k, n), null);
            return new SyntheticShop(catalog, log, favourite);
        }

        private double[] zipfCdf(int size) {
            double[] cdf = new double[size];
            double sum = 0;
            for (int r = 0; r < size; r++) {
                sum += 1 / Math.pow(r + 1, zipf);
                cdf[r] = sum;
            }
            for (int r = 0; r < size; r++) {
                cdf[r] /= sum;
            }
            return cdf;
        }

        /** The first rank whose cumulative probability exceeds u. */
        private static int sample(double[] cdf, double u) {
            int lo = 0;
            int hi = cdf.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cdf[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
