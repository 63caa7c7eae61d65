package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * BG/BB on the donations data of Fader, Hardie &amp; Shang (2010): 11,104 first-time donors of 1995
 * over six annual opportunities. References (see the data README): lifetimes 0.11.3 estimates
 * alpha 1.2035, beta 0.7497, gamma 0.6567, delta 2.7834, LL -33,225.58 (the paper: 1.204, 0.750,
 * 0.657, 2.783); the paper's Table 6; Hardie's BG/BB spreadsheet (note 010) as quoted by lifetimes'
 * and pymc-marketing's tests.
 */
class BgBbDonationsTest {
    private static final BgBbData DONATIONS = ClvFixtures.donations();
    private static final BgBbModel FIT = BgBb.fit(DONATIONS);

    @Test
    void fit_donations_matchesPublishedParametersAndLogLikelihood() {
        assertThat(FIT.alpha()).isCloseTo(1.204, within(0.001));
        assertThat(FIT.beta()).isCloseTo(0.750, within(0.001));
        assertThat(FIT.gamma()).isCloseTo(0.657, within(0.001));
        assertThat(FIT.delta()).isCloseTo(2.783, within(0.001));
        assertThat(FIT.logLikelihood()).isCloseTo(-33225.58, within(0.01));
        FitReport report = FIT.report().orElseThrow();
        assertThat(report.converged()).isTrue();
        assertThat(report.customers()).isEqualTo(11104);
        assertThat(report.rows()).isEqualTo(22);
        assertThat(report.unit()).isEmpty();
    }

    @Test
    void probabilityAlive_paperTable6_matchesToTwoDecimals() {
        // P(alive in 2002): last donation 1995 (no repeat), 1999 with 2 repeats, 2001 with 6 repeats
        assertThat(FIT.probabilityAlive(0, 0, 6)).isCloseTo(0.11, within(0.005));
        assertThat(FIT.probabilityAlive(2, 4, 6)).isCloseTo(0.59, within(0.005));
        assertThat(FIT.probabilityAlive(6, 6, 6)).isCloseTo(0.93, within(0.005));
    }

    @Test
    void conditionalExpectedTransactions_nextFiveYearsTimesWeights_matchesSpreadsheetTotal() {
        // Hardie's "Conditional Expectations (II)" sheet, column F total: 12,884.2 donations in 2002-2006
        double[] perRow = FIT.conditionalExpectedTransactions(5, DONATIONS);
        double total = 0;
        for (int i = 0; i < DONATIONS.rows(); i++) {
            total += perRow[i] * DONATIONS.weight(i);
        }
        assertThat(total).isCloseTo(12884.2, within(0.1));
    }

    @Test
    void probabilityOfTransactions_timesDonors_matchesSpreadsheetInSampleFit() {
        // The spreadsheet's "In-Sample Fit" column (cells C18 and C24, lifetimes'
        // expected_number_of_transactions_in_first_n_periods(6).loc[[0, 6]]) is the expected number of donors
        // with x = 0 and x = 6 repeat donations in the n = 6 years: 11,104 · P(X(6) = x).
        assertThat(11104 * FIT.probabilityOfTransactions(0, 6)).isCloseTo(3454.9, within(0.1));
        assertThat(11104 * FIT.probabilityOfTransactions(6, 6)).isCloseTo(1253.1, within(0.1));
    }

    @Test
    void expectedTransactions_newDonor_matchesSpreadsheetTrackingPlot() {
        // pymc-marketing test_expected_purchases_new_customer: cells B7:B17 of the "Tracking Plot" sheet,
        // at alpha 1.2035, beta 0.7497, gamma 0.6567, delta 2.7834, with its tolerance rtol 0.001
        double[] expected = {0.4985, 0.9233, 1.2969, 1.6323, 1.9381, 2.2202, 2.4826, 2.7285, 2.9603, 3.1798, 3.3887};
        BgBbModel m = BgBbModel.of(1.2035, 0.7497, 0.6567, 2.7834);
        for (int n = 1; n <= 11; n++) {
            assertThat(m.expectedTransactions(n)).as("n=%d", n)
                    .isCloseTo(expected[n - 1], within(0.001 * expected[n - 1]));
        }
    }

    @Test
    void fit_expandedCustomers_sameAsWeightedRows() {
        // lifetimes test_fit_with_and_without_weights: 11,104 single rows compress to the same 22 rows
        int customers = (int) DONATIONS.customers();
        int[] x = new int[customers];
        int[] tx = new int[customers];
        int[] n = new int[customers];
        int k = 0;
        for (int i = 0; i < DONATIONS.rows(); i++) {
            for (int c = 0; c < DONATIONS.weight(i); c++) {
                x[k] = DONATIONS.x(i);
                tx[k] = DONATIONS.tx(i);
                n[k] = DONATIONS.n(i);
                k++;
            }
        }
        BgBbData expanded = BgBbData.of(x, tx, n);
        assertThat(expanded.rows()).isEqualTo(22);
        BgBbModel fit = BgBb.fit(expanded);
        assertThat(fit.parameters().values()).containsExactlyElementsOf(FIT.parameters().values());
    }

    @Test
    void logLikelihood_sumOfCustomers_equalsReportedFitLogLikelihood() {
        double sum = 0;
        for (int i = 0; i < DONATIONS.rows(); i++) {
            sum += DONATIONS.weight(i) * FIT.logLikelihood(DONATIONS.x(i), DONATIONS.tx(i), DONATIONS.n(i));
        }
        assertThat(FIT.logLikelihood()).isCloseTo(sum, within(1e-6));
    }

    @Test
    void toString_showsParametersAndFit() {
        assertThat(FIT.toString()).startsWith("BG/BB[alpha=1.20").contains("BG/BB fit: log-likelihood -33225.58")
                .contains("11,104 customers in 22 rows").contains("delta");
        assertThat(BgBbModel.of(1, 2, 3, 4)).hasToString("BG/BB[alpha=1.000000, beta=2.000000, gamma=3.000000, "
                + "delta=4.000000]");
    }
}
