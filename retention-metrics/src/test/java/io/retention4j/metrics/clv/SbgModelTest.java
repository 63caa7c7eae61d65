package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** sBG identities, simulation, recovery and input checks. */
class SbgModelTest {
    private static final SbgModel REGULAR = SbgModel.of(0.7041, 1.1820);

    @Test
    void survival_isOneMinusCumulativeChurn_andProductOfRetentionRates() {
        double cumulative = 0;
        double product = 1;
        for (int t = 1; t <= 200; t++) {
            cumulative += REGULAR.churnProbability(t);
            product *= REGULAR.retentionRate(t);
            assertThat(REGULAR.survival(t)).as("t=%d", t).isCloseTo(1 - cumulative, within(1e-12))
                    .isCloseTo(product, within(1e-12));
        }
        assertThat(REGULAR.survival(1_000_000)).isPositive().isLessThan(1e-3);
    }

    @Test
    void projectedAlive_isCohortTimesSurvival() {
        double[] alive = REGULAR.projectedAlive(1000, 12);
        assertThat(alive).hasSize(13);
        assertThat(alive[0]).isEqualTo(1000);
        for (int t = 1; t <= 12; t++) {
            assertThat(alive[t]).isCloseTo(1000 * REGULAR.survival(t), within(1e-9)).isLessThan(alive[t - 1]);
        }
    }

    @Test
    void discountedExpectedResidualLifetime_growsWithRenewals_andSmallRatesConverge() {
        double previous = 0;
        for (int renewals = 0; renewals <= 20; renewals++) {
            double derl = REGULAR.discountedExpectedResidualLifetime(0.1, renewals);
            assertThat(derl).isGreaterThan(previous);
            previous = derl;
        }
        // a monthly rate of 0.1%: a long but finite series; alpha < 1 makes the undiscounted lifetime infinite
        double slow = REGULAR.discountedExpectedLifetime(0.001);
        assertThat(slow).isFinite().isGreaterThan(REGULAR.discountedExpectedLifetime(0.01));
    }

    @Test
    void likelihoodGradient_matchesFiniteDifferences() {
        SbgData data = SbgData.ofAlive(1000, 631, 468, 382, 326, 289, 262, 241);
        ClvAssertions.assertGradientMatchesFiniteDifferences(new SbgLikelihood(data), new double[] {0.9, 1.4}, 1e-6);
    }

    @Test
    void simulate_seeded_followsSurvival() {
        SbgData s = REGULAR.simulate(200_000, 12, 17L);
        assertThat(REGULAR.simulate(200_000, 12, 17L).alive(0)).isEqualTo(s.alive(0));
        int[] alive = s.alive(0);
        assertThat(alive[0]).isEqualTo(200_000);
        for (int t = 1; t <= 12; t++) {
            ClvAssertions.assertShare(REGULAR.survival(t), alive[t] / 200_000.0, 200_000, "S(" + t + ")");
        }
    }

    @Test
    void fit_simulatedHundredThousand_recoversParametersWithinThreeStandardErrors() {
        SbgModel fitted = ShiftedBetaGeometric.fit(REGULAR.simulate(100_000, 8, 23L));
        ClvAssertions.assertWithinThreeStandardErrors(fitted, Map.of("alpha", 0.7041, "beta", 1.1820));
    }

    @Test
    void data_badCounts_areRejectedNamingCohortAndPeriod() {
        assertThatThrownBy(() -> SbgData.ofAlive(1000, 631, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cohort 0, period 2").hasMessageContaining(">= 0, got -1");
        assertThatThrownBy(() -> SbgData.ofAlive(1000, 631, 700)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period 2: alive count 700 exceeds the 631 of period 1");
        assertThatThrownBy(() -> SbgData.ofAlive(1000, 631)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two periods");
        assertThatThrownBy(() -> SbgData.ofAlive(0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cohort 0 is empty");
        assertThatThrownBy(() -> SbgData.ofCohorts()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no cohorts");
        assertThatThrownBy(() -> SbgData.ofCohorts(new int[] {10, 8}, new int[] {10, 9}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one period only");
        assertThatThrownBy(() -> SbgData.ofCohorts(new int[] {10, 8, 7}, new int[] {10}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cohort 1 needs its size");
    }

    @Test
    void fit_nobodyChurned_isRejected() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(SbgData.ofAlive(100, 100, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customer churned");
    }

    @Test
    void model_badArguments_areRejected() {
        assertThatThrownBy(() -> SbgModel.of(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be").hasMessageContaining("NaN");
        assertThatThrownBy(() -> SbgModel.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta must be");
        assertThatThrownBy(() -> REGULAR.survival(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t must be >= 0, got -1");
        assertThatThrownBy(() -> REGULAR.churnProbability(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t must be >= 1, got 0");
        assertThatThrownBy(() -> REGULAR.discountedExpectedLifetime(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discount rate");
        assertThatThrownBy(() -> REGULAR.discountedExpectedResidualLifetime(0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("> 0, got 0.0");
        assertThatThrownBy(() -> REGULAR.projectedAlive(Double.POSITIVE_INFINITY, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cohortSize");
        assertThatThrownBy(() -> REGULAR.simulate(100, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods must be >= 2");
    }
}
