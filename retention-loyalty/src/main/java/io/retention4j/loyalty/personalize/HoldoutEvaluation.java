package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Offline evaluation with a time-based holdout: the index and the recommender learn from the rows
 * before a cut; each customer who bought, at or after the cut, an item they had not bought before
 * it is evaluated against those new items (the relevant set: distinct items bought in the test
 * period and not before the cut, since the recommender leaves bought items out by default). The
 * model's top k is compared with the popularity baseline ({@link Recommender#popular}: the most
 * bought items of the training period, minus the customer's bought items). Customers whose test
 * purchases are all repeats are counted but not evaluated.
 */
public final class HoldoutEvaluation {
    private HoldoutEvaluation() {
    }

    /**
     * A builder.
     *
     * @param log the whole interaction log
     * @param cut the first instant of the test period
     * @return a new builder with k = 10, the default index ({@link ItemSimilarity#builder()}, with
     *         {@code asOf} set to the cut) and the default recommender
     */
    public static Builder builder(Interactions log, Instant cut) {
        return new Builder(Require.notNull("log", log), Require.notNull("cut", cut));
    }

    /** Settings; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private final Interactions log;
        private final Instant cut;
        private int k = 10;
        private ItemSimilarity.Builder index = ItemSimilarity.builder();
        private UnaryOperator<Recommender.Builder> recommender = UnaryOperator.identity();

        private Builder(Interactions log, Instant cut) {
            this.log = log;
            this.cut = cut;
        }

        /**
         * The cut-off k.
         *
         * @param value in 1..1000
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder k(int value) {
            k = Args.inRange("k", value, 1, 1000);
            return this;
        }

        /**
         * The index settings (its {@code asOf} is set to the cut).
         *
         * @param value the settings
         * @return this builder
         */
        public Builder index(ItemSimilarity.Builder value) {
            index = Require.notNull("index", value);
            return this;
        }

        /**
         * Recommender settings applied to {@code Recommender.builder(index, training log)}.
         *
         * @param value e.g. {@code b -> b.halfLife(Duration.ofDays(60))}
         * @return this builder
         */
        public Builder recommender(UnaryOperator<Recommender.Builder> value) {
            recommender = Require.notNull("recommender", value);
            return this;
        }

        /**
         * Trains, recommends and scores.
         *
         * @return the report
         * @throws IllegalArgumentException when the log has no row before or none after the cut
         */
        public EvaluationReport run() {
            Interactions train = log.before(cut);
            Interactions test = log.notBefore(cut);
            if (train.size() == 0 || test.size() == 0) {
                throw new IllegalArgumentException("the cut " + cut + " leaves " + train.size()
                        + " training rows and " + test.size() + " test rows; both must be non-empty");
            }
            SimilarityIndex similarity = index.asOf(cut).build(train);
            Recommender rec = recommender.apply(Recommender.builder(similarity, train)).build();
            Catalog catalog = log.catalog();
            RankingMetrics.Accumulator model = RankingMetrics.accumulator(k, catalog.size());
            RankingMetrics.Accumulator baseline = RankingMetrics.accumulator(k, catalog.size());
            int repeatsOnly = 0;
            for (int c = 0; c < log.customerCount(); c++) {
                Set<String> relevant = new HashSet<>();
                for (int r = test.firstRow(c); r < test.endRow(c); r++) {
                    if (test.isPurchase(r)) {
                        relevant.add(catalog.id(test.item(r)));
                    }
                }
                if (relevant.isEmpty()) {
                    continue;
                }
                for (int r = train.firstRow(c); r < train.endRow(c); r++) {
                    if (train.isPurchase(r)) {
                        relevant.remove(catalog.id(train.item(r)));
                    }
                }
                if (relevant.isEmpty()) {
                    repeatsOnly++;
                    continue;
                }
                String id = log.customers().id(c);
                model.increment(rec.recommend(id, cut, k).itemIds(), relevant);
                baseline.increment(rec.popular(id, cut, k).itemIds(), relevant);
            }
            return new EvaluationReport(cut, k, train.size(), test.size(), repeatsOnly, model.result(),
                    baseline.result(), rec.toString());
        }
    }
}
