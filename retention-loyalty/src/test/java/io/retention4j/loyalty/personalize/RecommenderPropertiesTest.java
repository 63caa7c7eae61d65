package io.retention4j.loyalty.personalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.IdDictionary;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the recommendations on random logs. */
class RecommenderPropertiesTest {
    private static final long DAY = 86_400_000L;

    @Property(tries = 30)
    void recommend_invariants(@ForAll @IntRange(min = 1, max = 300) int rows, @ForAll long seed,
                              @ForAll @IntRange(min = 0, max = 60) int asOfDay) {
        Random random = new Random(seed);
        Catalog.Builder cb = Catalog.builder();
        for (int i = 0; i < 15; i++) {
            cb.item("i" + i, "cat" + (i % 3));
        }
        Catalog catalog = cb.build();
        String[] ids = new String[25];
        for (int c = 0; c < ids.length; c++) {
            ids[c] = "c" + c;
        }
        int[] cc = new int[rows];
        int[] ic = new int[rows];
        long[] t = new long[rows];
        byte[] k = new byte[rows];
        for (int r = 0; r < rows; r++) {
            cc[r] = random.nextInt(ids.length);
            ic[r] = Math.min(14, (int) Math.floor(Math.abs(random.nextGaussian()) * 5));
            t[r] = random.nextInt(60) * DAY;
            k[r] = (byte) random.nextInt(2);
        }
        Interactions log = Interactions.fromArrays(IdDictionary.of(ids), catalog, cc, ic, t, k, null);
        SimilarityIndex index = ItemSimilarity.builder().minSupport(1).neighbours(5).build(log);
        Recommender rec = Recommender.builder(index, log).halfLife(Duration.ofDays(10)).build();
        Instant asOf = Instant.ofEpochMilli(asOfDay * DAY);
        int[] all = rec.recommendAll(asOf, 6);
        for (int c = 0; c < ids.length; c++) {
            Set<String> bought = new HashSet<>();
            Set<String> viewed = new HashSet<>();
            for (int r = log.firstRow(c); r < log.endRow(c); r++) {
                if (log.epochMillis(r) < asOf.toEpochMilli()) {
                    (log.isPurchase(r) ? bought : viewed).add(catalog.id(log.item(r)));
                }
            }
            List<Recommendation> six = rec.recommend(ids[c], asOf, 6).items();
            List<String> sixIds = six.stream().map(Recommendation::itemId).toList();
            assertThat(six.size()).isLessThanOrEqualTo(6);
            assertThat(new HashSet<>(sixIds)).hasSize(six.size());                 // no item twice
            assertThat(sixIds).noneMatch(bought::contains);                          // bought items excluded
            assertThat(rec.recommend(ids[c], asOf, 3).itemIds())                    // a shorter list is a prefix
                    .isEqualTo(sixIds.subList(0, Math.min(3, sixIds.size())));
            for (int r = 0; r < 6; r++) {                                            // the bulk path agrees
                int code = all[c * 6 + r];
                assertThat(code < 0 ? null : catalog.id(code)).isEqualTo(r < sixIds.size() ? sixIds.get(r) : null);
            }
            double previous = Double.POSITIVE_INFINITY;
            for (Recommendation item : six) {
                switch (item.reason()) {
                    case BOUGHT -> assertThat(bought).contains(item.basis());
                    case VIEWED -> {
                        assertThat(viewed).contains(item.basis());
                        assertThat(bought).doesNotContain(item.basis());
                    }
                    case VIEWED_CATEGORY -> assertThat(viewed.stream().map(v -> catalog.category(catalog.code(v))))
                            .contains(item.basis());
                    default -> {
                    }
                }
                if (item.reason() == Reason.BOUGHT || item.reason() == Reason.VIEWED
                        || item.reason() == Reason.VIEWED_CATEGORY) {
                    assertThat(item.score()).isLessThanOrEqualTo(previous);      // model part sorted by score
                    previous = item.score();
                }
            }
        }
    }
}
