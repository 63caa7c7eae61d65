package io.retention4j.loyalty.personalize;

import static io.retention4j.loyalty.personalize.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSimilarityTest {
    private static final double EPS = 1e-6;

    @Test
    void cosine_minSupportOne_matchesHandCounts() {
        SimilarityIndex index = ItemSimilarity.builder().minSupport(1).build(Fixtures.fourBuyers());
        // cos(A,C) = n(A,C)/sqrt(n(A) n(C)) = 2/sqrt(3*2) = 0.816497; cos(A,B) = 2/sqrt(9) = 0.666667
        assertNeighbours(index, "A", List.of("C", "B"), 0.816497, 0.666667);
        // B: A 0.666667, D 1/sqrt(3*1) = 0.577350, C 1/sqrt(3*2) = 0.408248
        assertNeighbours(index, "B", List.of("A", "D", "C"), 0.666667, 0.577350, 0.408248);
        assertNeighbours(index, "D", List.of("B"), 0.577350);
        assertThat(index.neighbours("A").get(0).support()).isEqualTo(2);
        // u5 only viewed: the co-purchase index counts the 4 buyers
        assertThat(index.customerCount()).isEqualTo(4);
        assertThat(index.itemCustomers(0)).isEqualTo(3);
    }

    @Test
    void cosine_minSupportTwo_dropsPairsBoughtByOneCustomer() {
        SimilarityIndex index = ItemSimilarity.builder().minSupport(2).build(Fixtures.fourBuyers());
        assertNeighbours(index, "A", List.of("C", "B"), 0.816497, 0.666667);
        assertNeighbours(index, "B", List.of("A"), 0.666667);
        assertThat(index.neighbours("D")).isEmpty();
        assertThat(index.pairCount()).isEqualTo(4); // A-B, A-C both ways
    }

    @Test
    void lift_minSupportOne_matchesHandCounts() {
        SimilarityIndex index = ItemSimilarity.builder().measure(SimilarityMeasure.LIFT).minSupport(1)
                .build(Fixtures.fourBuyers());
        // lift(i,j) = n(i,j) N / (n(i) n(j)), N = 4: B-D 1*4/(3*1) = 1.333333, B-A 2*4/9 = 0.888889,
        // B-C 1*4/(3*2) = 0.666667
        assertNeighbours(index, "B", List.of("D", "A", "C"), 1.333333, 0.888889, 0.666667);
        // A-C 2*4/(3*2) = 1.333333
        assertNeighbours(index, "A", List.of("C", "B"), 1.333333, 0.888889);
    }

    @Test
    void neighbours_equalScores_orderedByCatalogueCodeNotId() {
        Catalog reversed = Catalog.of("C", "B", "A");
        Interactions log = Interactions.builder(reversed)
                .add("u1", "A", day(1), InteractionKind.PURCHASE)
                .add("u1", "B", day(1), InteractionKind.PURCHASE)
                .add("u1", "C", day(1), InteractionKind.PURCHASE)
                .build();
        SimilarityIndex index = ItemSimilarity.builder().minSupport(1).build(log);
        // cos(A,B) = cos(A,C) = 1/sqrt(1*1) = 1: C (code 0) before B (code 1)
        assertNeighbours(index, "A", List.of("C", "B"), 1, 1);
    }

    @Test
    void cosine_repeatPurchases_weighByCount() {
        Interactions log = Interactions.builder(Fixtures.abcd())
                .add("u1", "A", day(1), InteractionKind.PURCHASE)
                .add("u1", "A", day(2), InteractionKind.PURCHASE)
                .add("u1", "B", day(2), InteractionKind.PURCHASE)
                .add("u2", "A", day(1), InteractionKind.PURCHASE)
                .add("u2", "B", day(1), InteractionKind.PURCHASE)
                .build();
        // w(u1,A)=2, w(u1,B)=1, w(u2,A)=1, w(u2,B)=1: (2*1 + 1*1) / (sqrt(4+1) sqrt(1+1)) = 3/sqrt(10)
        SimilarityIndex index = ItemSimilarity.builder().build(log);
        assertNeighbours(index, "A", List.of("B"), 3 / Math.sqrt(10));
        assertThat(index.neighbours("A").get(0).support()).isEqualTo(2);
    }

    @Test
    void cosine_halfLife_decaysOldRowsAndIgnoresRowsFromAsOf() {
        Interactions log = Interactions.builder(Fixtures.abcd())
                .add("u1", "A", day(9), InteractionKind.PURCHASE)
                .add("u1", "B", day(8), InteractionKind.PURCHASE)
                .add("u2", "A", day(9), InteractionKind.PURCHASE)
                .add("u2", "B", day(9), InteractionKind.PURCHASE)
                .add("u2", "C", day(10), InteractionKind.PURCHASE) // at asOf: not counted
                .build();
        SimilarityIndex index = ItemSimilarity.builder().asOf(day(10)).halfLife(Duration.ofDays(1)).build(log);
        // weights 2^-(days before day 10): u1 A 0.5, B 0.25; u2 A 0.5, B 0.5
        // cos = (0.5*0.25 + 0.5*0.5) / (sqrt(0.25+0.25) sqrt(0.0625+0.25)) = 0.375/sqrt(0.15625) = 0.948683
        // (without decay it would be 2/sqrt(2*2) = 1)
        assertNeighbours(index, "A", List.of("B"), 0.948683);
        assertThat(index.itemCustomers(2)).isZero();
    }

    @Test
    void coView_countsViewsOnly() {
        Interactions log = Interactions.builder(Fixtures.abcd())
                .add("u1", "A", day(1), InteractionKind.VIEW)
                .add("u1", "D", day(1), InteractionKind.VIEW)
                .add("u1", "B", day(1), InteractionKind.PURCHASE)
                .build();
        SimilarityIndex index = ItemSimilarity.builder().kind(InteractionKind.VIEW).minSupport(1).build(log);
        assertNeighbours(index, "A", List.of("D"), 1);
        assertThat(index.neighbours("B")).isEmpty();
    }

    @Test
    void neighbours_limitedToK() {
        SimilarityIndex index = ItemSimilarity.builder().minSupport(1).neighbours(2).build(Fixtures.fourBuyers());
        assertNeighbours(index, "B", List.of("A", "D"), 0.666667, 0.577350);
        assertThat(index.alsoBought("B", 1)).extracting(Neighbour::itemId).containsExactly("A");
    }

    @Test
    void alsoBought_badInput_throws() {
        SimilarityIndex index = ItemSimilarity.builder().build(Fixtures.fourBuyers());
        assertThatThrownBy(() -> index.alsoBought("Z", 3)).isInstanceOf(UnknownItemException.class)
                .hasMessage("unknown item 'Z': not in the catalogue of 4 items");
        assertThatThrownBy(() -> index.alsoBought("A", 0)).hasMessage("n must be positive, got 0");
    }

    @Test
    void builder_badValues_throwNamingField() {
        assertThatThrownBy(() -> ItemSimilarity.builder().neighbours(0))
                .hasMessage("neighbours must be in 1..10000, got 0");
        assertThatThrownBy(() -> ItemSimilarity.builder().minSupport(0))
                .hasMessage("minSupport must be at least 1, got 0");
        assertThatThrownBy(() -> ItemSimilarity.builder().halfLife(Duration.ZERO))
                .hasMessage("halfLife must be positive, got PT0S");
        assertThatThrownBy(() -> ItemSimilarity.builder().halfLife(Duration.ofDays(1)).build(Fixtures.fourBuyers()))
                .hasMessageContaining("needs asOf");
    }

    @Test
    void toString_readable() {
        assertThat(ItemSimilarity.builder().build(Fixtures.fourBuyers()).toString())
                .isEqualTo("SimilarityIndex[COSINE over PURCHASE, 4 items, k=20, min support 2, 4 pairs, 4 customers]");
    }

    static void assertNeighbours(SimilarityIndex index, String item, List<String> ids, double... scores) {
        List<Neighbour> got = index.neighbours(item);
        assertThat(got).extracting(Neighbour::itemId).containsExactlyElementsOf(ids);
        for (int i = 0; i < scores.length; i++) {
            assertThat(got.get(i).score()).isCloseTo(scores[i], within(EPS));
        }
    }
}
