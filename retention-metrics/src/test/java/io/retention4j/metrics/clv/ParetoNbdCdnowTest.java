package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD on the CDNOW calibration summary against the published numbers: Fader, Hardie &amp; Lee
 * (2005) r 0.553, alpha 10.578, s 0.606, beta 11.669, LL -9595.0; the data README's re-measurement
 * r=0.5533, alpha=10.5774, s=0.6063, beta=11.6689, LL=-9594.97; CLVTools' test
 * (tests/testthat/test_correctness_pnbd.R) LL -9594.976 and standard errors; the BTYD walkthrough's
 * P(alive) and conditional expectation for its customer (x=26, t_x=30.86, T=31); and the BTYD manual's
 * pnbd.Expectation example, as quoted in lifetimes' tests/test_estimation.py.
 */
class ParetoNbdCdnowTest {
    private static final RfmSummary CDNOW = ClvFixtures.cdnowSummary();
    private static final ParetoNbdModel FIT = ParetoNbd.fit(CDNOW);
    /** The maximum-likelihood estimates printed in the BTYD walkthrough (pnbd.EstimateParameters). */
    private static final ParetoNbdModel BTYD_ESTIMATE = ParetoNbdModel.of(0.5534, 10.5802, 0.6061, 11.6562,
            TimeScale.WEEKS);

    @Test
    void fit_cdnow_matchesPublishedParametersAndLogLikelihood() {
        // each within 0.001 absolute or 0.1% relative of the README's values; LL within 0.02 of -9594.98
        assertThat(FIT.r()).isCloseTo(0.5533, within(0.001));
        assertThat(FIT.alpha()).isCloseTo(10.5774, within(0.0106));
        assertThat(FIT.s()).isCloseTo(0.6063, within(0.001));
        assertThat(FIT.beta()).isCloseTo(11.6689, within(0.0117));
        assertThat(FIT.logLikelihood()).isCloseTo(-9594.98, within(0.02));
        FitReport report = FIT.report().orElseThrow();
        assertThat(report.converged()).isTrue();
        assertThat(report.customers()).isEqualTo(2357);
        assertThat(report.unit()).contains(TimeScale.WEEKS);
        assertThat(report.parameterNames()).containsExactly("r", "alpha", "s", "beta");
    }

    @Test
    void fit_cdnow_standardErrorsMatchClvTools() {
        // CLVTools: r 0.0476264, alpha 0.8427222, s 0.1872594, beta 6.2105448 (numerical Hessian at its optimum)
        FitReport report = FIT.report().orElseThrow();
        assertThat(report.standardError("r")).isCloseTo(0.0476264, within(0.0476264 * 0.01));
        assertThat(report.standardError("alpha")).isCloseTo(0.8427222, within(0.8427222 * 0.01));
        assertThat(report.standardError("s")).isCloseTo(0.1872594, within(0.1872594 * 0.01));
        assertThat(report.standardError("beta")).isCloseTo(6.2105448, within(6.2105448 * 0.01));
    }

    @Test
    void probabilityAlive_btydWalkthroughCustomer_is0point9979() {
        assertThat(BTYD_ESTIMATE.probabilityAlive(26, 30.86, 31)).isCloseTo(0.9979, within(0.00005));
    }

    @Test
    void conditionalExpectedPurchases_btydWalkthroughCustomer_is25point46() {
        // the walkthrough prints 25.46 from its full-precision MLE; the 4-decimal parameters it quotes move
        // the value by up to 6e-4, so compare our MLE of the same data with the rounding interval of 25.46
        assertThat(FIT.conditionalExpectedPurchases(52, 26, 30.86, 31)).isCloseTo(25.46, within(0.005));
    }

    @Test
    void expectedPurchases_btydManualExample_matchesToEightDigits() {
        ParetoNbdModel model = ParetoNbdModel.of(0.55, 10.56, 0.61, 11.64, TimeScale.WEEKS);
        double[] expected = {0.00000000, 0.05077821, 0.09916088, 0.14542507, 0.18979930, 0.23247466, 0.27361274,
            0.31335159, 0.35181024, 0.38909211};
        for (int t = 0; t < expected.length; t++) {
            assertThat(model.expectedPurchases(t)).as("t=%d", t).isCloseTo(expected[t], within(5e-9));
        }
    }

    @Test
    void toString_fittedModel_showsParametersAndReport() {
        assertThat(FIT.toString()).startsWith("Pareto/NBD[r=0.553").contains("unit weeks")
                .contains("Pareto/NBD fit: log-likelihood -9594.9").contains("beta");
    }
}
