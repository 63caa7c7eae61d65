package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Feedback;
import io.retention4j.core.profile.CustomerProfiles;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** RFM scores of small populations, every expected value counted by hand (see {@link TenCustomers}). */
class RfmScorerTest {

    @Test
    void score_defaults_reproduceTheRfmPackageQuantilePlusOneLowerClosed() {
        RfmScores s = RfmScorer.defaults().score(TenCustomers.columns());
        // breakpoints = quantile + 1: recency 4, 11, 19, 67; orders 2, 2, 3, 4.4; spend 20, 30.15, 63, 157
        assertThat(s.breakpoints(RfmDimension.RECENCY)).containsExactly(4, 11, 19, 67);
        assertThat(s.breakpoints(RfmDimension.FREQUENCY)).containsExactly(2, 2, 3, 4.4);
        assertThat(s.breakpoints(RfmDimension.MONETARY)).containsExactly(new double[] {20, 30.15, 63, 157},
                within(1e-9));
        // recency bins [ ,4) [4,11) [11,19) [19,67) [67, ): days 0,3,3 -> bin 1 -> R 5; 10 x3 -> bin 2 -> R 4;
        //   none in [11,19) -> R 3 empty; 30, 60 -> R 2; 90, 200 -> R 1
        // orders: 1 -> F 1; 2 -> F 3 (2 <= 2, 2); 3 -> F 4; 5, 8 -> F 5; F 2 empty
        // spend: 10.5, 15 -> M 1; 20, 20 -> M 2; 35.25, 50 -> M 3; 80, 120 -> M 4; 300, 999.99 -> M 5
        assertThat(TenCustomers.codes(s)).containsExactly(555, 555, 544, 434, 433, 413, 212, 212, 111, 111, 0);
        assertThat(s.distribution(RfmDimension.RECENCY)).extracting(ScoreBin::customers).containsExactly(2, 2, 0, 3, 3);
        assertThat(s.distribution(RfmDimension.FREQUENCY)).extracting(ScoreBin::customers).containsExactly(5, 0, 2, 1, 2);
        assertThat(s.distribution(RfmDimension.MONETARY)).extracting(ScoreBin::customers).containsExactly(2, 2, 2, 2, 2);
        ScoreBin r4 = s.distribution(RfmDimension.RECENCY).get(3);
        assertThat(r4.min()).isEqualTo(10);
        assertThat(r4.max()).isEqualTo(10);
        assertThat(s.distribution(RfmDimension.RECENCY).get(2).isEmpty()).isTrue();
        assertThat(s.cellCount(5, 5, 5)).isEqualTo(2);
        assertThat(s.cellCount(1, 1, 1)).isEqualTo(2);
        assertThat(s.cellCount(3, 3, 3)).isZero();
    }

    @Test
    void score_offsetZero_quantilesThemselvesAreBreakpointsAndEqualValuesGoUp() {
        RfmScores s = RfmScorer.builder().quantileOffset(0).build().score(TenCustomers.columns());
        assertThat(s.breakpoints(RfmDimension.RECENCY)).containsExactly(3, 10, 18, 66);
        // recency [ ,3) [3,10) [10,18) [18,66) [66, ): 0 -> 5; 3 -> 4; 10 -> 3; 30, 60 -> 2; 90, 200 -> 1
        // orders breakpoints 1, 1, 2, 3.4: 1 -> 3; 2 -> 4; 3 -> 4; 5, 8 -> 5
        // spend 19, 29.15, 62, 156: 10.5, 15 -> 1; 20 -> 2; 35.25, 50 -> 3; 80, 120 -> 4; 300, 999.99 -> 5
        assertThat(TenCustomers.codes(s)).containsExactly(555, 455, 444, 344, 343, 333, 232, 232, 131, 131, 0);
    }

    @Test
    void score_upperClosed_valueOnABreakpointStaysLow() {
        RfmScores s = RfmScorer.builder().quantileOffset(0).intervals(BinIntervals.UPPER_CLOSED).build()
                .score(TenCustomers.columns());
        // bin = 1 + #{b < v}. recency 3, 10, 18, 66: 0, 3 -> 1 -> R 5; 10 -> 2 -> R 4; 30, 60 -> 4 -> R 2; 90, 200 -> R 1
        // orders 1, 1, 2, 3.4: 1 -> 1; 2 -> 3; 3 -> 4; 5, 8 -> 5
        // spend 19, 29.15, 62, 156: 10.5, 15 -> 1; 20 -> 2; 35.25, 50 -> 3; 80, 120 -> 4; 300+ -> 5
        assertThat(TenCustomers.codes(s)).containsExactly(555, 555, 544, 434, 433, 413, 212, 212, 111, 111, 0);
    }

    @Test
    void score_rankBased_equalSizedBinsTiesByCanonicalId() {
        RfmScores s = RfmScorer.builder().tiePolicy(TiePolicy.RANK_BASED).build().score(TenCustomers.columns());
        // 10 customers, 5 scores of 2. Recency, worst first: 10 (200), 9 (90) -> 1; 8, 7 -> 2;
        //   10 days: 4, 5, 6 in id order at positions 4, 5, 6 -> 3, 3, 4; 3 days: 2, 3 at 7, 8 -> 4, 5; 1 -> 5
        // Orders: 1 order: 6, 7, 8, 9, 10 (numerically, not "10" < "6") at 0..4 -> 1, 1, 2, 2, 3;
        //   2 orders: 4, 5 at 5, 6 -> 3, 4; 3 at 7 -> 4; 2 at 8 -> 5; 1 at 9 -> 5
        // Spend: 10 (10.5), 9 (15) -> 1; 20: 7, 8 -> 2, 2; 6 -> 3; 5 -> 3; 4 -> 4; 3 -> 4; 2, 1 -> 5
        assertThat(TenCustomers.codes(s)).containsExactly(555, 455, 544, 334, 343, 413, 212, 222, 121, 131, 0);
        for (RfmDimension d : RfmDimension.values()) {
            assertThat(s.distribution(d)).extracting(ScoreBin::customers).containsExactly(2, 2, 2, 2, 2);
            assertThat(s.breakpoints(d)).isEmpty();
        }
    }

    @Test
    void score_rankBasedUnevenCount_largerBinsFirst() {
        // 7 customers, 5 scores: 7 = 5 + 2 -> sizes 2, 2, 1, 1, 1 (dplyr ntile / SQL NTILE)
        String[] ids = {"a", "b", "c", "d", "e", "f", "g"};
        int[] days = {1, 2, 3, 4, 5, 6, 7};
        int[] orders = {1, 2, 3, 4, 5, 6, 7};
        double[] spend = {1, 2, 3, 4, 5, 6, 7};
        RfmScores s = RfmScorer.builder().tiePolicy(TiePolicy.RANK_BASED).build()
                .score(RfmColumns.of(ids, days, orders, spend, MonetaryMeasure.TOTAL_SPEND));
        assertThat(s.distribution(RfmDimension.FREQUENCY)).extracting(ScoreBin::customers).containsExactly(2, 2, 1, 1, 1);
        // recency: most days first: g, f -> 1; e, d -> 2; c -> 3; b -> 4; a -> 5
        assertThat(s.get("g").recency()).isEqualTo(1);
        assertThat(s.get("d").recency()).isEqualTo(2);
        assertThat(s.get("a").recency()).isEqualTo(5);
        assertThat(s.get("c").frequency()).isEqualTo(2);
        assertThat(s.get("e").frequency()).isEqualTo(3);
    }

    @Test
    void score_allEqualPopulation_valueBasedSharesOneScoreRankBasedSplitsById() {
        String[] ids = {"7", "3", "5", "1", "6", "2", "4"};
        int[] days = {9, 9, 9, 9, 9, 9, 9};
        int[] orders = {2, 2, 2, 2, 2, 2, 2};
        double[] spend = {40, 40, 40, 40, 40, 40, 40};
        RfmColumns c = RfmColumns.of(ids, days, orders, spend, MonetaryMeasure.TOTAL_SPEND);
        // every quantile is the common value v; breakpoints v + 1 -> everyone in ascending bin 1: R 5, F 1, M 1
        RfmScores value = RfmScorer.defaults().score(c);
        for (String id : ids) {
            assertThat(value.get(id).code()).isEqualTo(511);
        }
        assertThat(value.breakpoints(RfmDimension.MONETARY)).containsExactly(41, 41, 41, 41);
        // offset 0, lower-closed: v <= every breakpoint -> bin 5: R 1, F 5, M 5
        RfmScores plain = RfmScorer.builder().quantileOffset(0).build().score(c);
        assertThat(plain.get("4").code()).isEqualTo(155);
        // rank-based: ids 1..7 in order, sizes 2, 2, 1, 1, 1 -> 1, 2 -> 1; 3, 4 -> 2; 5 -> 3; 6 -> 4; 7 -> 5
        RfmScores rank = RfmScorer.builder().tiePolicy(TiePolicy.RANK_BASED).build().score(c);
        assertThat(rank.get("1").code()).isEqualTo(111);
        assertThat(rank.get("2").code()).isEqualTo(111);
        assertThat(rank.get("4").code()).isEqualTo(222);
        assertThat(rank.get("5").code()).isEqualTo(333);
        assertThat(rank.get("7").code()).isEqualTo(555);
    }

    @Test
    void score_singleCustomer_defaultNewCustomerCellRankBasedFirstScore() {
        RfmColumns one = RfmColumns.of(new String[] {"only"}, new int[] {12}, new int[] {3}, new double[] {99.5},
                MonetaryMeasure.TOTAL_SPEND);
        assertThat(RfmScorer.defaults().score(one).get("only")).isEqualTo(new RfmScore("only", 5, 1, 1));
        assertThat(RfmScorer.builder().tiePolicy(TiePolicy.RANK_BASED).build().score(one).get("only").code())
                .isEqualTo(111);
    }

    @Test
    void score_emptyPopulation_noBreakpointsNoScores() {
        RfmScores s = RfmScorer.defaults().score(RfmColumns.of(new String[0], new int[0], new int[0], new double[0],
                MonetaryMeasure.TOTAL_SPEND));
        assertThat(s.size()).isZero();
        assertThat(s.scoredCount()).isZero();
        assertThat(s.breakpoints(RfmDimension.RECENCY)).isEmpty();
        assertThat(s.distribution(RfmDimension.MONETARY)).extracting(ScoreBin::customers).containsOnly(0);
        assertThat(s.distribution(RfmDimension.MONETARY).get(0).min()).isNaN();
        assertThat(s.toString()).contains("0 of 0 customers scored");
    }

    @Test
    void score_neverPurchased_excludedCountedAndUnscored() {
        RfmScores s = RfmScorer.defaults().score(TenCustomers.columns());
        assertThat(s.size()).isEqualTo(11);
        assertThat(s.scoredCount()).isEqualTo(10);
        assertThat(s.excludedCount()).isEqualTo(1);
        assertThat(s.excludedIds()).containsExactly("11");
        int i = s.indexOf("11");
        assertThat(s.isScored(i)).isFalse();
        assertThat(s.recencyScore(i)).isZero();
        assertThat(s.find("11")).isEmpty();
        assertThat(s.find("unknown")).isEmpty();
        assertThatThrownBy(() -> s.get("11")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("never purchased");
        assertThatThrownBy(() -> s.get("unknown")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no customer 'unknown'");
    }

    @Test
    void score_explicitBreakpoints_replaceQuantilesOfThatDimensionOnly() {
        RfmScorer scorer = RfmScorer.builder().tiePolicy(TiePolicy.RANK_BASED)
                .breakpoints(RfmDimension.FREQUENCY, 2, 3, 5, 8)
                .breakpoints(RfmDimension.RECENCY, 7, 30, 90, 180)
                .build();
        RfmScores s = scorer.score(TenCustomers.columns());
        // orders vs [ ,2) [2,3) [3,5) [5,8) [8, ): 8 -> 5; 5 -> 4; 3 -> 3; 2 -> 2; 1 -> 1
        assertThat(s.get("1").frequency()).isEqualTo(5);
        assertThat(s.get("2").frequency()).isEqualTo(4);
        assertThat(s.get("3").frequency()).isEqualTo(3);
        assertThat(s.get("4").frequency()).isEqualTo(2);
        assertThat(s.get("6").frequency()).isEqualTo(1);
        // days vs [ ,7) [7,30) [30,90) [90,180) [180, ): 0, 3 -> R 5; 10 -> 4; 30, 60 -> 3; 90 -> 2; 200 -> 1
        assertThat(s.get("1").recency()).isEqualTo(5);
        assertThat(s.get("4").recency()).isEqualTo(4);
        assertThat(s.get("7").recency()).isEqualTo(3);
        assertThat(s.get("9").recency()).isEqualTo(2);
        assertThat(s.get("10").recency()).isEqualTo(1);
        assertThat(s.breakpoints(RfmDimension.FREQUENCY)).containsExactly(2, 3, 5, 8);
        // monetary stays rank-based
        assertThat(s.breakpoints(RfmDimension.MONETARY)).isEmpty();
        assertThat(s.distribution(RfmDimension.MONETARY)).extracting(ScoreBin::customers).containsExactly(2, 2, 2, 2, 2);
    }

    @Test
    void score_threeBins_tertilesByHand() {
        // N = 10, bins 3: positions 9k/3 = 3, 6 exactly -> x3, x6. orders sorted 1 1 1 1 1 2 2 3 5 8 -> 1, 2;
        // + 1 -> 2, 3: 1 -> F 1; 2 -> F 2; 3, 5, 8 -> F 3
        RfmScores s = RfmScorer.builder().bins(3).build().score(TenCustomers.columns());
        assertThat(s.breakpoints(RfmDimension.FREQUENCY)).containsExactly(2, 3);
        assertThat(s.distribution(RfmDimension.FREQUENCY)).extracting(ScoreBin::customers).containsExactly(5, 2, 3);
    }

    @Test
    void score_profiles_averageOrderValueAndNonPurchasersExcluded() {
        Instant asOf = Instant.parse("2026-03-01T00:00:00Z");
        TransactionLog log = TransactionLog.builder()
                .add("a", Instant.parse("2026-02-28T10:00:00Z"), 30)
                .add("a", Instant.parse("2026-02-20T10:00:00Z"), 10)
                .add("b", Instant.parse("2026-01-30T10:00:00Z"), 100)
                .add("b", Instant.parse("2026-02-10T10:00:00Z"), -20)      // a refund is not an order
                .build();
        CustomerProfiles profiles = CustomerProfiles.builder().transactions(log)
                .feedback(List.of(Feedback.of("c", Instant.parse("2026-02-01T00:00:00Z"), 9)))
                .asOf(asOf).build();
        RfmColumns aov = RfmColumns.from(profiles, MonetaryMeasure.AVERAGE_ORDER_VALUE);
        // a: last purchase Feb 28 -> 1 day, 2 orders, (30 + 10) / 2 = 20; b: Jan 30 -> 30 days, 1 order, 100
        assertThat(aov.recencyDays(aov.ids().indexOf("a"))).isEqualTo(1);
        assertThat(aov.recencyDays(aov.ids().indexOf("b"))).isEqualTo(30);
        assertThat(aov.orders(aov.ids().indexOf("b"))).isEqualTo(1);
        assertThat(aov.monetary(aov.ids().indexOf("a"))).isEqualTo(20);
        assertThat(aov.hasPurchased(aov.ids().indexOf("c"))).isFalse();
        RfmScores s = RfmScorer.builder().monetary(MonetaryMeasure.AVERAGE_ORDER_VALUE).build().score(profiles);
        assertThat(s.columns().measure()).isEqualTo(MonetaryMeasure.AVERAGE_ORDER_VALUE);
        assertThat(s.excludedIds()).containsExactly("c");
        // two values: quantiles x1 + k/5 (x2 - x1); monetary 20 + 16 k -> 36, 52, 68, 84 (+1): 20 -> M 1, 100 -> M 5
        assertThat(s.get("a").monetary()).isEqualTo(1);
        assertThat(s.get("b").monetary()).isEqualTo(5);
        assertThat(s.toString()).contains("monetary (average order value)");
    }

    @Test
    void builder_badValues_rejectedWithTheAllowedRange() {
        assertThatThrownBy(() -> RfmScorer.builder().bins(1)).hasMessage("bins must be in 2..9, got 1");
        assertThatThrownBy(() -> RfmScorer.builder().bins(10)).hasMessage("bins must be in 2..9, got 10");
        assertThatThrownBy(() -> RfmScorer.builder().quantileOffset(Double.NaN))
                .hasMessageContaining("quantileOffset must be a finite number");
        assertThatThrownBy(() -> RfmScorer.builder().breakpoints(RfmDimension.MONETARY, 10, 20, 20, 30))
                .hasMessageContaining("monetary breakpoints must be strictly increasing, got 20.0 then 20.0 at index 2");
        assertThatThrownBy(() -> RfmScorer.builder().breakpoints(RfmDimension.RECENCY, 30, 10, 20, 40))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> RfmScorer.builder().breakpoints(RfmDimension.FREQUENCY, 1, 2, 3).build())
                .hasMessage("frequency has 3 explicit breakpoints; 5 scores need 4");
        assertThatThrownBy(() -> RfmScorer.builder().breakpoints(RfmDimension.FREQUENCY, 1, Double.POSITIVE_INFINITY))
                .hasMessageContaining("must be a finite number");
    }

    @Test
    void columns_badValues_rejectedNamingCustomerAndColumn() {
        assertThatThrownBy(() -> RfmColumns.of(new String[] {"a", "b"}, new int[] {1, -4}, new int[] {1, 2},
                new double[] {1, 2}, MonetaryMeasure.TOTAL_SPEND))
                .hasMessage("recencyDays[1] must be >= 0 (days since the last purchase), got -4 for customer 'b'");
        assertThatThrownBy(() -> RfmColumns.of(new String[] {"a"}, new int[] {1}, new int[] {-1},
                new double[] {1}, MonetaryMeasure.TOTAL_SPEND))
                .hasMessage("orders[0] must be >= 0, got -1 for customer 'a'");
        assertThatThrownBy(() -> RfmColumns.of(new String[] {"a"}, new int[] {1}, new int[] {1},
                new double[] {Double.NaN}, MonetaryMeasure.TOTAL_SPEND))
                .hasMessage("monetary[0] must be finite, got NaN for customer 'a'");
        assertThatThrownBy(() -> RfmColumns.of(new String[] {"a", "a"}, new int[] {1, 1}, new int[] {1, 1},
                new double[] {1, 1}, MonetaryMeasure.TOTAL_SPEND))
                .hasMessageContaining("'a' appears twice");
        assertThatThrownBy(() -> RfmColumns.of(new String[] {"a"}, new int[] {1, 2}, new int[] {1},
                new double[] {1}, MonetaryMeasure.TOTAL_SPEND))
                .hasMessageContaining("column lengths differ");
        // a customer who never purchased may carry any recency: it is ignored
        RfmColumns c = RfmColumns.of(new String[] {"a"}, new int[] {-1}, new int[] {0}, new double[] {Double.NaN},
                MonetaryMeasure.TOTAL_SPEND);
        assertThat(c.purchasers()).isZero();
    }

    @Test
    void toString_listsBreakpointsAndDistribution() {
        String text = RfmScorer.defaults().score(TenCustomers.columns()).toString();
        assertThat(text).startsWith("RfmScores[10 of 11 customers scored 1..5, 1 never purchased; "
                + "RfmScorer[5 scores, VALUE_BASED, [lower, upper), quantile + 1, monetary total_spend]]");
        assertThat(text).contains("recency (days since last purchase), breakpoints 4 11 19 67");
        assertThat(text).contains("score 3:         0 customers\n");
        assertThat(text).contains("monetary (total spend), breakpoints 20 30.15 63 157");
        assertThat(text).contains("score 5:         2 customers, values 300 .. 999.99");
    }
}
