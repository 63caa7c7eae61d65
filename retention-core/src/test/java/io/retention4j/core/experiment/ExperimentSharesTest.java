package io.retention4j.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The shares of 100,000 synthetic ids ("customer-0" .. "customer-99999") in each variant, against the
 * expected share {@code p = namespace width * coverage * weight}. Tolerance: 5 binomial standard
 * deviations, {@code |count - N p| <= 5 sqrt(N p (1 - p))} (about 1 in 1.7 million for one exact
 * binomial count; the ids are fixed, so the test is deterministic). And the exclusivity of two
 * experiments in disjoint ranges of one namespace.
 */
class ExperimentSharesTest {
    private static final int N = 100_000;
    private static final String[] IDS = new String[N];

    static {
        for (int i = 0; i < N; i++) {
            IDS[i] = "customer-" + i;
        }
    }

    private static void assertShare(int count, double p, String what) {
        double sd = Math.sqrt(N * p * (1 - p));
        assertThat((double) count).as("%s: %d of %d, expected %.1f +- 5 sd (%.1f)", what, count, N, N * p, 5 * sd)
                .isBetween(N * p - 5 * sd, N * p + 5 * sd);
    }

    private static int[] counts(Experiment exp) {
        int[] counts = new int[exp.variants().size() + 2];   // last two: outside coverage, outside namespace
        for (int code : exp.assignAll(IDS)) {
            counts[code >= 0 ? code : exp.variants().size() - code - 1]++;
        }
        return counts;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void assignAll_tenPercentEach_sharesNearCoverageTimesWeight(int version) {
        Experiment exp = Experiment.builder("winback-offer").seed("2026").hashVersion(version).coverage(0.2)
                .variant("A", 0.5).variant("B", 0.5).build();
        int[] c = counts(exp);
        assertShare(c[0], 0.1, "A");
        assertShare(c[1], 0.1, "B");
        assertShare(c[2], 0.8, "outside coverage");
        assertThat(c[3]).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void assignAll_unevenWeightsHoldoutAndNamespace_sharesNearExpected(int version) {
        Experiment exp = Experiment.builder("tiers").hashVersion(version).coverage(0.6).variant("a", 0.2)
                .variant("b", 0.7).holdout("holdout", 0.1).namespace("promo", 0.25, 0.75).build();
        int[] c = counts(exp);
        assertShare(c[0], 0.5 * 0.6 * 0.2, "a");
        assertShare(c[1], 0.5 * 0.6 * 0.7, "b");
        assertShare(c[2], 0.5 * 0.6 * 0.1, "holdout");
        assertShare(c[3], 0.5 * 0.4, "outside coverage");
        assertShare(c[4], 0.5, "outside namespace");
    }

    @Test
    void assign_disjointRangesOfOneNamespace_neverShareACustomer() {
        Experiment first = Experiment.builder("offer-a").variant("control", 0.5).variant("offer", 0.5)
                .namespace("promo", 0, 0.5).build();
        Experiment second = Experiment.builder("offer-b").variant("control", 0.5).variant("offer", 0.5)
                .namespace("promo", 0.5, 1).build();
        assertThat(first.namespace().orElseThrow().excludes(second.namespace().orElseThrow())).isTrue();
        int[] a = first.assignAll(IDS);
        int[] b = second.assignAll(IDS);
        int inFirst = 0;
        for (int i = 0; i < N; i++) {
            boolean inA = a[i] >= 0;
            boolean inB = b[i] >= 0;
            assertThat(inA && inB).as("customer %s in both", IDS[i]).isFalse();
            // the two ranges cover [0, 1) and coverage is 1: everyone is in exactly one
            assertThat(inA ^ inB).as("customer %s in one", IDS[i]).isTrue();
            inFirst += inA ? 1 : 0;
        }
        assertShare(inFirst, 0.5, "first namespace half");
    }

    @Test
    void namespaceExcludes_overlappingOrOtherId_false() {
        assertThat(Namespace.of("promo", 0, 0.5).excludes(Namespace.of("promo", 0.4, 1))).isFalse();
        assertThat(Namespace.of("promo", 0, 0.5).excludes(Namespace.of("other", 0.5, 1))).isFalse();
        assertThat(Namespace.of("promo", 0.5, 1).excludes(Namespace.of("promo", 0, 0.5))).isTrue();
    }
}
