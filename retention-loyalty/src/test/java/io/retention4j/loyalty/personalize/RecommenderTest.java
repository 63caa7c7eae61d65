package io.retention4j.loyalty.personalize;

import static io.retention4j.loyalty.personalize.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand computations on {@link Fixtures#fourBuyers()} (cosines in {@link ItemSimilarityTest}) with a
 * half-life of one day, so a row d days before asOf weighs 2^-d (times 0.5 for a view).
 * Buyers: A 3, B 3, C 2, D 1 of 4; categories coffee = {A, B}, tea = {C, D}.
 */
class RecommenderTest {
    private static final double EPS = 1e-6;
    private final Interactions log = Fixtures.fourBuyerRows()
            .add("u9", "D", day(5), InteractionKind.VIEW)
            .build();
    private final SimilarityIndex index = ItemSimilarity.builder().minSupport(1).build(log);

    private Recommender.Builder builder() {
        return Recommender.builder(index, log).halfLife(Duration.ofDays(1));
    }

    @Test
    void recommend_everythingNearBought_onlyTheUnboughtNeighbour() {
        // u1 as of day 4: r(A) = 2^-3, r(B) = 2^-2, r(C) = 2^-1, all bought and excluded.
        // D is B's neighbour only: S(D) = 0.25 * cos(B,D) = 0.25 * 0.577350 = 0.144338;
        // the popular fill finds A, B, C excluded and D chosen: one item although three were asked
        Recommendations r = builder().build().recommend("u1", day(4), 3);
        assertThat(r.items()).hasSize(1);
        assertItem(r.items().get(0), "D", 0.144338, Reason.BOUGHT, "B");
    }

    @Test
    void recommend_twoHistoryItems_sumsContributionsAndExplainsByTheLargest() {
        // u3 as of day 6: r(A) = 2^-4 = 0.0625, r(C) = 2^-1 = 0.5; A and C excluded.
        // S(B) = 0.5 * cos(C,B) + 0.0625 * cos(A,B) = 0.5 * 0.408248 + 0.0625 * 0.666667 = 0.245791,
        // largest part from C (0.204124 > 0.041667). Then popular fill: D, share 1/4.
        Recommendations r = builder().build().recommend("u3", day(6), 5);
        assertThat(r.itemIds()).containsExactly("B", "D");
        assertItem(r.items().get(0), "B", 0.245791, Reason.BOUGHT, "C");
        assertItem(r.items().get(1), "D", 0.25, Reason.POPULAR, null);
        assertThat(r.items().get(0).explanation()).isEqualTo("because you bought C");
    }

    @Test
    void recommend_asOfBeforeLaterRows_ignoresThem() {
        // u3 as of day 3 knows only A (day 2, r = 0.5): C 0.5*0.816497 = 0.408248, B 0.5*0.666667 = 0.333333
        Recommendations r = builder().build().recommend("u3", day(3), 2);
        assertItem(r.items().get(0), "C", 0.408248, Reason.BOUGHT, "A");
        assertItem(r.items().get(1), "B", 0.333333, Reason.BOUGHT, "A");
    }

    @Test
    void recommend_viewsOnly_similarViewedItemThenCategoryAffinity() {
        // u9 viewed D on day 5; as of day 6: r(D) = 0.5 (view weight) * 2^-1 = 0.25.
        // S(B) = 0.25 * cos(D,B) = 0.25 * 0.577350 = 0.144338 (viewed D).
        // tea has all of u9's view weight (a = 1); tea's popular items C (2 buyers), D (1 buyer), max 3:
        // C: 0.1 * 1 * 2/3 = 0.066667, D: 0.1 * 1 * 1/3 = 0.033333 (viewing does not exclude).
        // Fourth slot: the popular fill, A (3 of 4 buyers = 0.75; ties with B, lower code first).
        Recommendations r = builder().build().recommend("u9", day(6), 4);
        assertItem(r.items().get(0), "B", 0.144338, Reason.VIEWED, "D");
        assertItem(r.items().get(1), "C", 0.066667, Reason.VIEWED_CATEGORY, "tea");
        assertItem(r.items().get(2), "D", 0.033333, Reason.VIEWED_CATEGORY, "tea");
        assertItem(r.items().get(3), "A", 0.75, Reason.POPULAR, null);
        assertThat(r.items().get(1).explanation()).isEqualTo("because you viewed category tea");
    }

    @Test
    void recommend_viewIndex_usedForViewedItems() {
        // u6 and u7 view C and D on day 1, u9 views D on day 5: co-view n(C) = 2, n(D) = 3, n(C,D) = 2,
        // cos(D,C) = 2/sqrt(3*2) = 0.816497. u9 as of day 6: r(D) = 0.5 * 2^-1 = 0.25, so S(C) = 0.204124
        // from the co-view index (the co-purchase index would give B, 0.25 * 0.577350 = 0.144338)
        Interactions views = Fixtures.fourBuyerRows()
                .add("u6", "C", day(1), InteractionKind.VIEW).add("u6", "D", day(1), InteractionKind.VIEW)
                .add("u7", "C", day(1), InteractionKind.VIEW).add("u7", "D", day(1), InteractionKind.VIEW)
                .add("u9", "D", day(5), InteractionKind.VIEW)
                .build();
        SimilarityIndex coPurchase = ItemSimilarity.builder().minSupport(1).build(views);
        SimilarityIndex coView = ItemSimilarity.builder().kind(InteractionKind.VIEW).minSupport(1).build(views);
        Recommender.Builder b = Recommender.builder(coPurchase, views).halfLife(Duration.ofDays(1)).categoryWeight(0);
        assertItem(b.build().recommend("u9", day(6), 1).items().get(0), "B", 0.144338, Reason.VIEWED, "D");
        assertItem(b.viewIndex(coView).build().recommend("u9", day(6), 1).items().get(0), "C", 0.204124,
                Reason.VIEWED, "D");
    }

    @Test
    void recommend_newCustomer_popularItemsTiesByCode() {
        Recommendations r = builder().build().recommend("stranger", day(6), 10);
        // buyers A 3, B 3, C 2, D 1 of 4
        assertThat(r.itemIds()).containsExactly("A", "B", "C", "D");
        assertThat(r.items()).extracting(Recommendation::score).containsExactly(0.75, 0.75, 0.5, 0.25);
        assertThat(r.items()).extracting(Recommendation::reason).containsOnly(Reason.POPULAR);
    }

    @Test
    void recommend_newCustomerAfterABrowser_nothingCarriedOver() {
        Recommender rec = builder().build();
        rec.recommend("u9", day(6), 4); // fills the thread's scratch with u9's tea views
        Recommendations r = rec.recommend("stranger", day(6), 4);
        assertThat(r.items()).extracting(Recommendation::reason).containsOnly(Reason.POPULAR);
    }

    @Test
    void recommend_thinHistoryWithSegment_segmentPopularityBeforeGlobal() {
        Recommender rec = builder().segments(Map.of("u1", "s1", "u2", "s1", "u3", "s2", "u4", "s2")).build();
        // s1 buyers: u1 {A,B,C}, u2 {A,B}: A 2/2, B 2/2, C 1/2; D only in the global list (1/4)
        Recommendations r = rec.recommend("new-1", "s1", day(10), 4);
        assertItem(r.items().get(0), "A", 1.0, Reason.POPULAR_IN_SEGMENT, "s1");
        assertItem(r.items().get(1), "B", 1.0, Reason.POPULAR_IN_SEGMENT, "s1");
        assertItem(r.items().get(2), "C", 0.5, Reason.POPULAR_IN_SEGMENT, "s1");
        assertItem(r.items().get(3), "D", 0.25, Reason.POPULAR, null);
        // s2 buyers: u3 {A,C}, u4 {B,D}: every item 1/2, ties by code
        assertThat(rec.recommend("new-2", "s2", day(10), 2).itemIds()).containsExactly("A", "B");
        assertThat(r.items().get(0).explanation()).isEqualTo("popular in your segment 's1'");
    }

    @Test
    void recommend_segmentFromTheBuilderFunction_usedForKnownThinCustomers() {
        Recommender rec = builder().segments(Map.of("u1", "s1", "u2", "s1", "u3", "s2", "u4", "s2", "u9", "s2"))
                .categoryWeight(0).build();
        // u9 (1 history item < 3): B from D's neighbours, then s2's popular: A (1/2), C (1/2), D (1/2)
        Recommendations r = rec.recommend("u9", day(6), 3);
        assertThat(r.itemIds()).containsExactly("B", "A", "C");
        assertThat(r.items().get(1).reason()).isEqualTo(Reason.POPULAR_IN_SEGMENT);
    }

    @Test
    void recommend_repeatableCategory_mayRecommendBoughtTea() {
        // u3 as of day 6 with tea repeatable: only A is excluded. S(B) = 0.245791 as above;
        // S(C) = r(A) cos(A,C) = 0.0625 * 0.816497 = 0.051031 (bought A)
        Recommendations r = builder().repeatable("tea").build().recommend("u3", day(6), 2);
        assertItem(r.items().get(0), "B", 0.245791, Reason.BOUGHT, "C");
        assertItem(r.items().get(1), "C", 0.051031, Reason.BOUGHT, "A");
    }

    @Test
    void recommend_excludePurchasedOff_rebuysAllowed() {
        // u3 as of day 6: S(A) = 0.5 * 0.816497 = 0.408248 (bought C), S(B) = 0.245791, S(C) = 0.051031
        Recommendations r = builder().excludePurchased(false).build().recommend("u3", day(6), 3);
        assertThat(r.itemIds()).containsExactly("A", "B", "C");
        assertThat(r.items().get(0).score()).isCloseTo(0.408248, within(EPS));
    }

    @Test
    void recommend_historyLimitOne_onlyTheLatestItemCounts() {
        // u3 as of day 6 with only C: S(B) = 0.5 * 0.408248 = 0.204124
        Recommendations r = builder().historyLimit(1).build().recommend("u3", day(6), 1);
        assertItem(r.items().get(0), "B", 0.204124, Reason.BOUGHT, "C");
    }

    @Test
    void popular_excludesBoughtItems() {
        // u3 bought A and C before day 6: B (3/4), D (1/4)
        Recommendations r = builder().build().popular("u3", day(6), 3);
        assertThat(r.itemIds()).containsExactly("B", "D");
    }

    @Test
    void recommendAll_sameAsOneAtATime() {
        Recommender rec = builder().build();
        int n = 3;
        int[] all = rec.recommendAll(day(6), n);
        for (int c = 0; c < log.customerCount(); c++) {
            List<String> one = rec.recommend(log.customers().id(c), day(6), n).itemIds();
            for (int r = 0; r < n; r++) {
                int code = all[c * n + r];
                assertThat(code < 0 ? null : log.catalog().id(code)).isEqualTo(r < one.size() ? one.get(r) : null);
            }
        }
    }

    @Test
    void recommend_badInput_throws() {
        Recommender rec = builder().build();
        assertThatThrownBy(() -> rec.recommend("u1", day(4), 0)).hasMessage("n must be positive, got 0");
        assertThatThrownBy(() -> builder().repeatable("cake"))
                .hasMessage("repeatable category 'cake' is not a category of the catalogue [coffee, tea]");
        assertThatThrownBy(() -> builder().viewWeight(1.5)).hasMessage("viewWeight must be in [0, 1], got 1.5");
        Interactions other = Interactions.builder(Catalog.of("A", "B")).build();
        assertThatThrownBy(() -> Recommender.builder(index, other))
                .hasMessageContaining("the index's 4 items differ from the history catalogue's 2 items");
    }

    @Test
    void toString_readable() {
        Recommendations r = builder().build().recommend("u3", day(6), 2);
        assertThat(r.toString()).isEqualTo("""
                Recommendations for u3 as of 2026-01-06T00:00:00Z:
                  1. B 0.2458 (because you bought C)
                  2. D 0.2500 (popular)""");
    }

    private static void assertItem(Recommendation r, String item, double score, Reason reason, String basis) {
        assertThat(r.itemId()).isEqualTo(item);
        assertThat(r.score()).isCloseTo(score, within(EPS));
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.basis()).isEqualTo(basis);
    }
}
