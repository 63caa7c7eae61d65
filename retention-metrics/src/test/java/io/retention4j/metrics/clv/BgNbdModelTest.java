package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmRow;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Quadrature;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD predictions against lifetimes' published expectations, against the defining integrals
 * computed independently in the test, and against simulation.
 */
class BgNbdModelTest {
    private static final BgNbdModel CDNOW = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEKS);

    @Test
    void fit_lifetimesExample_matchesLifetimesParametersAndPredictions() throws IOException {
        // lifetimes tests: BetaGeoFitter on the example summary (daily, observation end = last date):
        // r=0.16, alpha=1.86, a=1.85, b=3.18 (2 decimals); predicted purchases in 30 days for ids 0..4
        TransactionLog log;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(getClass().getClassLoader()
                .getResourceAsStream("lifetimes-example/example_transactions.csv")), StandardCharsets.UTF_8)) {
            log = TransactionReader.of(CsvMapping.of("id", "date")).read(in, "example_transactions.csv").value();
        }
        RfmSummary summary = RfmSummary.builder().unit(TimeScale.DAYS)
                .observationEnd(Instant.ofEpochMilli(log.maxEpochMillis())).build(log);
        BgNbdModel fit = BgNbd.fit(summary);
        assertThat(fit.r()).isCloseTo(0.16, within(0.005));
        assertThat(fit.alpha()).isCloseTo(1.86, within(0.005));
        assertThat(fit.a()).isCloseTo(1.85, within(0.005));
        assertThat(fit.b()).isCloseTo(3.18, within(0.005));
        double[] expected = {0.016053, 0.021171, 0.030461, 0.031686, 0.001607};
        for (int id = 0; id < 5; id++) {
            RfmRow row = summary.row(String.valueOf(id));
            assertThat(fit.conditionalExpectedPurchases(30, row.frequency(), row.recency(), row.T()))
                    .as("id %d", id).isCloseTo(expected[id], within(5e-7)); // published to 6 decimals
        }
    }

    @Test
    void expectedPurchases_matchesIntegralOverDropoutProbability() {
        // E[X(t)] = ∫ (1/p)(1 - (α/(α+pt))^r) Beta(p; a, b) dp, by tanh-sinh quadrature of the defining integrand
        for (double t : new double[] {1, 10, 39, 78, 300}) {
            assertThat(CDNOW.expectedPurchases(t)).as("t=%s", t)
                    .isCloseTo(integralExpectation(0.243, 4.414, 0.793, 2.426, t), within(1e-6));
        }
        assertThat(CDNOW.expectedPurchases(0)).isZero();
    }

    @Test
    void expectedPurchases_aEqualToOne_usesQuadratureAndMatchesTheLimitOfTheClosedForm() {
        // a = 1 makes the closed form 0/0; its limit is approached from both sides
        BgNbdModel atOne = BgNbdModel.of(0.5, 3, 1.0, 2, TimeScale.WEEKS);
        double below = BgNbdModel.of(0.5, 3, 1.0 - 2e-4, 2, TimeScale.WEEKS).expectedPurchases(20);
        double above = BgNbdModel.of(0.5, 3, 1.0 + 2e-4, 2, TimeScale.WEEKS).expectedPurchases(20);
        assertThat(atOne.expectedPurchases(20)).isBetween(Math.min(below, above), Math.max(below, above));
        assertThat(atOne.expectedPurchases(20)).isCloseTo(integralExpectation(0.5, 3, 1.0, 2, 20), within(1e-6));
    }

    @Test
    void conditionalExpectedPurchases_equalsAliveProbabilityTimesPosteriorIntegral() {
        int x = 5;
        double tx = 20;
        double t = 38;
        double alive = CDNOW.probabilityAlive(x, tx, t);
        double reference = alive * integralExpectation(0.243 + x, 4.414 + t, 0.793, 2.426 + x, 52);
        assertThat(CDNOW.conditionalExpectedPurchases(52, x, tx, t)).isCloseTo(reference, within(1e-6));
    }

    @Test
    void probabilityAlive_handComputed() {
        // x=2, t_x=30.43, T=38.86: 1 / (1 + a/(b+1) ((α+T)/(α+t_x))^(r+2))
        double odds = 0.793 / (2.426 + 1) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2);
        assertThat(CDNOW.probabilityAlive(2, 30.43, 38.86)).isCloseTo(1 / (1 + odds), within(1e-12));
        assertThat(CDNOW.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
    }

    @Test
    void probabilityOfPurchases_sumsToOneAndMeanIsExpectedPurchases() {
        double total = 0;
        double mean = 0;
        for (int n = 0; n <= 400; n++) {
            double p = CDNOW.probabilityOfPurchases(n, 39);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(mean).isCloseTo(CDNOW.expectedPurchases(39), within(1e-6));
    }

    @Test
    void probabilityNoPurchase_deadOrAliveWithoutPurchase() {
        double alive = CDNOW.probabilityAlive(3, 25, 38);
        double quiet = Math.pow((4.414 + 38) / (4.414 + 38 + 10), 0.243 + 3);
        assertThat(CDNOW.probabilityNoPurchase(10, 3, 25, 38)).isCloseTo(1 - alive + alive * quiet, within(1e-12));
        assertThat(CDNOW.probabilityNoPurchase(0, 3, 25, 38)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void logLikelihood_sumOverCdnowEqualsTheFitsLogLikelihood() {
        RfmSummary cdnow = ClvFixtures.cdnowSummary();
        BgNbdModel fit = BgNbd.fit(cdnow);
        double sum = 0;
        for (int i = 0; i < cdnow.size(); i++) {
            sum += fit.logLikelihood(cdnow.frequency(i), cdnow.recency(i), cdnow.T(i));
        }
        assertThat(sum).isCloseTo(fit.logLikelihood(), within(1e-6));
    }

    @Test
    void simulate_fitRecoversParametersWithinThreeStandardErrors() {
        BgNbdModel truth = BgNbdModel.of(0.24, 4.41, 0.79, 2.43, TimeScale.WEEKS);
        double[] ages = new double[100_000];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < ages.length; i++) {
            ages[i] = random.nextInt(39 * 7, 78 * 7 + 1) / 7.0;
        }
        SimulatedCustomers simulated = truth.simulate(ages, 2026);
        FitReport report = BgNbd.fit(simulated.data()).report().orElseThrow();
        truth.parameters().forEach((name, value) -> assertThat(Math.abs(report.estimate(name) - value))
                .as("%s = %s ± %s", name, report.estimate(name), report.standardError(name))
                .isLessThan(3 * report.standardError(name)));
    }

    @Test
    void simulate_sameSeedSameCustomers_aliveShareMatchesMeanProbabilityAlive() {
        double[] ages = new double[20_000];
        java.util.Arrays.fill(ages, 52);
        SimulatedCustomers a = CDNOW.simulate(ages, 1);
        SimulatedCustomers b = CDNOW.simulate(ages, 1);
        assertThat(a.x()).isEqualTo(b.x());
        assertThat(a.tx()).isEqualTo(b.tx());
        double predicted = 0;
        int alive = 0;
        for (int i = 0; i < a.size(); i++) {
            predicted += CDNOW.probabilityAlive(a.x()[i], a.tx()[i], a.T()[i]);
            alive += a.alive()[i] ? 1 : 0;
        }
        // the count of survivors is a sum of independent Bernoullis: within 4 standard deviations
        double sd = Math.sqrt(predicted * (1 - predicted / a.size()));
        assertThat((double) alive).isCloseTo(predicted, within(4 * sd));
    }

    @Test
    void fit_badInput_clearExceptions() {
        assertThatThrownBy(() -> BtydData.of(new int[] {-1}, new double[] {0}, new double[] {5}, TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency x must be >= 0")
                .hasMessageContaining("row 0");
        assertThatThrownBy(() -> BtydData.of(new int[] {1, 2}, new double[] {1, 6}, new double[] {5, 5},
                TimeScale.WEEKS)).hasMessageContaining("t_x must be in 0..T").hasMessageContaining("row 1");
        assertThatThrownBy(() -> BtydData.of(new int[] {1}, new double[] {Double.NaN}, new double[] {5},
                TimeScale.WEEKS)).hasMessageContaining("finite");
        assertThatThrownBy(() -> BtydData.of(new int[0], new double[0], new double[0], TimeScale.WEEKS))
                .hasMessageContaining("no customers");
        BtydData allZero = BtydData.of(new int[] {0, 0}, new double[] {0, 0}, new double[] {3, 4}, TimeScale.WEEKS);
        assertThatThrownBy(() -> BgNbd.fit(allZero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every customer has frequency 0");
        assertThatThrownBy(() -> CDNOW.conditionalExpectedPurchases(-1, 1, 1, 2))
                .hasMessageContaining("horizon t must be a finite number >= 0, got -1.0");
    }

    @Test
    void fit_iterationLimitTooLow_throwsWithAdvice() {
        assertThatThrownBy(() -> BgNbd.fit(BtydData.of(ClvFixtures.cdnowSummary()),
                FitOptions.defaults().maxIterations(2)))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("did not converge").hasMessageContaining("maxIterations")
                .satisfies(e -> assertThat(((ModelFitException) e).lastIterate().iterations()).isEqualTo(2));
    }

    @Test
    void conditionalExpectedPurchases_summaryInDays_convertedToTheModelsWeeks() {
        // the same customer in days: x=2, t_x=213.01 days, T=272.02 days -> 30.43 and 38.86 weeks
        RfmSummary days = RfmSummary.fromArrays(new String[] {"c"}, new int[] {2}, new double[] {30.43 * 7},
                new double[] {38.86 * 7}, null, TimeScale.DAYS);
        assertThat(CDNOW.conditionalExpectedPurchases(39, days)[0])
                .isCloseTo(CDNOW.conditionalExpectedPurchases(39, 2, 30.43, 38.86), within(1e-12));
        assertThat(CDNOW.probabilityAlive(days)[0]).isCloseTo(CDNOW.probabilityAlive(2, 30.43, 38.86), within(1e-12));
    }

    /** ∫₀¹ (1/p)(1 - (α/(α+pt))^r) p^(a-1) (1-p)^(b-1) / B(a,b) dp, an independent evaluation. */
    private static double integralExpectation(double r, double alpha, double a, double b, double t) {
        double logNorm = LogMath.logBeta(a, b);
        return Quadrature.unitInterval((p, q) -> (1 - Math.pow(alpha / (alpha + p * t), r)) / p
                * Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log(q) - logNorm), 1e-13);
    }
}
