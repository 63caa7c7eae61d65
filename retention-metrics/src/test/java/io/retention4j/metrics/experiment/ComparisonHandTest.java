package io.retention4j.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Every formula of {@link Comparison} on small data worked out by hand in the comments. Where a
 * t-distribution tail is needed, the value is scipy 1.17's {@code stats.t} for the hand-computed t and
 * degrees of freedom.
 */
class ComparisonHandTest {
    // control {1, 2, 3, 4}: mean 2.5, Σ(x - 2.5)² = 5, variance 5/3; sums 10 and 30
    private static final MeanStatistic CONTROL = MeanStatistic.ofSums(4, 10, 30);
    // treatment {2, 4, 6, 8}: mean 5, Σ(x - 5)² = 20, variance 20/3; sums 20 and 120
    private static final MeanStatistic TREATMENT = MeanStatistic.ofSums(4, 20, 120);

    @Test
    void welch_absolute_handComputed() {
        // d = 5 - 2.5 = 2.5; var = (5/3)/4 + (20/3)/4 = 5/12 + 5/3 = 25/12, se = 1.4433757
        // df = (25/12)² / ((5/12)²/3 + (5/3)²/3) = (625/144) / (425/432) = 75/17 = 4.4117647
        // t = 2.5 / 1.4433757 = sqrt(3); two-sided p = 2 P(T_{75/17} > sqrt(3)) = 0.1515805 (scipy)
        Effect e = Comparison.of(CONTROL, TREATMENT).welch(EffectType.ABSOLUTE);
        assertThat(e.estimate()).isCloseTo(2.5, within(1e-12));
        assertThat(e.standardError()).isCloseTo(Math.sqrt(25.0 / 12), within(1e-12));
        assertThat(e.degreesOfFreedom()).isCloseTo(75.0 / 17, within(1e-12));
        assertThat(e.pValue()).isCloseTo(0.15158050484530375, within(1e-9));
        // half-width t_{0.975, 75/17} se = 3.8641672 (scipy): CI -1.3641672 .. 6.3641672
        assertThat(e.lower()).isCloseTo(-1.3641672154861983, within(1e-8));
        assertThat(e.upper()).isCloseTo(6.364167215486198, within(1e-8));
    }

    @Test
    void welch_relative_deltaMethodHandComputed() {
        // r = (5 - 2.5) / 2.5 = 1; var = v_t / (n_t m_c²) + m_t² v_c / (n_c m_c⁴)
        //   = (20/3) / (4 * 6.25) + 25 * (5/3) / (4 * 39.0625) = 0.2666667 + 0.2666667 = 0.5333333
        Effect e = Comparison.of(CONTROL, TREATMENT).welch(EffectType.RELATIVE);
        assertThat(e.estimate()).isCloseTo(1.0, within(1e-12));
        assertThat(e.standardError()).isCloseTo(Math.sqrt(0.8 * 2 / 3), within(1e-12));
        // same Welch df 75/17, t = 1 / 0.7302967 = 1.3693064: p = 0.2364806 (scipy)
        assertThat(e.pValue()).isCloseTo(0.23648064486167228, within(1e-9));
    }

    @Test
    void sequential_handComputed() {
        // N = 8, tuning 8, α = 0.05: ρ² = (-2 ln 0.05 + ln(1 - 2 ln 0.05)) / 8 = (5.991465 + 1.944691) / 8 = 0.992020
        // Nρ² + 1 = 8.936157; half = se sqrt(2 * 8.936157 * ln(sqrt(8.936157) / 0.05) / 7.936157)
        //   = 1.4433757 * sqrt(2 * 8.936157 * 4.090785 / 7.936157) = 1.4433757 * 3.035207 = 4.380947
        // p = sqrt(8.936157) exp(-0.992020 * 8 * 3 / (2 * 8.936157)) = 2.989341 * exp(-1.332146) = 0.788920
        Effect e = Comparison.of(CONTROL, TREATMENT).sequential(EffectType.ABSOLUTE, 0.95, 8);
        assertThat(e.lower()).isCloseTo(2.5 - 4.380947, within(1e-6));
        assertThat(e.upper()).isCloseTo(2.5 + 4.380947, within(1e-6));
        assertThat(e.pValue()).isCloseTo(0.788920, within(1e-6));
        assertThat(e.degreesOfFreedom()).isInfinite();
    }

    @Test
    void sequential_pValueBelowAlphaExactlyWhenTheIntervalExcludesZero() {
        Comparison c = Comparison.of(ProportionStatistic.of(100, 1000), ProportionStatistic.of(130, 1000));
        for (double tuning : new double[] {100, 1000, 2000, 5000, 50_000}) {
            Effect e = c.sequential(EffectType.ABSOLUTE, 0.95, tuning);
            assertThat(e.pValue() < 0.05).as("tuning %s", tuning).isEqualTo(e.isSignificant());
        }
    }

    @Test
    void bayesian_properPrior_handComputed() {
        // d = 2.5, v = 25/12; prior N(0, 1): precision = 12/25 + 1 = 1.48, mean = (2.5 * 0.48) / 1.48 = 0.8108108,
        // sd = sqrt(1 / 1.48) = 0.8219949; chance = Φ(0.986394) = 0.8380301;
        // risk control = m Φ(m/s) + s φ(m/s) = 0.8810886 (scipy norm), risk treatment = that - m = 0.0702778
        BayesianResult r = Comparison.of(CONTROL, TREATMENT).bayesian(EffectType.ABSOLUTE, GaussianPrior.of(0, 1), 0.95);
        assertThat(r.mean()).isCloseTo(1.2 / 1.48, within(1e-12));
        assertThat(r.standardDeviation()).isCloseTo(Math.sqrt(1 / 1.48), within(1e-12));
        assertThat(r.chanceToWin()).isCloseTo(0.838030077200733, within(1e-9));
        assertThat(r.riskControl()).isCloseTo(0.8810886201633719, within(1e-9));
        assertThat(r.riskTreatment()).isCloseTo(0.8810886201633719 - 1.2 / 1.48, within(1e-9));
    }

    @Test
    void bayesian_flatPrior_isTheNormalLikelihood() {
        BayesianResult r = Comparison.of(CONTROL, TREATMENT).bayesian(EffectType.ABSOLUTE);
        assertThat(r.mean()).isCloseTo(2.5, within(1e-12));
        assertThat(r.standardDeviation()).isCloseTo(Math.sqrt(25.0 / 12), within(1e-12));
        // 95% credible interval = 2.5 ± 1.959964 * 1.4433757
        assertThat(r.lower()).isCloseTo(2.5 - 1.959963984540054 * Math.sqrt(25.0 / 12), within(1e-9));
    }

    @Test
    void ratio_deltaMethodHandComputed() {
        // units (m, d): (10, 1), (30, 2), (20, 2), (40, 3): Σm = 100, Σm² = 3000, Σd = 8, Σd² = 18, Σmd = 230
        // ratio = 100 / 8 = 12.5; μ_m = 25, μ_d = 2; v_m = 500/3, v_d = 2/3, c = 30/3 = 10
        // per-unit variance = v_m/μ_d² + v_d μ_m²/μ_d⁴ - 2 c μ_m/μ_d³ = 41.666667 + 26.041667 - 62.5 = 5.208333
        RatioStatistic direct = RatioStatistic.ofSums(4, 100, 3000, 8, 18, 230);
        RatioStatistic accumulated = new RatioAccumulator().add(10, 1).add(30, 2).add(20, 2).add(40, 3).result();
        for (RatioStatistic r : new RatioStatistic[] {direct, accumulated}) {
            assertThat(r.mean()).isCloseTo(12.5, within(1e-12));
            assertThat(r.covariance()).isCloseTo(10, within(1e-9));
            assertThat(r.variance()).isCloseTo(500.0 / 12 + 2.0 / 3 * 625 / 16 - 62.5, within(1e-9));
        }
    }

    @Test
    void cuped_handComputed() {
        // control (y, x): (2, 1), (5, 2), (5, 3), (8, 4); treatment: (4, 1), (6, 2), (8, 3), (10, 4)
        // pooled: x̄ = 2.5, ȳ = 6, Σ(x - x̄)² = 10, Σ(x - x̄)(y - ȳ) = 9 + 10 = 19: θ = 1.9
        // control: ȳ 5, v_y 6, v_x 5/3, c 3: adjusted mean 5 - 1.9 * 2.5 = 0.25,
        //   adjusted variance 6 + 3.61 * 5/3 - 2 * 1.9 * 3 = 0.6166667
        // treatment: ȳ 7, v_y 20/3, v_x 5/3, c 10/3: adjusted mean 2.25, variance 20/3 + 3.61 * 5/3 - 38/3 = 0.0166667
        // absolute effect 2, variance 0.6166667/4 + 0.0166667/4 = 0.1583333 against 6/4 + (20/3)/4 = 3.1666667
        // unadjusted: reduction 1 - 0.1583333 / 3.1666667 = 0.95
        CupedStatistic control = CupedStatistic.ofSums(4, 20, 118, 10, 30, 59);
        CupedStatistic treatment = new CupedAccumulator().add(4, 1).add(6, 2).add(8, 3).add(10, 4).result();
        Comparison c = Comparison.cuped(control, treatment);
        assertThat(c.theta()).isCloseTo(1.9, within(1e-12));
        assertThat(c.controlMean()).isCloseTo(0.25, within(1e-12));
        assertThat(c.treatmentMean()).isCloseTo(2.25, within(1e-12));
        assertThat(c.varianceReduction()).isCloseTo(0.95, within(1e-12));
        Effect abs = c.welch(EffectType.ABSOLUTE);
        assertThat(abs.estimate()).isCloseTo(2, within(1e-12));
        assertThat(abs.standardError()).isCloseTo(Math.sqrt(0.19 / 1.2), within(1e-12));
        // relative: r = 2 / 5 = 0.4; a = -ȳ_t / ȳ_c² = -0.28, b = θ / ȳ_c = 0.38:
        // control part (0.0784 * 6 + 0.1444 * 5/3 - 2 * 0.28 * 0.38 * 3) / 4 = 0.0726667 / 4 = 0.0181667
        // treatment part 0.0166667 / (4 * 25) = 0.0001667: variance 0.0183333
        Effect rel = c.welch(EffectType.RELATIVE);
        assertThat(rel.estimate()).isCloseTo(0.4, within(1e-12));
        assertThat(rel.standardError()).isCloseTo(Math.sqrt(0.0183333333333333), within(1e-12));
    }

    @Test
    void welch_zeroVarianceInBothArms_documentedDegenerateResult() {
        Comparison c = Comparison.of(ProportionStatistic.of(0, 50), ProportionStatistic.of(0, 60));
        Effect e = c.welch(EffectType.ABSOLUTE);
        assertThat(e.standardError()).isZero();
        assertThat(e.pValue()).isEqualTo(1.0);
        assertThat(e.lower()).isZero();
        assertThat(e.upper()).isZero();
        Effect allConverted = Comparison.of(ProportionStatistic.of(0, 50), ProportionStatistic.of(60, 60))
                .welch(EffectType.ABSOLUTE, Alternative.GREATER, 0.95);
        assertThat(allConverted.pValue()).isZero();
        assertThat(allConverted.upper()).isInfinite();
    }

    @Test
    void of_badInput_namesTheArm() {
        assertThatThrownBy(() -> Comparison.of(MeanStatistic.ofSums(1, 3, 9), TREATMENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control arm has n = 1");
        assertThatThrownBy(() -> Comparison.of(ProportionStatistic.of(1, 5), ProportionStatistic.of(0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("treatment arm has n = 0");
        assertThatThrownBy(() -> Comparison.of(CONTROL, ProportionStatistic.of(3, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one kind");
        assertThatThrownBy(() -> Comparison.of(RatioStatistic.ofSums(2, 3, 5, 0, 0, 0), RatioStatistic.ofSums(2, 3, 5, 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control arm")
                .hasMessageContaining("denominator sums to 0");
    }

    @Test
    void relative_zeroBaseline_throws() {
        Comparison c = Comparison.of(ProportionStatistic.of(0, 40), ProportionStatistic.of(3, 40));
        assertThat(c.welch(EffectType.ABSOLUTE).estimate()).isCloseTo(0.075, within(1e-12));
        assertThatThrownBy(() -> c.welch(EffectType.RELATIVE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control mean is 0");
        assertThatThrownBy(() -> c.sequential(EffectType.RELATIVE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.bayesian(EffectType.RELATIVE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settings_outOfRange_throwWithTheRange() {
        Comparison c = Comparison.of(CONTROL, TREATMENT);
        assertThatThrownBy(() -> c.welch(EffectType.ABSOLUTE, Alternative.TWO_SIDED, 1.0))
                .hasMessage("confidence level must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> c.sequential(EffectType.ABSOLUTE, 0.95, 0))
                .hasMessage("sequential tuning parameter must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> GaussianPrior.of(0, -1)).hasMessageContaining("prior standard deviation");
    }

    @Test
    void toString_readable() {
        // Welch df (15.21/3407 + 38.44/3461)² / ((15.21/3407)²/3406 + (38.44/3461)²/3460) = 5841.72
        Comparison c = Comparison.of(MeanStatistic.ofSums(3407, 1396.87, 52377.9767),
                MeanStatistic.ofSums(3461, 2422.7, 134698.29));
        assertThat(c.welch(EffectType.RELATIVE)).hasToString("relative effect +70.73% (95% CI -3.53% .. +144.99%,"
                + " se 37.88%), Welch t, df 5,841.7, two-sided p = 0.0619");
        assertThat(c.welch(EffectType.ABSOLUTE).toString()).startsWith("absolute effect +0.2900 (95% CI +0.04538 .. +0.5346");
        assertThat(c.bayesian(EffectType.RELATIVE).toString()).contains("chance to beat control").contains("flat prior");
        assertThat(c.toString()).isEqualTo("control mean 0.41 (n 3,407) vs treatment mean 0.7 (n 3,461)");
    }
}
