package io.retention4j.loyalty.personalize;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Top-N items per customer from the customer's recent purchases and views, with an explanation
 * for each.
 *
 * <p>Definitions, for customer u as of instant {@code t0} (only u's rows before {@code t0} count):
 * <ul>
 *   <li>History: u's most recent {@link Builder#historyLimit(int) historyLimit} distinct items,
 *       each with the recency weight {@code r(h) = sum over u's rows of h of k * weight *
 *       2^(-(t0 - t) / halfLife)}, {@code k} = 1 for a purchase and {@link Builder#viewWeight(double)
 *       viewWeight} for a view.</li>
 *   <li>Similarity score of a candidate j: {@code S(j) = sum_h r(h) sim(h, j)} over the history
 *       items h that have j among their index neighbours (sim from the {@link SimilarityIndex}; for
 *       items u viewed and did not buy, from the {@link Builder#viewIndex(SimilarityIndex) view
 *       index} when one is set).</li>
 *   <li>Category affinity: {@code a(c)} = u's recency-weighted view weight in category c divided by
 *       u's total; for u's top 3 categories by {@code a}, the 20 most bought items j of c get
 *       {@code beta * a(c) * n(j) / max_i n(i)} added ({@code beta} = {@link Builder#categoryWeight(double)},
 *       {@code n} = distinct buyers in the history log).</li>
 *   <li>Excluded: items u bought before {@code t0}, unless {@link Builder#excludePurchased(boolean)}
 *       is off or the item's category is {@link Builder#repeatable(String...) repeatable}.</li>
 *   <li>Ranking: by score, highest first, equal scores by lower item code. The explanation is the
 *       largest single contribution: the history item h with the largest {@code r(h) sim(h,j)}
 *       (BOUGHT when u bought h, else VIEWED; ties to the more recent item) or the category term
 *       (VIEWED_CATEGORY) when that is larger.</li>
 *   <li>Fill: when fewer than N items score, the rest come from the most bought items of u's segment
 *       (POPULAR_IN_SEGMENT), when u's history has fewer than {@link Builder#thinHistory(int)
 *       thinHistory} distinct items and u has a segment with buyers, then from the most bought
 *       items of all (POPULAR), skipping excluded and already chosen items. A customer the history
 *       log does not know is a new customer: all popularity (cold start).</li>
 * </ul>
 *
 * <p>Popularity counts distinct buyers over the whole history log given to the builder; for an
 * honest offline test give it the training part only.
 *
 * <p>Thread-safe: the recommender is immutable; each thread uses its own scratch arrays (about 36
 * bytes per catalogue item, kept while the recommender lives), so a call allocates only its result
 * ({@link #recommendCodes} allocates nothing).
 */
public final class Recommender {
    private static final int CATEGORY_LIMIT = 3;
    private static final int CATEGORY_ITEMS = 20;

    private final SimilarityIndex index;
    private final SimilarityIndex viewIndex; // null: viewed items use the main index
    private final Interactions history;
    private final Catalog catalog;
    private final double lambda;
    private final float viewWeight;
    private final int historyLimit;
    private final float categoryWeight;
    private final boolean excludePurchased;
    private final boolean[] repeatableCategory;
    private final int thinHistory;
    private final int popularLength;
    private final PopularList global;
    private final PopularList[] byCategory;
    private final float maxBuyers;
    private final IdDictionary segments;
    private final PopularList[] bySegment;
    private final int[] customerSegment;
    private final String description;
    private final ThreadLocal<Scratch> scratch;

    private Recommender(Builder b) {
        this.index = b.index;
        this.viewIndex = b.viewIndex;
        this.history = b.history;
        this.catalog = history.catalog();
        this.lambda = Math.log(2) / b.halfLife.toMillis();
        this.viewWeight = (float) b.viewWeight;
        this.historyLimit = b.historyLimit;
        this.categoryWeight = (float) b.categoryWeight;
        this.excludePurchased = b.excludePurchased;
        this.thinHistory = b.thinHistory;
        this.popularLength = b.popularLength;
        IdDictionary categories = catalog.categories();
        this.repeatableCategory = new boolean[categories.size()];
        for (String category : b.repeatable) {
            int code = categories.indexOf(category);
            if (code < 0) {
                throw new IllegalArgumentException("repeatable category '" + category
                        + "' is not a category of the catalogue " + categories.ids());
            }
            repeatableCategory[code] = true;
        }
        int[] population = new int[1];
        int[] counts = PopularList.buyerCounts(history, null, 0, population);
        this.global = PopularList.top(counts, population[0], popularLength, null, 0);
        int[] categoryOf = new int[catalog.size()];
        for (int i = 0; i < categoryOf.length; i++) {
            categoryOf[i] = catalog.categoryCode(i);
        }
        this.byCategory = new PopularList[categories.size()];
        for (int c = 0; c < byCategory.length; c++) {
            byCategory[c] = PopularList.top(counts, population[0], CATEGORY_ITEMS, categoryOf, c);
        }
        this.maxBuyers = global.buyers.length == 0 ? 1 : global.buyers[0];
        if (b.segmentOf != null) {
            Map<String, Integer> names = new LinkedHashMap<>();
            customerSegment = new int[history.customerCount()];
            for (int c = 0; c < customerSegment.length; c++) {
                String segment = b.segmentOf.apply(history.customers().id(c));
                customerSegment[c] = segment == null ? -1 : names.computeIfAbsent(segment, k -> names.size());
            }
            List<String> sorted = new ArrayList<>(names.keySet());
            this.segments = IdDictionary.of(sorted.toArray(new String[0]));
            this.bySegment = new PopularList[sorted.size()];
            for (int s = 0; s < bySegment.length; s++) {
                int[] p = new int[1];
                int[] segmentCounts = PopularList.buyerCounts(history, customerSegment, s, p);
                bySegment[s] = PopularList.top(segmentCounts, p[0], popularLength, null, 0);
            }
        } else {
            this.customerSegment = null;
            this.segments = IdDictionary.empty();
            this.bySegment = new PopularList[0];
        }
        this.description = "Recommender[" + index.measure() + " index of " + index.itemCount() + " items"
                + (viewIndex == null ? "" : ", " + viewIndex.kind() + " index for viewed items") + ", history of "
                + history.customerCount() + " customers, half-life " + b.halfLife + ", view weight " + b.viewWeight
                + ", history limit " + historyLimit + ", category weight " + b.categoryWeight
                + (excludePurchased ? ", bought items excluded" : ", bought items allowed")
                + (b.repeatable.isEmpty() ? "" : " except categories " + new java.util.TreeSet<>(b.repeatable))
                + ", " + segments.size() + " segments, thin history < " + thinHistory + "]";
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(catalog.size(), categories.size(), historyLimit));
    }

    /**
     * A builder over an index and the history log (whose catalogue must be the index's items).
     *
     * @param index   item-to-item neighbours
     * @param history the customers' interactions (purchases and views); popularity is counted here
     * @return a new builder with the defaults: half-life 30 days, view weight 0.5, history limit 20,
     *         category weight 0.1, bought items excluded, nothing repeatable, no segments, thin
     *         history below 3 items, popularity lists of 200 items
     * @throws IllegalArgumentException when the index's items differ from the history's catalogue
     */
    public static Builder builder(SimilarityIndex index, Interactions history) {
        Require.notNull("index", index);
        Require.notNull("history", history);
        if (!index.items().equals(history.catalog().items())) {
            throw new IllegalArgumentException("the index's " + index.itemCount()
                    + " items differ from the history catalogue's " + history.catalog().size()
                    + " items (build the index over the same catalogue)");
        }
        return new Builder(index, history);
    }

    /**
     * The top-N items for a customer, with the segment given by the builder's segment function (if any).
     *
     * @param customerId the customer; one the history does not know gets popular items
     * @param asOf       only history before this instant counts
     * @param n          how many, positive
     * @return the recommendations, best first
     * @throws IllegalArgumentException when {@code n <= 0}
     */
    public Recommendations recommend(String customerId, Instant asOf, int n) {
        Require.notBlank("customerId", customerId);
        int c = history.customers().indexOf(customerId);
        int segment = c >= 0 && customerSegment != null ? customerSegment[c] : -1;
        return recommend(customerId, c, segment, asOf, n, false);
    }

    /**
     * The top-N items for a customer in a segment the caller supplies (e.g. from core's segment
     * assignment); the segment's popularity comes from the builder's segment function.
     *
     * @param customerId the customer
     * @param segment    the segment's name; null or a segment without buyers means none
     * @param asOf       only history before this instant counts
     * @param n          how many, positive
     * @return the recommendations, best first
     * @throws IllegalArgumentException when {@code n <= 0}
     */
    public Recommendations recommend(String customerId, String segment, Instant asOf, int n) {
        Require.notBlank("customerId", customerId);
        int c = history.customers().indexOf(customerId);
        return recommend(customerId, c, segment == null ? -1 : segments.indexOf(segment), asOf, n, false);
    }

    /**
     * The popularity baseline for a customer: the most bought items of all, minus the customer's
     * excluded items (the same exclusion as {@link #recommend(String, Instant, int)}).
     *
     * @param customerId the customer
     * @param asOf       only history before this instant counts (for the exclusion)
     * @param n          how many, positive
     * @return popular items, best first, each with reason POPULAR
     * @throws IllegalArgumentException when {@code n <= 0}
     */
    public Recommendations popular(String customerId, Instant asOf, int n) {
        Require.notBlank("customerId", customerId);
        return recommend(customerId, history.customers().indexOf(customerId), -1, asOf, n, true);
    }

    private Recommendations recommend(String customerId, int c, int segment, Instant asOf, int n, boolean popularOnly) {
        Require.notNull("asOf", asOf);
        checkN(n);
        int[] items = new int[n];
        float[] scores = new float[n];
        byte[] reasons = new byte[n];
        int[] basis = new int[n];
        int size = compute(c, segment, asOf.toEpochMilli(), n, items, scores, reasons, basis, popularOnly);
        List<Recommendation> out = new ArrayList<>(size);
        Reason[] all = Reason.values();
        for (int i = 0; i < size; i++) {
            Reason reason = all[reasons[i]];
            String because = switch (reason) {
                case BOUGHT, VIEWED -> catalog.id(basis[i]);
                case VIEWED_CATEGORY -> catalog.categories().id(basis[i]);
                case POPULAR_IN_SEGMENT -> segments.id(basis[i]);
                case POPULAR -> null;
            };
            out.add(new Recommendation(catalog.id(items[i]), scores[i], reason, because));
        }
        return new Recommendations(customerId, asOf, out);
    }

    private static void checkN(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
    }

    /**
     * The hot path: the top-N item codes of customer {@code c} (an index of the history log's
     * customers) into caller arrays, without allocation.
     *
     * @param c          a customer index of the history log, or -1 for a new customer
     * @param asOfMillis only history before this epoch millisecond counts
     * @param n          how many, positive; the arrays hold at least n
     * @param items      receives item codes, best first
     * @param scores     receives the scores
     * @return the number of items written (at most n)
     */
    public int recommendCodes(int c, long asOfMillis, int n, int[] items, float[] scores) {
        checkN(n);
        Scratch s = scratch.get();
        s.ensure(n);
        int segment = c >= 0 && customerSegment != null ? customerSegment[c] : -1;
        return compute(c, segment, asOfMillis, n, items, scores, s.reasons, s.basis, false);
    }

    /**
     * The top-N item codes of every customer of the history log, in parallel on the common
     * fork-join pool.
     *
     * @param asOf only history before this instant counts
     * @param n    how many per customer, positive
     * @return {@code customers * n} item codes: customer c's list at {@code c * n}, best first, padded with -1
     */
    public int[] recommendAll(Instant asOf, int n) {
        Require.notNull("asOf", asOf);
        checkN(n);
        long t0 = asOf.toEpochMilli();
        int customers = history.customerCount();
        int[] out = new int[Math.multiplyExact(customers, n)];
        Arrays.fill(out, -1);
        int chunk = 1024;
        IntStream.range(0, (customers + chunk - 1) / chunk).parallel().forEach(block -> {
            Scratch s = scratch.get();
            int[] items = new int[n];
            float[] scores = new float[n];
            byte[] reasons = new byte[n];
            int[] basis = new int[n];
            for (int c = block * chunk, end = Math.min(customers, c + chunk); c < end; c++) {
                int segment = customerSegment != null ? customerSegment[c] : -1;
                int size = compute(c, segment, t0, n, items, scores, reasons, basis, false);
                System.arraycopy(items, 0, out, c * n, size);
            }
        });
        return out;
    }

    private int compute(int c, int segment, long t0, int n, int[] outItems, float[] outScores, byte[] outReasons,
                        int[] outBasis, boolean popularOnly) {
        Scratch s = scratch.get();
        s.ensure(n);
        int stamp = s.next();
        s.categoryCount = 0;
        int hCount = c < 0 ? 0 : history(s, c, t0, stamp);
        int size = 0;
        if (!popularOnly) {
            int nc = similar(s, hCount, stamp);
            nc = categories(s, nc, stamp);
            for (int x = 0; x < nc; x++) {
                int j = s.candidates[x];
                size = TopK.offer(s.topItems, s.topScores, null, 0, size, n, j, s.score[j], 0);
            }
            for (int r = 0; r < size; r++) {
                int j = s.topItems[r];
                outItems[r] = j;
                outScores[r] = s.score[j];
                int b = s.bestBasis[j];
                if (b >= 0) {
                    outReasons[r] = (byte) (s.histBought[s.histPos[b]] ? Reason.BOUGHT : Reason.VIEWED).ordinal();
                    outBasis[r] = b;
                } else {
                    outReasons[r] = (byte) Reason.VIEWED_CATEGORY.ordinal();
                    outBasis[r] = -b - 1;
                }
                s.chosen[j] = stamp;
            }
        }
        if (size < n && segment >= 0 && hCount < thinHistory && bySegment[segment].population > 0) {
            size = fill(s, bySegment[segment], Reason.POPULAR_IN_SEGMENT, segment, size, n, stamp, outItems,
                    outScores, outReasons, outBasis);
        }
        if (size < n) {
            size = fill(s, global, Reason.POPULAR, -1, size, n, stamp, outItems, outScores, outReasons, outBasis);
        }
        return size;
    }

    /** Walks u's rows before t0 from the latest back: exclusions, history weights, category views. */
    private int history(Scratch s, int c, long t0, int stamp) {
        int hCount = 0;
        for (int r = history.endRow(c) - 1, first = history.firstRow(c); r >= first; r--) {
            long t = history.epochMillis(r);
            if (t >= t0) {
                continue;
            }
            int j = history.item(r);
            boolean purchase = history.isPurchase(r);
            int category = catalog.categoryCode(j);
            if (purchase && excludePurchased && (category < 0 || !repeatableCategory[category])) {
                s.excluded[j] = stamp;
            }
            float w = (float) ((purchase ? 1f : viewWeight) * history.weight(r) * Math.exp(-lambda * (t0 - t)));
            if (s.histStamp[j] == stamp) {
                int p = s.histPos[j];
                s.histWeight[p] += w;
                s.histBought[p] |= purchase;
            } else if (hCount < historyLimit && s.histStamp[j] != -stamp) {
                s.histStamp[j] = stamp;
                s.histPos[j] = hCount;
                s.histItem[hCount] = j;
                s.histWeight[hCount] = w;
                s.histBought[hCount] = purchase;
                hCount++;
            } else {
                s.histStamp[j] = -stamp; // beyond the limit: ignored for weights
            }
            if (!purchase && category >= 0) {
                if (s.categoryStamp[category] != stamp) {
                    s.categoryStamp[category] = stamp;
                    s.categoryWeight[category] = 0;
                    s.categories[s.categoryCount++] = category;
                }
                s.categoryWeight[category] += w;
            }
        }
        return hCount;
    }

    private int similar(Scratch s, int hCount, int stamp) {
        int nc = 0;
        for (int h = 0; h < hCount; h++) {
            int item = s.histItem[h];
            float r = s.histWeight[h];
            SimilarityIndex source = s.histBought[h] || viewIndex == null ? index : viewIndex;
            int[] offsets = source.offsets;
            int[] neighbours = source.neighbours;
            float[] sims = source.scores;
            for (int p = offsets[item], end = offsets[item + 1]; p < end; p++) {
                int j = neighbours[p];
                if (s.excluded[j] == stamp) {
                    continue;
                }
                float contribution = r * sims[p];
                nc = add(s, nc, j, contribution, item, stamp);
            }
        }
        return nc;
    }

    private int categories(Scratch s, int nc, int stamp) {
        if (categoryWeight == 0 || s.categoryCount == 0) {
            return nc;
        }
        float total = 0;
        for (int x = 0; x < s.categoryCount; x++) {
            total += s.categoryWeight[s.categories[x]];
        }
        int top = 0;
        for (int x = 0; x < s.categoryCount; x++) {
            int category = s.categories[x];
            top = TopK.offer(s.topCategories, s.topCategoryWeights, null, 0, top, CATEGORY_LIMIT, category,
                    s.categoryWeight[category], 0);
        }
        for (int x = 0; x < top; x++) {
            int category = s.topCategories[x];
            float affinity = s.categoryWeight[category] / total;
            PopularList list = byCategory[category];
            for (int rank = 0; rank < list.items.length; rank++) {
                int j = list.items[rank];
                if (s.excluded[j] != stamp) {
                    nc = add(s, nc, j, categoryWeight * affinity * (list.buyers[rank] / maxBuyers), -category - 1, stamp);
                }
            }
        }
        return nc;
    }

    private static int add(Scratch s, int nc, int j, float contribution, int basis, int stamp) {
        if (s.candidate[j] != stamp) {
            s.candidate[j] = stamp;
            s.score[j] = 0;
            s.best[j] = -1;
            s.candidates[nc++] = j;
        }
        s.score[j] += contribution;
        if (contribution > s.best[j]) {
            s.best[j] = contribution;
            s.bestBasis[j] = basis;
        }
        return nc;
    }

    private static int fill(Scratch s, PopularList list, Reason reason, int basis, int size, int n, int stamp,
                            int[] outItems, float[] outScores, byte[] outReasons, int[] outBasis) {
        for (int rank = 0; rank < list.items.length && size < n; rank++) {
            int j = list.items[rank];
            if (s.excluded[j] == stamp || s.chosen[j] == stamp) {
                continue;
            }
            s.chosen[j] = stamp;
            outItems[size] = j;
            outScores[size] = list.share(rank);
            outReasons[size] = (byte) reason.ordinal();
            outBasis[size] = basis;
            size++;
        }
        return size;
    }

    /**
     * The similarity index in use.
     *
     * @return the index
     */
    public SimilarityIndex index() {
        return index;
    }

    /**
     * The history log in use.
     *
     * @return the interactions
     */
    public Interactions history() {
        return history;
    }

    @Override
    public String toString() {
        return description;
    }

    /** Per-thread arrays; entries are valid when their stamp equals the call's stamp. */
    private static final class Scratch {
        final int[] excluded;
        final int[] histStamp;
        final int[] histPos;
        final int[] candidate;
        final int[] chosen;
        final float[] score;
        final float[] best;
        final int[] bestBasis;
        final int[] candidates;
        final int[] histItem;
        final float[] histWeight;
        final boolean[] histBought;
        final int[] categoryStamp;
        final float[] categoryWeight;
        final int[] categories;
        final int[] topCategories = new int[CATEGORY_LIMIT];
        final float[] topCategoryWeights = new float[CATEGORY_LIMIT];
        int categoryCount;
        int[] topItems = new int[16];
        float[] topScores = new float[16];
        byte[] reasons = new byte[16];
        int[] basis = new int[16];
        private int stamp;

        Scratch(int items, int categoryCount, int historyLimit) {
            excluded = new int[items];
            histStamp = new int[items];
            histPos = new int[items];
            candidate = new int[items];
            chosen = new int[items];
            score = new float[items];
            best = new float[items];
            bestBasis = new int[items];
            candidates = new int[items];
            histItem = new int[historyLimit];
            histWeight = new float[historyLimit];
            histBought = new boolean[historyLimit];
            categoryStamp = new int[categoryCount];
            categoryWeight = new float[categoryCount];
            categories = new int[categoryCount];
        }

        void ensure(int n) {
            if (topItems.length < n) {
                topItems = new int[n];
                topScores = new float[n];
                reasons = new byte[n];
                basis = new int[n];
            }
        }

        int next() {
            if (stamp == Integer.MAX_VALUE) {
                Arrays.fill(excluded, 0);
                Arrays.fill(histStamp, 0);
                Arrays.fill(candidate, 0);
                Arrays.fill(chosen, 0);
                Arrays.fill(categoryStamp, 0);
                stamp = 0;
            }
            return ++stamp;
        }
    }

    /** Settings of a recommender; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private final SimilarityIndex index;
        private final Interactions history;
        private SimilarityIndex viewIndex;
        private Duration halfLife = Duration.ofDays(30);
        private double viewWeight = 0.5;
        private int historyLimit = 20;
        private double categoryWeight = 0.1;
        private boolean excludePurchased = true;
        private final Set<String> repeatable = new HashSet<>();
        private Function<String, String> segmentOf;
        private int thinHistory = 3;
        private int popularLength = 200;

        private Builder(SimilarityIndex index, Interactions history) {
            this.index = index;
            this.history = history;
        }

        /**
         * A second index (usually co-view, {@link InteractionKind#VIEW}) for the history items the
         * customer viewed but did not buy; without it they use the main index too.
         *
         * @param value an index over the same catalogue
         * @return this builder
         * @throws IllegalArgumentException when its items differ from the catalogue's
         */
        public Builder viewIndex(SimilarityIndex value) {
            Require.notNull("viewIndex", value);
            if (!value.items().equals(history.catalog().items())) {
                throw new IllegalArgumentException("the view index's " + value.itemCount()
                        + " items differ from the history catalogue's " + history.catalog().size() + " items");
            }
            viewIndex = value;
            return this;
        }

        /**
         * The half-life of history weights.
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
         * How much a view counts against a purchase (1).
         *
         * @param value in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder viewWeight(double value) {
            viewWeight = Args.inRange("viewWeight", value, 0, 1);
            return this;
        }

        /**
         * How many of the customer's most recent distinct items count.
         *
         * @param value in 1..1000
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder historyLimit(int value) {
            historyLimit = Args.inRange("historyLimit", value, 1, 1000);
            return this;
        }

        /**
         * The weight {@code beta} of category affinity (0 turns it off).
         *
         * @param value in [0, 100]
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder categoryWeight(double value) {
            categoryWeight = Args.inRange("categoryWeight", value, 0, 100);
            return this;
        }

        /**
         * Whether items the customer bought are left out (default true).
         *
         * @param value the switch
         * @return this builder
         */
        public Builder excludePurchased(boolean value) {
            excludePurchased = value;
            return this;
        }

        /**
         * Categories whose items may be recommended again after a purchase (consumables).
         *
         * @param categories categories of the catalogue
         * @return this builder
         * @throws IllegalArgumentException naming a category the catalogue does not have
         */
        public Builder repeatable(String... categories) {
            Require.notNull("categories", categories);
            for (String category : categories) {
                Require.notBlank("repeatable category", category);
                if (!history.catalog().categories().contains(category)) {
                    throw new IllegalArgumentException("repeatable category '" + category
                            + "' is not a category of the catalogue " + history.catalog().categories().ids());
                }
                repeatable.add(category);
            }
            return this;
        }

        /**
         * The customers' segments (e.g. {@code id -> assignment.segmentOf(id).orElse(null)} with
         * core's segment assignment), for within-segment popularity.
         *
         * @param value customer id to segment name, or null for none
         * @return this builder
         */
        public Builder segments(Function<String, String> value) {
            segmentOf = Require.notNull("segments", value);
            return this;
        }

        /**
         * The segments as a map of customer id to segment name.
         *
         * @param value the map; customers not in it have no segment
         * @return this builder
         */
        public Builder segments(Map<String, String> value) {
            Map<String, String> copy = new HashMap<>(Require.notNull("segments", value));
            segmentOf = copy::get;
            return this;
        }

        /**
         * Histories with fewer distinct items than this are thin: their free slots go to the
         * segment's popular items before the global ones.
         *
         * @param value in 0..1000
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder thinHistory(int value) {
            thinHistory = Args.inRange("thinHistory", value, 0, 1000);
            return this;
        }

        /**
         * How many popular items each popularity list keeps (the most a fill can use).
         *
         * @param value in 1..100000
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder popularLength(int value) {
            popularLength = Args.inRange("popularLength", value, 1, 100_000);
            return this;
        }

        /**
         * The recommender.
         *
         * @return the recommender
         */
        public Recommender build() {
            return new Recommender(this);
        }
    }
}
