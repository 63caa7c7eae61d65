package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** k-means, standardization and silhouettes on hand-made points. */
class KMeansTest {

    private static ClusterFeatures oneDimension(boolean log1p, double... values) {
        String[] ids = new String[values.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "c" + i;
        }
        return ClusterFeatures.of(ids, new String[] {"x"}, new double[][] {values}, log1p);
    }

    /** Three blobs in two dimensions: around (0, 0), (10, 0) and (0, 10), 50 points each. */
    static ClusterFeatures threeBlobs(int perBlob) {
        SplittableRandom r = new SplittableRandom(5);
        int n = 3 * perBlob;
        String[] ids = new String[n];
        double[][] x = new double[2][n];
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        for (int i = 0; i < n; i++) {
            ids[i] = Integer.toString(i);
            x[0][i] = centres[i % 3][0] + r.nextDouble(-1, 1);
            x[1][i] = centres[i % 3][1] + r.nextDouble(-1, 1);
        }
        return ClusterFeatures.of(ids, new String[] {"a", "b"}, x, false);
    }

    @Test
    void standardize_byHand_meanZeroPopulationSdOne() {
        ClusterFeatures f = oneDimension(false, 0, 0, 1, 1, 10, 10, 11, 11);
        // mean 5.5; squared deviations 30.25 x 4 + 20.25 x 4 = 202; population variance 202 / 8 = 25.25
        assertThat(f.mean(0)).isEqualTo(5.5);
        assertThat(f.standardDeviation(0)).isCloseTo(Math.sqrt(25.25), within(1e-15));
        assertThat(f.standardized(0, 0)).isCloseTo(-5.5 / Math.sqrt(25.25), within(1e-15));
        assertThat(f.toOriginal(new double[] {f.standardized(6, 0)})[0]).isCloseTo(11, within(1e-12));
    }

    @Test
    void standardize_constantFeature_zeroEverywhere() {
        ClusterFeatures f = ClusterFeatures.of(new String[] {"a", "b", "c"}, new String[] {"x", "y"},
                new double[][] {{1, 2, 3}, {7, 7, 7}}, false);
        assertThat(f.standardDeviation(1)).isZero();
        assertThat(f.standardized(2, 1)).isZero();
    }

    @Test
    void logRfm_log1pOfEachFeature_thenStandardized() {
        ClusterFeatures f = ClusterFeatures.logRfm(TenCustomers.columns());
        assertThat(f.featureNames()).containsExactly("recencyDays", "orders", "monetary");
        assertThat(f.size()).isEqualTo(10);
        assertThat(f.excludedIds()).containsExactly("11");
        // orders 8, 5, 3, 2, 2, 1, 1, 1, 1, 1: mean of log1p
        double mean = (Math.log(9) + Math.log(6) + Math.log(4) + 2 * Math.log(3) + 5 * Math.log(2)) / 10;
        assertThat(f.mean(1)).isCloseTo(mean, within(1e-12));
        assertThat(f.value(0, 2)).isEqualTo(999.99);
    }

    @Test
    void fit_twoObviousGroups_centroidsSizesAndInertiaByHand() {
        ClusterFeatures f = oneDimension(false, 0, 0, 1, 1, 10, 10, 11, 11);
        Clusters c = KMeans.builder().k(2).seed(3).build().fit(f);
        assertThat(c.sizes()).containsExactly(4, 4);
        // equal sizes: the lower standardized centroid is cluster 0
        assertThat(c.centroid(0)[0]).isCloseTo(0.5, within(1e-12));
        assertThat(c.centroid(1)[0]).isCloseTo(10.5, within(1e-12));
        assertThat(c.mean(1)[0]).isCloseTo(10.5, within(1e-12));
        // every point 0.5 from its centre: 8 x 0.25 / variance 25.25 in standardized units
        assertThat(c.inertia()).isCloseTo(2 / 25.25, within(1e-12));
        assertThat(c.customers(0)).containsExactly("c0", "c1", "c2", "c3");
        assertThat(c.clusterOf("c5")).hasValue(1);
        assertThat(c.clusterOf("nobody")).isEmpty();
        assertThat(c.converged()).isTrue();
    }

    @Test
    void fit_logFeature_centroidIsTheBackTransformedMeanOfLogs() {
        ClusterFeatures f = oneDimension(true, 0, 3, 99, 99);
        Clusters c = KMeans.builder().k(2).build().fit(f);
        // log1p: 0, ln 4, ln 100, ln 100 -> clusters {0, 3} and {99, 99}; the first centre is
        // expm1((0 + ln 4) / 2) = sqrt(4) - 1 = 1, the arithmetic mean is 1.5
        assertThat(c.sizes()).containsExactly(2, 2);
        assertThat(c.centroid(0)[0]).isCloseTo(1, within(1e-12));
        assertThat(c.mean(0)[0]).isEqualTo(1.5);
        assertThat(c.centroid(1)[0]).isCloseTo(99, within(1e-9));
    }

    @Test
    void fit_threeBlobs_recoversThemAndCentroidsAreMemberMeans() {
        ClusterFeatures f = threeBlobs(50);
        Clusters c = KMeans.builder().k(3).seed(11).tolerance(0).build().fit(f);
        assertThat(c.sizes()).containsExactly(50, 50, 50);
        for (int k = 0; k < 3; k++) {
            int first = f.indexOf(c.customers(k).get(0));
            for (String id : c.customers(k)) {
                assertThat(f.indexOf(id) % 3).isEqualTo(first % 3);
            }
            // converged without change: each centroid is the mean of its members (naive sum)
            double[] naive = new double[2];
            for (String id : c.customers(k)) {
                naive[0] += f.standardized(f.indexOf(id), 0) / 50;
                naive[1] += f.standardized(f.indexOf(id), 1) / 50;
            }
            assertThat(c.standardizedCentroid(k)).containsExactly(naive, within(1e-12));
        }
        // every customer is nearest its own centroid
        for (int i = 0; i < f.size(); i++) {
            int own = c.label(i);
            for (int k = 0; k < 3; k++) {
                assertThat(distance(f, i, c.standardizedCentroid(own))).isLessThanOrEqualTo(
                        distance(f, i, c.standardizedCentroid(k)));
            }
        }
    }

    private static double distance(ClusterFeatures f, int row, double[] centre) {
        double s = 0;
        for (int d = 0; d < centre.length; d++) {
            double diff = f.standardized(row, d) - centre[d];
            s += diff * diff;
        }
        return s;
    }

    @Test
    void fit_sameSeed_sameClustersSequentialOrParallelAndOverRestarts() {
        ClusterFeatures f = threeBlobs(20_000);   // several chunks, so the parallel path is taken
        KMeans.Builder b = KMeans.builder().k(5).seed(99).restarts(2);
        Clusters parallel = b.build().fit(f);
        Clusters again = b.build().fit(f);
        Clusters sequential = b.parallel(false).build().fit(f);
        for (Clusters other : new Clusters[] {again, sequential}) {
            assertThat(other.inertia()).isEqualTo(parallel.inertia());
            assertThat(other.iterations()).isEqualTo(parallel.iterations());
            assertThat(other.sizes()).containsExactly(parallel.sizes());
            for (int i = 0; i < f.size(); i += 97) {
                assertThat(other.label(i)).isEqualTo(parallel.label(i));
            }
        }
    }

    @Test
    void fit_fewerDistinctPointsThanK_emptyClusterReportedNotInvented() {
        ClusterFeatures f = oneDimension(false, 1, 1, 1, 5, 5);
        Clusters c = KMeans.builder().k(3).build().fit(f);
        assertThat(c.sizes()).containsExactly(3, 2, 0);
        assertThat(c.mean(2)[0]).isNaN();
        assertThat(c.inertia()).isZero();
    }

    @Test
    void silhouette_fourPointsByHand() {
        // clusters {0, 2} and {10, 14} on a line: s(0) = (12 - 2) / 12, s(2) = (10 - 2) / 10,
        // s(10) = (9 - 4) / 9, s(14) = (13 - 4) / 13
        double[] x = {0, 2, 10, 14};
        int[] labels = {0, 0, 1, 1};
        double expected = (10 / 12.0 + 8 / 10.0 + 5 / 9.0 + 9 / 13.0) / 4;
        assertThat(Silhouette.mean(x, 1, labels, 2, new int[] {0, 1, 2, 3})).isCloseTo(expected, within(1e-15));
        // a point alone in its cluster scores 0: {0, 2} and {10}: s(0) = 10/10 - ... = (10 - 2) / 10,
        // s(2) = (8 - 2) / 8, s(10) = 0
        assertThat(Silhouette.mean(new double[] {0, 2, 10}, 1, new int[] {0, 0, 1}, 2, new int[] {0, 1, 2}))
                .isCloseTo((8 / 10.0 + 6 / 8.0 + 0) / 3, within(1e-15));
        // one cluster only: 0
        assertThat(Silhouette.mean(x, 1, new int[] {0, 0, 0, 0}, 2, new int[] {0, 1, 2, 3})).isZero();
    }

    @Test
    void silhouetteSample_seededWithoutReplacement() {
        int[] a = Silhouette.sample(1000, 50, 7);
        int[] b = Silhouette.sample(1000, 50, 7);
        assertThat(a).hasSize(50).isSorted().doesNotHaveDuplicates().containsExactly(b);
        assertThat(Silhouette.sample(30, 50, 7)).hasSize(30);
    }

    @Test
    void selectK_threeBlobs_choosesThree() {
        KSelection s = KMeans.builder().seed(1).silhouetteSample(60).build().selectK(threeBlobs(50), 2, 6);
        assertThat(s.bestK()).isEqualTo(3);
        assertThat(s.sampleSize()).isEqualTo(60);
        assertThat(s.silhouette(3)).isGreaterThan(s.silhouette(2)).isGreaterThan(s.silhouette(6));
        assertThat(s.inertia(2)).isGreaterThan(s.inertia(3));
        assertThat(s.best().k()).isEqualTo(3);
        assertThat(s.toString()).contains("best k=3").containsPattern("  3 +0\\.\\d{4} +.*<- chosen");
    }

    @Test
    void badInput_rejectedClearly() {
        assertThatThrownBy(() -> KMeans.builder().k(0)).hasMessage("k must be in 1..100000, got 0");
        assertThatThrownBy(() -> KMeans.builder().tolerance(-1)).hasMessageContaining("tolerance must be a finite number >= 0");
        assertThatThrownBy(() -> KMeans.builder().silhouetteSample(1)).hasMessage("silhouetteSample must be in 2..100000, got 1");
        assertThatThrownBy(() -> KMeans.builder().k(5).build().fit(oneDimension(false, 1, 2, 3)))
                .hasMessage("k = 5 clusters need at least 5 customers; the features have 3");
        assertThatThrownBy(() -> KMeans.builder().build().selectK(threeBlobs(5), 1, 3)).hasMessage("kMin must be in 2..100000, got 1");
        assertThatThrownBy(() -> KMeans.builder().build().selectK(threeBlobs(5), 3, 2)).hasMessageContaining("kMax must be in 3..15");
        assertThatThrownBy(() -> ClusterFeatures.of(FiveCustomers.profiles(), true, "orders", "spendings"))
                .hasMessageStartingWith("unknown feature 'spendings'; the features are [totalSpend, netSpend,");
        assertThatThrownBy(() -> ClusterFeatures.of(FiveCustomers.profiles(), true, "orders", "orders"))
                .hasMessage("feature 'orders' is given twice");
        assertThatThrownBy(() -> ClusterFeatures.of(FiveCustomers.profiles(), true))
                .hasMessageStartingWith("at least one feature is needed");
        assertThatThrownBy(() -> oneDimension(true, 3, -1))
                .hasMessage("feature 'x' of customer 'c1' is -1.0; log1p needs values above -1");
        assertThatThrownBy(() -> ClusterFeatures.of(new String[] {"a"}, new String[] {"x"},
                new double[][] {{Double.NaN}}, false)).hasMessage("feature 'x' of customer 'a' must be finite, got NaN");
    }

    @Test
    void of_profiles_customersLackingAFeatureExcluded() {
        ClusterFeatures f = ClusterFeatures.of(FiveCustomers.profiles(), false, "daysSinceLastPurchase", "tenureDays");
        // 4 and 5 never bought: no days since the last purchase; listed in profile order (customers
        // seen only in events come before those known only from customer records)
        assertThat(f.size()).isEqualTo(3);
        assertThat(f.excludedIds()).containsExactly("5", "4");
        assertThat(f.value(f.indexOf("2"), 0)).isEqualTo(151);
        assertThat(f.value(f.indexOf("1"), 1)).isEqualTo(424);
    }

    @Test
    void toString_tableOfSizesAndCentres() {
        Clusters c = KMeans.builder().k(2).seed(3).build().fit(oneDimension(false, 0, 0, 1, 1, 10, 10, 11, 11));
        assertThat(c.toString()).startsWith("Clusters[k=2 over 8 customers x [x] (raw, standardized), inertia 0.07921, ")
                .containsPattern("\\n +0 +4 +50\\.0% +0\\.5\\n")
                .containsPattern("\\n +1 +4 +50\\.0% +10\\.5\\n");
    }
}
