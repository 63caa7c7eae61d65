package io.retention4j.core.experiment;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.IdDictionary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Experiments against GrowthBook's published end-to-end cases (cases.json, spec version 0.5.4,
 * sections "run", "feature" and "stickyBucket": the variation and bucket of a user id), the face,
 * holdouts, exposures and every kind of bad input.
 */
class ExperimentTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    /** A GrowthBook experiment without hashVersion: version 1, seed = key, equal weights unless given. */
    private static Experiment growthBookV1(String key, double coverage, double... weights) {
        Experiment.Builder b = Experiment.builder(key).hashVersion(1).coverage(coverage);
        for (int i = 0; i < weights.length; i++) {
            b.variant(Integer.toString(i), weights[i]);
        }
        return b.build();
    }

    /**
     * cases.json "run": experiment "my-test" (hash version 1) for ids "1".."9"; -1 where GrowthBook
     * reports inExperiment false (coverage 0.4).
     */
    static Stream<Arguments> growthBookRunCases() {
        return Stream.of(
                Arguments.of("default weights", 1.0, new double[] {0.5, 0.5}, new int[] {1, 0, 0, 1, 1, 1, 0, 1, 0}),
                Arguments.of("uneven weights", 1.0, new double[] {0.1, 0.9}, new int[] {1, 1, 0, 1, 1, 1, 0, 1, 1}),
                Arguments.of("coverage", 0.4, new double[] {0.5, 0.5}, new int[] {-1, 0, 0, -1, 1, -1, 0, 1, -1}),
                Arguments.of("three way test", 1.0, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
                        new int[] {2, 0, 0, 2, 1, 2, 0, 1, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growthBookRunCases")
    void assign_growthBookRunCases_matchPublishedVariations(String name, double coverage, double[] weights,
                                                            int[] expected) {
        Experiment exp = growthBookV1("my-test", coverage, weights);
        for (int id = 1; id <= 9; id++) {
            Assignment a = exp.assign(Integer.toString(id));
            assertThat(a.index()).as("id %d", id).isEqualTo(expected[id - 1]);
            assertThat(a.isInExperiment()).isEqualTo(expected[id - 1] >= 0);
            assertThat(a.status()).isEqualTo(expected[id - 1] >= 0 ? AssignmentStatus.IN_VARIANT
                    : AssignmentStatus.OUTSIDE_COVERAGE);
        }
    }

    @Test
    void assign_growthBookTestNameCases_keyIsTheSeed() {
        // "test name - my-test" -> 1, "test name - my-test-3" -> 0, both for id "1"
        assertThat(growthBookV1("my-test", 1, 0.5, 0.5).variantIndex("1")).isEqualTo(1);
        assertThat(growthBookV1("my-test-3", 1, 0.5, 0.5).variantIndex("1")).isEqualTo(0);
    }

    @Test
    void assign_growthBookNamespaceCases_passAndFail() {
        // "Experiment namespace - pass": ["namespace", 0.1, 1] -> variation 1; "- fail": [.., 0, 0.1] -> not in
        Experiment pass = Experiment.builder("my-test").hashVersion(1).variant("0", 0.5).variant("1", 0.5)
                .namespace("namespace", 0.1, 1).build();
        Experiment fail = Experiment.builder("my-test").hashVersion(1).variant("0", 0.5).variant("1", 0.5)
                .namespace("namespace", 0, 0.1).build();
        assertThat(pass.assign("1").index()).isEqualTo(1);
        assertThat(fail.assign("1").status()).isEqualTo(AssignmentStatus.OUTSIDE_NAMESPACE);
        assertThat(fail.assign("1").index()).isEqualTo(Experiment.OUTSIDE_NAMESPACE);
        assertThat(fail.inNamespace("1")).isFalse();
    }

    @Test
    void assign_growthBookZeroCoverageCase_outside() {
        // "Experiment coverage - Works when 0"
        assertThat(growthBookV1("no-coverage", 0, 0.5, 0.5).assign("1").status())
                .isEqualTo(AssignmentStatus.OUTSIDE_COVERAGE);
    }

    @Test
    void assign_growthBookSeedAndVersion2Cases_variationOne() {
        // "Uses seed and hash version", "Uses seed with default weights/coverage", "... with weights/coverage" (0.99)
        for (double coverage : new double[] {1, 0.99}) {
            Experiment exp = Experiment.builder("key").seed("foo").hashVersion(2).coverage(coverage)
                    .variant("0", 0.5).variant("1", 0.5).build();
            assertThat(exp.variantIndex("1")).isEqualTo(1);
        }
    }

    @Test
    void assign_growthBookFeatureCases_matchPublishedVariationAndBucket() {
        // "empty experiment rule - a/b/c": experiment "feature", variations a, b, c, hash version 1
        Experiment abc = Experiment.builder("feature").hashVersion(1).variant("a", 1.0 / 3).variant("b", 1.0 / 3)
                .variant("c", 1.0 / 3).build();
        assertThat(abc.assign("123")).extracting(Assignment::variant, Assignment::bucket).containsExactly("c", 0.863);
        assertThat(abc.assign("456")).extracting(Assignment::variant, Assignment::bucket).containsExactly("a", 0.178);
        assertThat(abc.assign("fds")).extracting(Assignment::variant, Assignment::bucket).containsExactly("b", 0.514);
        // "use fallbackAttribute when missing hashAttribute": four variations, id "123" -> 3, bucket 0.863
        Experiment four = growthBookV1("feature", 1, 0.25, 0.25, 0.25, 0.25);
        assertThat(four.assign("123")).extracting(Assignment::index, Assignment::bucket).containsExactly(3, 0.863);
    }

    @Test
    void assign_growthBookStickyBucketCases_matchPublishedBucketWithoutStickiness() {
        // "performs evaluation without sticky bucket" (d123 -> red, 0.6468) and the bucket version reset (i123 -> blue, 0.9943)
        Experiment exp = Experiment.builder("feature-exp").seed("feature-exp").hashVersion(2)
                .variant("control", 0.3334).variant("red", 0.3333).variant("blue", 0.3333).build();
        assertThat(exp.assign("d123")).extracting(Assignment::variant, Assignment::bucket).containsExactly("red", 0.6468);
        assertThat(exp.assign("i123")).extracting(Assignment::variant, Assignment::bucket)
                .containsExactly("blue", 0.9943);
    }

    @Test
    void builder_issueExample_assignsAndPrints() {
        Experiment exp = Experiment.builder("winback-offer").seed("2026").coverage(0.2).variant("control", 0.5)
                .variant("offer", 0.5).namespace("promo", 0.0, 0.5).build();
        assertThat(exp.key()).isEqualTo("winback-offer");
        assertThat(exp.seed()).isEqualTo("2026");
        assertThat(exp.coverage()).isEqualTo(0.2);
        assertThat(exp.hashVersion()).isEqualTo(2);
        assertThat(exp.namespace()).contains(Namespace.of("promo", 0, 0.5));
        assertThat(exp.holdoutIndex()).isEmpty();
        assertThat(exp.ranges()).containsExactly(new BucketRange(0, 0.1), new BucketRange(0.5, 0.6));
        assertThat(exp).hasToString("Experiment[winback-offer, seed '2026', hash v2, coverage 0.2, namespace promo"
                + " [0, 0.5): control 0.5 [0, 0.1), offer 0.5 [0.5, 0.6)]");

        Assignment a = exp.assign("customer-42");
        int expected = ReferenceBucketing.variantIndex("customer-42", "2026", 2, 0.2, List.of(0.5, 0.5),
                "promo", 0, 0.5);
        assertThat(a.index()).isEqualTo(expected);
        assertThat(a.bucket()).isEqualTo(ReferenceBucketing.hash("2026", "customer-42", 2));
        assertThat(exp.variantIndex("customer-42")).isEqualTo(expected);
    }

    @Test
    void assign_sameInputsInTwoExperimentObjects_giveTheSameVariants() {
        Experiment one = Experiment.builder("k").variant("a", 0.3).variant("b", 0.7).build();
        Experiment two = Experiment.builder("k").variant("a", 0.3).variant("b", 0.7).build();
        for (int i = 0; i < 1000; i++) {
            String id = "c" + i;
            assertThat(two.assign(id)).isEqualTo(one.assign(id)).isEqualTo(one.assign(id));
        }
    }

    @Test
    void assign_pinnedValues_neverChange() {
        // computed once from the formula with the byte-array reference; a change here breaks every running experiment
        Experiment exp = Experiment.builder("winback-offer").seed("2026").variant("control", 0.5)
                .variant("offer", 0.5).build();
        for (String id : new String[] {"customer-1", "customer-2", "customer-42", "kundé-7"}) {
            assertThat(exp.bucket(id)).as(id).isEqualTo(ReferenceBucketing.hash("2026", id, 2));
        }
        assertThat(Bucketing.hash("2026", "customer-42", 2)).isEqualTo(exp.bucket("customer-42"));
    }

    @Test
    void assign_seedDefaultsToKey() {
        Experiment implicit = Experiment.builder("spring-promo").variant("a", 1).build();
        assertThat(implicit.seed()).isEqualTo("spring-promo");
        assertThat(implicit.bucket("c1")).isEqualTo(Bucketing.hash("spring-promo", "c1", 2));
        assertThat(implicit).hasToString("Experiment[spring-promo, hash v2, coverage 1: a 1 [0, 1)]");
    }

    @Test
    void assign_holdout_statusHoldoutWithItsIndexAndName() {
        Experiment exp = Experiment.builder("offer-test").variant("a", 0.45).variant("b", 0.45).holdout("holdout", 0.1)
                .build();
        assertThat(exp.holdoutIndex()).hasValue(2);
        assertThat(exp.statusOf(2)).isEqualTo(AssignmentStatus.HOLDOUT);
        assertThat(exp.statusOf(0)).isEqualTo(AssignmentStatus.IN_VARIANT);
        String holdoutId = null;
        for (int i = 0; holdoutId == null; i++) {
            if (exp.variantIndex("c" + i) == 2) {
                holdoutId = "c" + i;
            }
        }
        Assignment a = exp.assign(holdoutId);
        assertThat(a.status()).isEqualTo(AssignmentStatus.HOLDOUT);
        assertThat(a.isHoldout()).isTrue();
        assertThat(a.isInExperiment()).isTrue();
        assertThat(a.variant()).isEqualTo("holdout");
        assertThat(a.toString()).startsWith(holdoutId + " in offer-test: holdout 'holdout' (2), gets nothing, bucket ");
        assertThat(exp.toString()).contains("holdout 0.1 (holdout) [0.9, 1)");
    }

    @Test
    void assign_tenPercentEach_isCoverageTwentyPercentWithHalfWeights() {
        Experiment exp = Experiment.builder("ab").coverage(0.2).variant("A", 0.5).variant("B", 0.5).build();
        assertThat(exp.ranges()).containsExactly(new BucketRange(0, 0.1), new BucketRange(0.5, 0.6));
        Assignment outside = null;
        for (int i = 0; outside == null; i++) {
            Assignment a = exp.assign("c" + i);
            outside = a.isInExperiment() ? null : a;
        }
        assertThat(outside.index()).isEqualTo(Experiment.OUTSIDE_COVERAGE);
        assertThat(outside.variant()).isNull();
        assertThat(outside.toString()).contains(" in ab: outside coverage, bucket ");
    }

    @Test
    void expose_instantOrClock_recordsTheGivenInstant() {
        Experiment exp = Experiment.builder("winback-offer").coverage(0.5).variant("control", 0.5)
                .variant("offer", 0.5).build();
        Exposure e = exp.expose("customer-42", AT);
        Assignment a = exp.assign("customer-42");
        assertThat(e).isEqualTo(Exposure.of(a, AT));
        assertThat(e.at()).isEqualTo(AT);
        assertThat(e.experimentKey()).isEqualTo("winback-offer");
        assertThat(e.customerId()).isEqualTo("customer-42");
        assertThat(e.index()).isEqualTo(a.index());
        assertThat(e.variant()).isEqualTo(a.variant());
        assertThat(e.status()).isEqualTo(a.status());
        assertThat(e.isInExperiment()).isEqualTo(a.isInExperiment());
        assertThat(exp.expose("customer-42", Clock.fixed(AT, ZoneOffset.UTC))).isEqualTo(e);
        assertThat(e.toString()).startsWith("2026-03-01T10:00:00Z customer-42 in winback-offer: ");
    }

    @Test
    void expose_outsideCustomer_isRecordedWithItsStatus() {
        Experiment exp = Experiment.builder("x").variant("a", 1).namespace("ns", 0, 0.01).build();
        String outside = "c0";
        for (int i = 0; exp.inNamespace(outside); i++) {
            outside = "c" + i;
        }
        Exposure e = exp.expose(outside, AT);
        assertThat(e.status()).isEqualTo(AssignmentStatus.OUTSIDE_NAMESPACE);
        assertThat(e.index()).isEqualTo(-2);
        assertThat(e.variant()).isNull();
        assertThat(e).hasToString("2026-03-01T10:00:00Z " + outside + " in x: outside namespace");
    }

    @Test
    void assignAll_arrayAndDictionary_equalSingleAssignments() {
        Experiment exp = Experiment.builder("bulk").coverage(0.6).variant("a", 0.25).variant("b", 0.75)
                .namespace("n", 0.2, 0.9).build();
        String[] ids = new String[500];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "id-" + i;
        }
        int[] codes = exp.assignAll(ids);
        IdDictionary dictionary = IdDictionary.of(ids);
        int[] byCode = exp.assignAll(dictionary);
        for (int i = 0; i < ids.length; i++) {
            assertThat(codes[i]).isEqualTo(exp.assign(ids[i]).index());
            assertThat(byCode[dictionary.indexOf(ids[i])]).isEqualTo(codes[i]);
        }
        assertThat(Arrays.stream(codes).distinct().sorted().toArray()).containsExactly(-2, -1, 0, 1);
        int[] longer = new int[ids.length + 3];
        Arrays.fill(longer, 99);
        exp.assignAll(ids, longer);
        assertThat(Arrays.copyOf(longer, ids.length)).isEqualTo(codes);
        assertThat(longer[ids.length]).isEqualTo(99);
    }

    // ---- bad input ----

    @Test
    void build_weightsNotSummingToOne_rejectedListingEachVariant() {
        assertRejects(IllegalArgumentException.class,
                () -> Experiment.builder("exp").variant("control", 0.5).variant("offer", 0.4).build(),
                "weights of experiment 'exp' must sum to 1", "within 1.0E-9", "got 0.9", "control 0.5 + offer 0.4");
    }

    @Test
    void variant_negativeWeight_rejectedNamingVariantAndValue() {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").variant("a", -0.1),
                "weight of variant 'a'", "-0.1", "0..1");
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").variant("a", Double.NaN),
                "weight of variant 'a'", "NaN");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void coverage_outsideZeroToOne_rejectedNamingValueAndRange(double coverage) {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").coverage(coverage),
                "coverage", String.valueOf(coverage), "0..1");
    }

    @Test
    void build_noVariants_rejectedNamingExperiment() {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").build(),
                "experiment 'exp' needs at least one variant");
    }

    @Test
    void variant_duplicateName_rejectedNamingName() {
        assertRejects(IllegalArgumentException.class,
                () -> Experiment.builder("exp").variant("a", 0.5).holdout("a", 0.5),
                "duplicate variant name 'a'", "experiment 'exp'", "[a]");
    }

    @Test
    void holdout_second_rejectedNamingBoth() {
        assertRejects(IllegalArgumentException.class,
                () -> Experiment.builder("exp").holdout("h1", 0.1).holdout("h2", 0.1), "'h1'", "'h2'", "holdout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void builder_blankKey_rejectedNamingField(String key) {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder(key), "key", "blank", "'" + key + "'");
    }

    @Test
    void builder_nullKey_rejected() {
        assertRejects(NullPointerException.class, () -> Experiment.builder(null), "key");
    }

    @Test
    void variant_blankName_rejected() {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").variant(" ", 1),
                "variant name", "blank");
    }

    @Test
    void seed_blankOrUnpairedSurrogate_rejected() {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").seed(""), "seed", "blank");
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").seed("ab\ud800"),
                "seed", "unpaired surrogate", "U+D800", "index 2");
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("k\udc00"), "key", "U+DC00");
    }

    @Test
    void hashVersion_notOneOrTwo_rejectedNamingValue() {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").hashVersion(3),
                "hashVersion", "1 or 2", "3");
    }

    @Test
    void namespace_startNotBelowEnd_rejectedNamingNamespaceAndRange() {
        assertRejects(IllegalArgumentException.class, () -> Experiment.builder("exp").namespace("promo", 0.5, 0.5),
                "namespace 'promo'", "0 <= start < end <= 1", "start 0.5, end 0.5");
        assertRejects(IllegalArgumentException.class, () -> Namespace.of("promo", 0.6, 0.5), "start 0.6, end 0.5");
    }

    @Test
    void namespace_outsideZeroToOne_rejected() {
        assertRejects(IllegalArgumentException.class, () -> Namespace.of("promo", -0.1, 0.5), "start -0.1");
        assertRejects(IllegalArgumentException.class, () -> Namespace.of("promo", 0.5, 1.1), "end 1.1");
        assertRejects(IllegalArgumentException.class, () -> Namespace.of("promo", Double.NaN, 0.5), "start NaN");
        assertRejects(IllegalArgumentException.class, () -> Namespace.of(" ", 0, 0.5), "namespace id", "blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void assign_blankCustomerId_rejectedNamingField(String id) {
        Experiment exp = Experiment.builder("exp").variant("a", 1).build();
        assertRejects(IllegalArgumentException.class, () -> exp.assign(id), "customerId", "blank");
        assertRejects(IllegalArgumentException.class, () -> exp.variantIndex(id), "customerId", "blank");
        assertRejects(IllegalArgumentException.class, () -> exp.expose(id, AT), "customerId", "blank");
    }

    @Test
    void assignAll_nullOrBlankId_rejectedNamingPosition() {
        Experiment exp = Experiment.builder("exp").variant("a", 1).build();
        assertRejects(NullPointerException.class, () -> exp.assignAll(new String[] {"a", "b", null}),
                "position 2", "null");
        assertRejects(IllegalArgumentException.class, () -> exp.assignAll(new String[] {"a", " "}),
                "position 1", "blank", "' '");
    }

    @Test
    void assignAll_codesTooShort_rejectedNamingLengths() {
        Experiment exp = Experiment.builder("exp").variant("a", 1).build();
        assertRejects(IllegalArgumentException.class, () -> exp.assignAll(new String[] {"a", "b"}, new int[1]),
                "codes has length 1", "at least 2");
    }

    @Test
    void expose_nullInstantOrClock_rejected() {
        Experiment exp = Experiment.builder("exp").variant("a", 1).build();
        assertRejects(NullPointerException.class, () -> exp.expose("c1", (Instant) null), "at");
        assertRejects(NullPointerException.class, () -> exp.expose("c1", (Clock) null), "clock");
    }

    @Test
    void statusOf_unknownCode_rejectedNamingRange() {
        Experiment exp = Experiment.builder("exp").variant("a", 0.5).variant("b", 0.5).build();
        assertRejects(IllegalArgumentException.class, () -> exp.statusOf(2), "0..1", "got 2");
        assertRejects(IllegalArgumentException.class, () -> exp.statusOf(-3), "got -3");
        assertThat(exp.statusOf(-1)).isEqualTo(AssignmentStatus.OUTSIDE_COVERAGE);
        assertThat(exp.statusOf(-2)).isEqualTo(AssignmentStatus.OUTSIDE_NAMESPACE);
    }

    @Test
    void assignment_inconsistentFields_rejected() {
        assertRejects(IllegalArgumentException.class,
                () -> new Assignment("e", "c", AssignmentStatus.IN_VARIANT, -1, null, 0.5), "IN_VARIANT", "-1");
        assertRejects(IllegalArgumentException.class,
                () -> new Assignment("e", "c", AssignmentStatus.OUTSIDE_COVERAGE, -2, null, 0.5), "OUTSIDE_COVERAGE");
        assertRejects(IllegalArgumentException.class,
                () -> new Assignment("e", "c", AssignmentStatus.OUTSIDE_NAMESPACE, -2, "a", 0.5), "'a'");
        assertRejects(IllegalArgumentException.class,
                () -> new Assignment("e", "c", AssignmentStatus.HOLDOUT, 0, "h", 1.0), "bucket", "1.0");
        assertRejects(NullPointerException.class,
                () -> new Exposure("e", "c", AssignmentStatus.IN_VARIANT, 0, "a", null), "at");
        assertRejects(IllegalArgumentException.class,
                () -> new Exposure("e", "c", AssignmentStatus.HOLDOUT, 1, null, Instant.EPOCH), "HOLDOUT");
    }
}
