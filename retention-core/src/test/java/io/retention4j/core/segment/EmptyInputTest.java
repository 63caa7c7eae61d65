package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.profile.CustomerProfiles;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every part of the package on an empty population, and on a single customer. */
class EmptyInputTest {
    private static final CustomerProfiles NOBODY = CustomerProfiles.builder()
            .asOf(Instant.parse("2026-01-01T00:00:00Z")).build();

    @Test
    void everyPart_noCustomers_emptyResultsOrAClearException() {
        RfmScores scores = RfmScorer.defaults().score(NOBODY);
        assertThat(scores.size()).isZero();
        SegmentAssignment a = SegmentMap.rfmWithLost().assign(scores);
        assertThat(a.sizes().values()).containsOnly(0);
        assertThat(a.summary("champions").share()).isZero();
        assertThat(a.summary("champions").meanMonetary()).isEmpty();
        RuleSegmentMembership m = RuleSegmentsTest.handSegments().evaluate(NOBODY);
        assertThat(m.sizes().values()).containsOnly(0);
        assertThat(m.unsegmentedCount()).isZero();
        assertThat(CommunityGrouping.byFavouriteCategory().build().apply(NOBODY).size()).isZero();
        ClusterFeatures features = ClusterFeatures.logRfm(NOBODY, MonetaryMeasure.TOTAL_SPEND);
        assertThat(features.size()).isZero();
        assertThat(features.mean(0)).isZero();
        assertThatThrownBy(() -> KMeans.builder().k(2).build().fit(features))
                .hasMessage("k = 2 clusters need at least 2 customers; the features have 0");
    }

    @Test
    void everyPart_singleCustomer() {
        RfmColumns one = RfmColumns.of(new String[] {"x"}, new int[] {3}, new int[] {2}, new double[] {50},
                MonetaryMeasure.TOTAL_SPEND);
        RfmScores scores = RfmScorer.defaults().score(one);
        // breakpoints value + 1: ascending bin 1 -> R 5, F 1, M 1 -> "new customers" in the grid
        assertThat(SegmentMap.recencyFrequencyGrid().assign(scores).segmentOf("x")).hasValue("new customers");
        assertThat(SegmentMap.rfmWithLost().assign(scores).segmentOf("x")).hasValue("new customers");
        Clusters c = KMeans.builder().k(1).build().fit(ClusterFeatures.logRfm(one));
        assertThat(c.sizes()).containsExactly(1);
        assertThat(c.inertia()).isZero();
        assertThat(c.centroid(0)).containsExactly(new double[] {3, 2, 50}, within(1e-12));   // expm1(log1p(v)), rounded
    }
}
