package io.retention4j.core.experiment;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bucketing functions against the GrowthBook SDK test suite (cases.json, spec version 0.5.4, in
 * the GrowthBook repository at packages/sdk-js/test/cases.json: sections "hash", "getBucketRange",
 * "chooseVariation" and "inNamespace"), and against values computed by hand from the formulas.
 */
class BucketingTest {

    /** cases.json "hash": [seed, value, version, expected]. */
    static Stream<Arguments> growthBookHashCases() {
        return Stream.of(
                Arguments.of("", "a", 1, 0.22),
                Arguments.of("", "b", 1, 0.077),
                Arguments.of("b", "a", 1, 0.946),
                Arguments.of("ef", "d", 1, 0.652),
                Arguments.of("asdf", "8952klfjas09ujk", 1, 0.549),
                Arguments.of("", "123", 1, 0.011),
                Arguments.of("", "___)((*\":&", 1, 0.563),
                Arguments.of("seed", "a", 2, 0.0505),
                Arguments.of("seed", "b", 2, 0.2696),
                Arguments.of("foo", "ab", 2, 0.2575),
                Arguments.of("foo", "def", 2, 0.2019),
                Arguments.of("89123klj", "8952klfjas09ujkasdf", 2, 0.124),
                Arguments.of("90850943850283058242805", "123", 2, 0.7516),
                Arguments.of("()**(%$##$%#$#", "___)((*\":&", 2, 0.0128));
    }

    @ParameterizedTest
    @MethodSource("growthBookHashCases")
    void hash_growthBookCase_matchesPublishedValue(String seed, String value, int version, double expected) {
        assertThat(Bucketing.hash(seed, value, version)).isEqualTo(expected);
        assertThat(ReferenceBucketing.hash(seed, value, version)).isEqualTo(expected);
    }

    @Test
    void hash_unknownVersion_rejectedNamingVersion() {
        // cases.json: ["abc", "def", 99, null]; GrowthBook answers null, we reject
        assertRejects(IllegalArgumentException.class, () -> Bucketing.hash("abc", "def", 99), "hashVersion", "99");
    }

    /*
     * Version 2 by hand for GrowthBook's case hash("seed", "a", 2) = 0.0505:
     *   fnv1a32("seeda") = 717764279
     *   its decimal text "717764279" is the bytes 0x37 0x31 0x37 0x37 0x36 0x34 0x32 0x37 0x39; FNV-1a over them:
     *     0x811c9dc5 ^ 0x37 = 0x811c9df2 -> * prime mod 2^32 = 0x320ca3f6
     *     0x320ca3f6 ^ 0x31 = 0x320ca3c7 -> 0x90e5d245
     *     0x90e5d245 ^ 0x37 = 0x90e5d272 -> 0x8bca4976
     *     0x8bca4976 ^ 0x37 = 0x8bca4941 -> 0x50715153
     *     0x50715153 ^ 0x36 = 0x50715165 -> 0x076321ff
     *     0x076321ff ^ 0x34 = 0x076321cb -> 0x6c0e3291
     *     0x6c0e3291 ^ 0x32 = 0x6c0e32a3 -> 0xbd59b699
     *     0xbd59b699 ^ 0x37 = 0xbd59b6ae -> 0xc23a93ea
     *     0xc23a93ea ^ 0x39 = 0xc23a93d3 -> 0x9536b529 = 2503390505
     *   2503390505 mod 10000 = 505 -> 505 / 10000 = 0.0505
     */
    @Test
    void hash_version2_matchesHandComputedSteps() {
        assertThat(Bucketing.fnv1a32("seeda")).isEqualTo(717_764_279L);
        int[] bytes = {0x37, 0x31, 0x37, 0x37, 0x36, 0x34, 0x32, 0x37, 0x39};
        int[] after = {0x320ca3f6, 0x90e5d245, 0x8bca4976, 0x50715153, 0x076321ff, 0x6c0e3291, 0xbd59b699, 0xc23a93ea,
            0x9536b529};
        long h = 0x811c9dc5L;
        for (int i = 0; i < bytes.length; i++) {
            h = ((h ^ bytes[i]) * 16_777_619L) & 0xffff_ffffL;
            assertThat(h).as("state after byte %d", i).isEqualTo(Integer.toUnsignedLong(after[i]));
        }
        assertThat(Bucketing.fnv1a32("717764279")).isEqualTo(h).isEqualTo(2_503_390_505L);
        assertThat(h % 10_000).isEqualTo(505);
        assertThat(Bucketing.hash("seed", "a", 2)).isEqualTo(0.0505);
    }

    @Test
    void hash_version1_appendsSeedToValue() {
        // version 1 hashes value + seed: GrowthBook's case ("b", "a", 1) is fnv1a32("ab") mod 1000 / 1000
        assertThat(Bucketing.fnv1a32("ab")).isEqualTo(1_294_271_946L);
        assertThat(Bucketing.hash("b", "a", 1)).isEqualTo(0.946);
    }

    @Test
    void hash_nonAsciiValue_hashesUtf8Bytes() {
        String id = "kundé-€-\ud83d\ude00";
        assertThat(Bucketing.hash("s", id, 2)).isEqualTo(ReferenceBucketing.hash("s", id, 2));
        assertThat(Bucketing.hash("s", id, 1)).isEqualTo(ReferenceBucketing.hash("s", id, 1));
    }

    /** cases.json "getBucketRange" with valid input: [numVariations, coverage, weights or null], ranges. */
    static Stream<Arguments> growthBookBucketRangeCases() {
        return Stream.of(
                Arguments.of("normal 50/50", 1.0, equal(2), new double[][] {{0, 0.5}, {0.5, 1}}),
                Arguments.of("reduced coverage", 0.5, equal(2), new double[][] {{0, 0.25}, {0.5, 0.75}}),
                Arguments.of("zero coverage", 0.0, equal(2), new double[][] {{0, 0}, {0.5, 0.5}}),
                Arguments.of("4 variations", 1.0, equal(4), new double[][] {{0, 0.25}, {0.25, 0.5}, {0.5, 0.75}, {0.75, 1}}),
                Arguments.of("uneven weights", 1.0, new double[] {0.4, 0.6}, new double[][] {{0, 0.4}, {0.4, 1}}),
                Arguments.of("uneven weights, 3 variations", 1.0, new double[] {0.2, 0.3, 0.5},
                        new double[][] {{0, 0.2}, {0.2, 0.5}, {0.5, 1}}),
                Arguments.of("uneven weights, reduced coverage, 3 variations", 0.2, new double[] {0.2, 0.3, 0.5},
                        new double[][] {{0, 0.04}, {0.2, 0.26}, {0.5, 0.6}}));
    }

    /** GrowthBook's getEqualWeights(n): n times 1 / n. */
    private static double[] equal(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growthBookBucketRangeCases")
    void bucketRanges_growthBookCase_matchesPublishedRanges(String name, double coverage, double[] weights,
                                                            double[][] expected) {
        List<BucketRange> ranges = Bucketing.bucketRanges(coverage, weights);
        assertThat(ranges).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            // the published values are rounded (0.2 * 0.2 is 0.04000000000000001 in doubles)
            assertThat(ranges.get(i).start()).as("start %d", i).isCloseTo(expected[i][0], within(1e-12));
            assertThat(ranges.get(i).end()).as("end %d", i).isCloseTo(expected[i][1], within(1e-12));
        }
    }

    @Test
    void bucketRanges_cumulativeStarts_areExactDoubleSums() {
        List<BucketRange> ranges = Bucketing.bucketRanges(0.5, 0.1, 0.2, 0.7);
        assertThat(ranges.get(1).start()).isEqualTo(0.1);
        assertThat(ranges.get(2).start()).isEqualTo(0.1 + 0.2);
        assertThat(ranges.get(2).end()).isEqualTo(0.1 + 0.2 + 0.5 * 0.7);
        assertThat(ranges.toString()).isEqualTo("[[0, 0.05), [0.1, 0.2), [0.3, 0.65)]");
    }

    /*
     * cases.json also has getBucketRange cases where GrowthBook silently repairs bad input (negative
     * coverage -> 0, coverage 1.5 -> 1, weights summing to 0.5, 1.3 or 0.9999 -> equal weights or kept
     * within its 0.01 tolerance). This library rejects them instead.
     */
    @Test
    void bucketRanges_negativeCoverage_rejectedNamingCoverageAndRange() {
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(-0.2, 0.5, 0.5),
                "coverage", "-0.2", "0..1");
    }

    @Test
    void bucketRanges_coverageAboveOne_rejectedNamingCoverageAndRange() {
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(1.5, 0.5, 0.5),
                "coverage", "1.5", "0..1");
    }

    @Test
    void bucketRanges_nanCoverage_rejected() {
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(Double.NaN, 1.0), "coverage", "NaN");
    }

    @Test
    void bucketRanges_weightsSumBelowOne_rejectedListingWeights() {
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(1, 0.4, 0.1),
                "weights must sum to 1", "1.0E-9", "0.5", "0.4 + 0.1");
    }

    @Test
    void bucketRanges_weightsSumAboveOne_rejected() {
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(1, 0.7, 0.6),
                "weights must sum to 1", "got 1.2999999999999998 = 0.7 + 0.6");
    }

    @Test
    void bucketRanges_weightsSumAlmostOne_rejectedBeyondTolerance() {
        // GrowthBook accepts 0.9999 (its tolerance is 0.01); ours is 1e-9
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(1, 0.4, 0.5999),
                "weights must sum to 1", "0.9999");
        assertThat(Bucketing.bucketRanges(1, 0.4, 0.6 + 5e-10)).hasSize(2);
    }

    @Test
    void bucketRanges_negativeWeight_rejectedNamingPosition() {
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(1, 1.5, -0.5),
                "weights[0]", "1.5", "0..1");
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(1, 0.5, -0.5, 1.0),
                "weights[1]", "-0.5", "0..1");
    }

    @Test
    void bucketRanges_noWeights_rejected() {
        assertRejects(IllegalArgumentException.class, () -> Bucketing.bucketRanges(1), "weights", "at least one");
    }

    /** cases.json "chooseVariation": [name, n, ranges, expected]. */
    static Stream<Arguments> growthBookChooseVariationCases() {
        double[][] even = {{0, 0.5}, {0.5, 1}};
        double[][] reduced = {{0, 0.25}, {0.5, 0.75}};
        return Stream.of(
                Arguments.of("even range, 0.2", 0.2, even, 0),
                Arguments.of("even range, 0.4", 0.4, even, 0),
                Arguments.of("even range, 0.6", 0.6, even, 1),
                Arguments.of("even range, 0.8", 0.8, even, 1),
                Arguments.of("even range, 0", 0.0, even, 0),
                Arguments.of("even range, 0.5", 0.5, even, 1),
                Arguments.of("reduced range, 0.2", 0.2, reduced, 0),
                Arguments.of("reduced range, 0.4", 0.4, reduced, -1),
                Arguments.of("reduced range, 0.6", 0.6, reduced, 1),
                Arguments.of("reduced range, 0.8", 0.8, reduced, -1),
                Arguments.of("reduced range, 0.25", 0.25, reduced, -1),
                Arguments.of("reduced range, 0.5", 0.5, reduced, 1),
                Arguments.of("zero range", 0.5, new double[][] {{0, 0.5}, {0.5, 0.5}, {0.5, 1}}, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growthBookChooseVariationCases")
    void chooseVariation_growthBookCase_matchesPublishedIndex(String name, double n, double[][] ranges, int expected) {
        List<BucketRange> list = new ArrayList<>();
        for (double[] r : ranges) {
            list.add(new BucketRange(r[0], r[1]));
        }
        assertThat(Bucketing.chooseVariation(n, list)).isEqualTo(expected);
    }

    /** cases.json "inNamespace": [name, id, [namespace, start, end], expected]. */
    static Stream<Arguments> growthBookInNamespaceCases() {
        return Stream.of(
                Arguments.of("1", "namespace1", 0.0, 0.4, false),
                Arguments.of("1", "namespace1", 0.4, 1.0, true),
                Arguments.of("1", "namespace2", 0.0, 0.4, false),
                Arguments.of("1", "namespace2", 0.4, 1.0, true),
                Arguments.of("2", "namespace1", 0.0, 0.4, false),
                Arguments.of("2", "namespace1", 0.4, 1.0, true),
                Arguments.of("2", "namespace2", 0.0, 0.4, false),
                Arguments.of("2", "namespace2", 0.4, 1.0, true),
                Arguments.of("3", "namespace1", 0.0, 0.4, false),
                Arguments.of("3", "namespace1", 0.4, 1.0, true),
                Arguments.of("3", "namespace2", 0.0, 0.4, true),
                Arguments.of("3", "namespace2", 0.4, 1.0, false),
                Arguments.of("4", "namespace1", 0.0, 0.4, false),
                Arguments.of("4", "namespace1", 0.4, 1.0, true),
                Arguments.of("4", "namespace2", 0.0, 0.4, true),
                Arguments.of("4", "namespace2", 0.4, 1.0, false));
    }

    @ParameterizedTest
    @MethodSource("growthBookInNamespaceCases")
    void namespaceContains_growthBookCase_matchesPublishedMembership(String id, String namespace, double start,
                                                                     double end, boolean expected) {
        assertThat(Namespace.of(namespace, start, end).contains(id)).isEqualTo(expected);
        double m = ReferenceBucketing.hash("__" + namespace, id, 1);
        assertThat(start <= m && m < end).isEqualTo(expected);
    }

    @Test
    void bucketRange_invalidBounds_rejected() {
        assertRejects(IllegalArgumentException.class, () -> new BucketRange(0.5, 0.4), "start 0.5", "end 0.4");
        assertRejects(IllegalArgumentException.class, () -> new BucketRange(-0.1, 0.4), "start -0.1");
        assertRejects(IllegalArgumentException.class, () -> new BucketRange(0, Double.NaN), "NaN");
        assertThat(new BucketRange(0.25, 0.5).width()).isEqualTo(0.25);
    }
}
