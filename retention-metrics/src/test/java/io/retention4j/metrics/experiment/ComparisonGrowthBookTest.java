package io.retention4j.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Effects, intervals and p-values against the reference values in the tests of GrowthBook's Python
 * stats engine gbstats (repository growthbook/growthbook, packages/stats/tests/frequentist/test_tests.py
 * and tests/bayesian/test_tests.py). GrowthBook rounds to 5 decimals, so every comparison allows half
 * a unit of the fifth decimal.
 */
class ComparisonGrowthBookTest {
    private static final Offset<Double> FIVE_DECIMALS = within(0.5e-5 + 1e-12);

    /** GrowthBook's SampleMeanStatistic(sum=1396.87, sum_squares=52377.9767, n=3407): mean 0.41, sd 3.9. */
    private static final MeanStatistic A = MeanStatistic.ofSums(3407, 1396.87, 52377.9767);
    /** SampleMeanStatistic(sum=2422.7, sum_squares=134698.29, n=3461): mean 0.7, sd 6.2. */
    private static final MeanStatistic B = MeanStatistic.ofSums(3461, 2422.7, 134698.29);
    /** The same sums with n = 3000 (GrowthBook's sequential and one-sided tests). */
    private static final MeanStatistic A3000 = MeanStatistic.ofSums(3000, 1396.87, 52377.9767);

    @Test
    void welch_relative_matchesGrowthBookTwoSidedTTest() {
        // test_two_sided_ttest: expected 0.70732, ci (-0.03526, 1.44989), uplift stddev 0.37879, pValue 0.06191
        Effect e = Comparison.of(A, B).welch(EffectType.RELATIVE);
        assertThat(e.estimate()).isCloseTo(0.70732, FIVE_DECIMALS);
        assertThat(e.lower()).isCloseTo(-0.03526, FIVE_DECIMALS);
        assertThat(e.upper()).isCloseTo(1.44989, FIVE_DECIMALS);
        assertThat(e.standardError()).isCloseTo(0.37879, FIVE_DECIMALS);
        assertThat(e.pValue()).isCloseTo(0.06191, FIVE_DECIMALS);
        assertThat(e.isSignificant()).isFalse();
    }

    @Test
    void welch_absolute_matchesGrowthBookTwoSidedTTestAbsolute() {
        // test_two_sided_ttest_absolute: expected 0.29, ci (0.04538, 0.53462), stddev 0.12478, pValue 0.02016
        Effect e = Comparison.of(A, B).welch(EffectType.ABSOLUTE);
        assertThat(e.estimate()).isCloseTo(0.29, FIVE_DECIMALS);
        assertThat(e.lower()).isCloseTo(0.04538, FIVE_DECIMALS);
        assertThat(e.upper()).isCloseTo(0.53462, FIVE_DECIMALS);
        assertThat(e.standardError()).isCloseTo(0.12478, FIVE_DECIMALS);
        assertThat(e.pValue()).isCloseTo(0.02016, FIVE_DECIMALS);
        assertThat(e.isSignificant()).isTrue();
    }

    @Test
    void welch_proportionsRelative_matchesGrowthBookBinomialTest() {
        // test_two_sided_ttest_binom: 14/28 vs 16/30: expected 0.06667, ci (-0.47767, 0.61101),
        // stddev 0.2717, pValue 0.80707
        Effect e = Comparison.of(ProportionStatistic.of(14, 28), ProportionStatistic.of(16, 30))
                .welch(EffectType.RELATIVE);
        assertThat(e.estimate()).isCloseTo(0.06667, FIVE_DECIMALS);
        assertThat(e.lower()).isCloseTo(-0.47767, FIVE_DECIMALS);
        assertThat(e.upper()).isCloseTo(0.61101, FIVE_DECIMALS);
        assertThat(e.standardError()).isCloseTo(0.27170, FIVE_DECIMALS);
        assertThat(e.pValue()).isCloseTo(0.80707, FIVE_DECIMALS);
    }

    @Test
    void welch_greater_matchesGrowthBookOneSidedTreatmentGreaterTTest() {
        // TestOneSidedGreaterTTest: relative ci (-0.045136675850396046, inf), pValue 0.06558262868467746;
        // absolute expected 0.23437666666666668, ci (0.020791480063255735, inf), pValue 0.03554272489873023
        Comparison c = Comparison.of(A3000, B);
        Effect rel = c.welch(EffectType.RELATIVE, Alternative.GREATER, 0.95);
        assertThat(rel.estimate()).isCloseTo(0.5033610858562358, FIVE_DECIMALS);
        assertThat(rel.standardError()).isCloseTo(0.3334122146400735, FIVE_DECIMALS);
        assertThat(rel.lower()).isCloseTo(-0.045136675850396046, FIVE_DECIMALS);
        assertThat(rel.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(rel.pValue()).isCloseTo(0.06558262868467746, FIVE_DECIMALS);
        Effect abs = c.welch(EffectType.ABSOLUTE, Alternative.GREATER, 0.95);
        assertThat(abs.estimate()).isCloseTo(0.23437666666666668, FIVE_DECIMALS);
        assertThat(abs.standardError()).isCloseTo(0.12983081254184736, FIVE_DECIMALS);
        assertThat(abs.lower()).isCloseTo(0.020791480063255735, FIVE_DECIMALS);
        assertThat(abs.pValue()).isCloseTo(0.03554272489873023, FIVE_DECIMALS);
    }

    @Test
    void welch_less_matchesGrowthBookOneSidedTreatmentLesserTTest() {
        // TestOneSidedLesserTTest: relative ci (-inf, 1.0518588475628676), pValue 0.9344173713153225;
        // absolute ci (-inf, 0.44796185327007765), pValue 0.9644572751012698
        Comparison c = Comparison.of(A3000, B);
        Effect rel = c.welch(EffectType.RELATIVE, Alternative.LESS, 0.95);
        assertThat(rel.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(rel.upper()).isCloseTo(1.0518588475628676, FIVE_DECIMALS);
        assertThat(rel.pValue()).isCloseTo(0.9344173713153225, FIVE_DECIMALS);
        Effect abs = c.welch(EffectType.ABSOLUTE, Alternative.LESS, 0.95);
        assertThat(abs.upper()).isCloseTo(0.44796185327007765, FIVE_DECIMALS);
        assertThat(abs.pValue()).isCloseTo(0.9644572751012698, FIVE_DECIMALS);
    }

    @Test
    void sequential_relative_matchesGrowthBookSequentialTestRuns() {
        // test_sequential_test_runs, tuning 1000: expected 0.50336, ci (-0.55844, 1.56516), stddev 0.33341, pValue 1
        Effect e = Comparison.of(A3000, B).sequential(EffectType.RELATIVE, 0.95, 1000);
        assertThat(e.estimate()).isCloseTo(0.50336, FIVE_DECIMALS);
        assertThat(e.lower()).isCloseTo(-0.55844, FIVE_DECIMALS);
        assertThat(e.upper()).isCloseTo(1.56516, FIVE_DECIMALS);
        assertThat(e.standardError()).isCloseTo(0.33341, FIVE_DECIMALS);
        assertThat(e.pValue()).isEqualTo(1.0);
        assertThat(e.method()).isEqualTo(Effect.Method.SEQUENTIAL);
    }

    @Test
    void sequential_proportions_matchesGrowthBookSequentialTestRunsProp() {
        // test_sequential_test_runs_prop, default tuning 5000: 1396/3000 vs 2422/3461: expected 0.50386,
        // ci (0.40098, 0.60675), stddev 0.03386, pValue 0.0 (to 5 decimals)
        Effect e = Comparison.of(ProportionStatistic.of(1396, 3000), ProportionStatistic.of(2422, 3461))
                .sequential(EffectType.RELATIVE);
        assertThat(e.estimate()).isCloseTo(0.50386, FIVE_DECIMALS);
        assertThat(e.lower()).isCloseTo(0.40098, FIVE_DECIMALS);
        assertThat(e.upper()).isCloseTo(0.60675, FIVE_DECIMALS);
        assertThat(e.standardError()).isCloseTo(0.03386, FIVE_DECIMALS);
        assertThat(e.pValue()).isCloseTo(0.0, FIVE_DECIMALS);
        assertThat(e.isSignificant()).isTrue();
    }

    @Test
    void sequential_tuning_tightestNearTheSampleSize() {
        // test_sequential_test_tuning_as_expected: tuning 10 is wider than 10000, which is wider than 6461 (= n)
        Comparison c = Comparison.of(A3000, B);
        Effect below = c.sequential(EffectType.RELATIVE, 0.95, 10);
        Effect near = c.sequential(EffectType.RELATIVE, 0.95, 6461);
        Effect above = c.sequential(EffectType.RELATIVE, 0.95, 10_000);
        assertThat(below.lower()).isLessThan(above.lower());
        assertThat(below.upper()).isGreaterThan(above.upper());
        assertThat(above.lower()).isLessThan(near.lower());
        assertThat(above.upper()).isGreaterThan(near.upper());
    }

    @Test
    void cuped_sequential_matchesGrowthBookRegressionAdjustedTest() {
        // test_sequential_test_runs_ra: pre sums (16.87, 527.9767) and (22.7, 1348.29), post as above with
        // n 3000 / 3461, post-pre sum of products 1 in each arm, default tuning:
        // expected 0.50338, ci (-0.50969, 1.51646), stddev 0.33341, pValue 1
        CupedStatistic a = CupedStatistic.ofSums(3000, 1396.87, 52377.9767, 16.87, 527.9767, 1);
        CupedStatistic b = CupedStatistic.ofSums(3461, 2422.7, 134698.29, 22.7, 1348.29, 1);
        Comparison c = Comparison.cuped(a, b);
        Effect e = c.sequential(EffectType.RELATIVE);
        assertThat(e.estimate()).isCloseTo(0.50338, FIVE_DECIMALS);
        assertThat(e.lower()).isCloseTo(-0.50969, FIVE_DECIMALS);
        assertThat(e.upper()).isCloseTo(1.51646, FIVE_DECIMALS);
        assertThat(e.standardError()).isCloseTo(0.33341, FIVE_DECIMALS);
        assertThat(e.pValue()).isEqualTo(1.0);
    }

    @Test
    void bayesian_proportions_matchesGrowthBookGaussianEffectTest() {
        // bayesian test_bayesian_binomial_ab_test, 49/100 vs 51/100, relative, flat prior: expected 0.04082,
        // ci [-0.24779, 0.32943], stddev 0.14725, chance_to_win 0.60918, risk [0.0814, 0.04058]
        BayesianResult r = Comparison.of(ProportionStatistic.of(49, 100), ProportionStatistic.of(51, 100))
                .bayesian(EffectType.RELATIVE);
        assertThat(r.mean()).isCloseTo(0.04082, FIVE_DECIMALS);
        assertThat(r.lower()).isCloseTo(-0.24779, FIVE_DECIMALS);
        assertThat(r.upper()).isCloseTo(0.32943, FIVE_DECIMALS);
        assertThat(r.standardDeviation()).isCloseTo(0.14725, FIVE_DECIMALS);
        assertThat(r.chanceToWin()).isCloseTo(0.60918, FIVE_DECIMALS);
        assertThat(r.riskControl()).isCloseTo(0.08140, FIVE_DECIMALS);
        assertThat(r.riskTreatment()).isCloseTo(0.04058, FIVE_DECIMALS);
    }

    @Test
    void bayesian_means_matchesGrowthBookGaussianEffectTest() {
        // bayesian test_bayesian_gaussian_ab_test: (sum 100, ss 1002.25, n 10) vs (105, 1111.5, 10):
        // expected 0.05, ci [-0.02, 0.12], stddev 0.03572, chance_to_win 0.91923, risk [0.05131, 0.00131]
        BayesianResult r = Comparison.of(MeanStatistic.ofSums(10, 100, 1002.25), MeanStatistic.ofSums(10, 105, 1111.5))
                .bayesian(EffectType.RELATIVE);
        assertThat(r.mean()).isCloseTo(0.05, FIVE_DECIMALS);
        assertThat(r.lower()).isCloseTo(-0.02, FIVE_DECIMALS);
        assertThat(r.upper()).isCloseTo(0.12, FIVE_DECIMALS);
        assertThat(r.standardDeviation()).isCloseTo(0.03572, FIVE_DECIMALS);
        assertThat(r.chanceToWin()).isCloseTo(0.91923, FIVE_DECIMALS);
        assertThat(r.riskControl()).isCloseTo(0.05131, FIVE_DECIMALS);
        assertThat(r.riskTreatment()).isCloseTo(0.00131, FIVE_DECIMALS);
    }
}
