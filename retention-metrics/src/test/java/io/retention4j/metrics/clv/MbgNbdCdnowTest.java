package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/**
 * MBG/NBD on the CDNOW calibration summary (weeks). References: lifetimes'
 * {@code test_params_out_is_close_to_BTYDplus} expects r 0.525, alpha 6.183, a 0.891, b 1.614 to 3
 * decimals (the BTYDplus estimates of Platzer); pymc-marketing's {@code test_numerically_stable_logp}
 * gives two single-customer log-likelihoods.
 */
class MbgNbdCdnowTest {
    private static final MbgNbdModel FIT = MbgNbd.fit(ClvFixtures.cdnowSummary());

    @Test
    void fit_cdnow_matchesBtydPlusParameters() {
        assertThat(FIT.r()).isCloseTo(0.525, within(0.001));
        assertThat(FIT.alpha()).isCloseTo(6.183, within(0.001));
        assertThat(FIT.a()).isCloseTo(0.891, within(0.001));
        assertThat(FIT.b()).isCloseTo(1.614, within(0.001));
        FitReport report = FIT.report().orElseThrow();
        assertThat(report.converged()).isTrue();
        assertThat(report.customers()).isEqualTo(2357);
        assertThat(report.unit()).contains(TimeScale.WEEKS);
        assertThat(report.informationSingular()).isFalse();
    }

    @Test
    void logLikelihood_sumOfCustomers_equalsReportedFitLogLikelihood() {
        double sum = 0;
        var summary = ClvFixtures.cdnowSummary();
        int[] x = summary.frequencies();
        double[] tx = summary.recencies();
        double[] t = summary.ages();
        for (int i = 0; i < x.length; i++) {
            sum += FIT.logLikelihood(x[i], tx[i], t[i]);
        }
        assertThat(FIT.logLikelihood()).isCloseTo(sum, within(1e-6));
    }

    @Test
    void logLikelihood_pymcMarketingStabilityCases_matchTheirValues() {
        // pymc-marketing tests/clv/models/test_modified_beta_geo.py, a=0.80, b=2.50, r=0.25, alpha=4.00, T=40,
        // decimal=5; Hardie's note 027 case of a customer with 200 repeat purchases.
        MbgNbdModel m = MbgNbdModel.of(0.25, 4.00, 0.80, 2.50, TimeScale.WEEKS);
        assertThat(m.logLikelihood(0, 0, 40)).isCloseTo(-0.41792826, within(1e-5));
        assertThat(m.logLikelihood(200, 38, 40)).isCloseTo(100.7869, within(1e-4));
    }

    @Test
    void conditionalExpectedPurchases_hardieExample_withinLifetimesTolerance() {
        // lifetimes test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet for MBG/NBD: the BG/NBD
        // spreadsheet value 1.226 for x=2, t_x=30.43, T=38.86, t=39, with lifetimes' own tolerance 0.05
        assertThat(FIT.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.05));
    }

    @Test
    void expectedPurchases_hardieTimes_withinLifetimesTolerance() {
        // lifetimes test_expectation_returns_same_value_Hardie_excel_sheet for MBG/NBD (rtol 0.05)
        double[] times = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
        double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < times.length; i++) {
            assertThat(FIT.expectedPurchases(times[i])).as("t=%s", times[i])
                    .isCloseTo(expected[i], within(0.05 * expected[i]));
        }
    }
}
