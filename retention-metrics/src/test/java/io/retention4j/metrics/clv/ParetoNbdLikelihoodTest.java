package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.internal.Hypergeometric;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The Pareto/NBD log-likelihood and P(alive) against a brute-force integral over the dropout time
 * ({@link ParetoNbdReference}), for frequencies up to 1,000 and every kind of recency: t_x = 0,
 * t_x = T, huge T, alpha equal to beta, and alpha and beta far apart (where the hypergeometric series
 * is replaced by the integral); the analytic gradient against central differences; and the a0 terms
 * against the note's own ₂F₁ form evaluated by the plain series.
 */
class ParetoNbdLikelihoodTest {

    @Property(tries = 300)
    void logLikelihood_anyHistory_matchesBruteForceIntegral(
            @ForAll @DoubleRange(min = 0.05, max = 20) double r,
            @ForAll @DoubleRange(min = -2, max = 4) double log10Alpha,
            @ForAll @DoubleRange(min = 0.05, max = 20) double s,
            @ForAll @DoubleRange(min = -2, max = 4) double log10Beta,
            @ForAll @IntRange(min = 0, max = 1000) int x,
            @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
            @ForAll @DoubleRange(min = 0, max = 5) double log10T) {
        double alpha = Math.pow(10, log10Alpha);
        double beta = Math.pow(10, log10Beta);
        double T = Math.pow(10, log10T) - 1;
        double tx = x == 0 ? 0 : recencyShare * T;
        assertMatchesReference(r, alpha, s, beta, x, tx, T);
    }

    @Example
    void logLikelihood_edgeHistories_matchBruteForceIntegral() {
        double[][] parameters = {
            {0.5533, 10.5774, 0.6063, 11.6689},   // CDNOW, alpha < beta
            {0.5533, 11.6689, 0.6063, 10.5774},   // alpha > beta
            {0.8, 7.5, 1.3, 7.5},                 // alpha == beta: the 2F1 terms are 1
            {0.5, 0.02, 0.6, 5000},               // beta / alpha = 250000: integral instead of series
            {0.5, 5000, 0.6, 0.02},               // alpha / beta = 250000
            {10.465, 7.98565181e-03, 3.0516, 2.820}, // lifetimes' overflow case
        };
        int[] frequencies = {0, 1, 2, 26, 400, 1000};
        double[][] histories = {{0, 38.86}, {30.43, 38.86}, {38.86, 38.86}, {1e-9, 38.86}, {5, 6}, {0, 1e6},
            {999_999, 1e6}, {0.5, 1e6}};
        for (double[] p : parameters) {
            for (int x : frequencies) {
                for (double[] h : histories) {
                    assertMatchesReference(p[0], p[1], p[2], p[3], x, x == 0 ? 0 : h[0], h[1]);
                }
            }
        }
    }

    @Example
    void probabilityAlive_clvToolsInstabilityCase_isFiniteAndMatchesBruteForce() {
        // CLVTools test_correctness_pnbd.R: inputs that gave NaN in an earlier implementation
        ParetoNbdModel model = ParetoNbdModel.of(0.5143, 2.8845, 0.2856, 14.1087, TimeScale.WEEKS);
        ParetoNbdReference reference = new ParetoNbdReference(0.5143, 2.8845, 0.2856, 14.1087);
        int[] x = {221, 254, 161, 204};
        double[] tx = {103.42857, 97.14286, 94.71429, 98.57143};
        double[] t = {103.57143, 97.28571, 98.00000, 99.42857};
        for (int i = 0; i < x.length; i++) {
            double alive = model.probabilityAlive(x[i], tx[i], t[i]);
            assertThat(alive).isBetween(0.0, 1.0).isCloseTo(reference.probabilityAlive(x[i], tx[i], t[i]),
                    within(1e-9));
        }
    }

    private static void assertMatchesReference(double r, double alpha, double s, double beta, int x, double tx,
                                               double T) {
        ParetoNbdModel model = ParetoNbdModel.of(r, alpha, s, beta, TimeScale.WEEKS);
        ParetoNbdReference reference = new ParetoNbdReference(r, alpha, s, beta);
        String where = "r=" + r + " alpha=" + alpha + " s=" + s + " beta=" + beta + " x=" + x + " tx=" + tx + " T=" + T;
        double expected = reference.logLikelihood(x, tx, T);
        double actual = model.logLikelihood(x, tx, T);
        assertThat(actual).as(where).isFinite().isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        double alive = model.probabilityAlive(x, tx, T);
        assertThat(alive).as(where).isBetween(0.0, 1.0).isCloseTo(reference.probabilityAlive(x, tx, T),
                within(1e-9));
    }

    @Example
    void valueAndGradient_smallData_matchesSumOfLogLikelihoodsAndCentralDifferences() {
        int[] x = {0, 0, 1, 2, 2, 7, 26, 1000, 3};
        double[] tx = {0, 0, 1.71, 30.43, 38.86, 12.5, 30.86, 50, 0.5};
        double[] t = {38.86, 27, 38.86, 38.86, 38.86, 33, 31, 52, 0.5};
        double[] w = {5, 2, 1, 3, 1, 1, 1, 1, 2};
        BtydData data = BtydData.of(x, tx, t, w, TimeScale.WEEKS);
        ParetoNbdLikelihood likelihood = new ParetoNbdLikelihood(data, false);
        double[][] points = {{0.55, 10.6, 0.61, 11.7}, {0.55, 11.7, 0.61, 10.6}, {1.2, 4, 2.5, 4},
            {0.5, 0.02, 0.6, 5000}, {0.5, 5000, 0.6, 0.02}, {3, 1, 0.2, 400}};
        for (double[] theta : points) {
            double[] gradient = new double[4];
            double value = likelihood.valueAndGradient(theta, gradient);
            ParetoNbdModel model = ParetoNbdModel.of(theta[0], theta[1], theta[2], theta[3], TimeScale.WEEKS);
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum += w[i] * model.logLikelihood(x[i], tx[i], t[i]);
            }
            assertThat(value).isCloseTo(-sum, within(1e-9 * Math.abs(sum)));
            for (int k = 0; k < 4; k++) {
                double h = 1e-6 * theta[k];
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (likelihood.valueAndGradient(up, new double[4])
                        - likelihood.valueAndGradient(down, new double[4])) / (2 * h);
                assertThat(gradient[k]).as("parameter %d at %s", k, java.util.Arrays.toString(theta))
                        .isCloseTo(numeric, within(1e-6 * Math.max(1, Math.abs(numeric))));
            }
        }
    }

    @Example
    void valueAndGradient_parametersOutsideTheDomain_isNaNSoTheOptimizerStepsBack() {
        BtydData data = BtydData.of(new int[] {1}, new double[] {1}, new double[] {2}, TimeScale.WEEKS);
        ParetoNbdLikelihood likelihood = new ParetoNbdLikelihood(data, false);
        assertThat(likelihood.valueAndGradient(new double[] {1, Double.POSITIVE_INFINITY, 1, 1}, new double[4])).isNaN();
        assertThat(likelihood.valueAndGradient(new double[] {1, 1, 0, 1}, new double[4])).isNaN();
    }

    @Property(tries = 200)
    void a0Term_seriesRange_matchesNoteFormWithPlainHypergeometricSeries(
            @ForAll @DoubleRange(min = 0.05, max = 10) double r,
            @ForAll @DoubleRange(min = 0.1, max = 50) double alpha,
            @ForAll @DoubleRange(min = 0.05, max = 10) double s,
            @ForAll @DoubleRange(min = 0.1, max = 50) double beta,
            @ForAll @IntRange(min = 0, max = 1000) int x,
            @ForAll @DoubleRange(min = 0, max = 100) double t) {
        // the note: a0(t) = 2F1(r+s+x, s+1; r+s+x+1; (α-β)/(α+t)) / (α+t)^(r+s+x) for α >= β, roles swapped otherwise
        double a = r + s + x;
        boolean alphaLarger = alpha >= beta;
        double larger = alphaLarger ? alpha : beta;
        double z = Math.abs(alpha - beta) / (larger + t);
        double expected = Hypergeometric.logHyp2f1(a, alphaLarger ? s + 1 : r + x, a + 1, z) - a * Math.log(larger + t);
        double actual = ParetoNbdA0.log(r, alpha, s, beta, x, t, new double[4], new double[5]);
        assertThat(actual).isCloseTo(expected, within(1e-11 * Math.max(1, Math.abs(expected))));
    }

    @Example
    void a0Term_eitherSideOfTheSeriesLimit_integralAndSeriesAgree() {
        // z = (β-α)/(β+t) crosses 0.99 at β = 99α + 100t: the two methods meet there
        int[] frequencies = {0, 1, 5, 100, 1000};
        for (int x : frequencies) {
            double[] below = new double[4];
            double[] above = new double[4];
            double t = 0.5;
            double alpha = 1;
            double betaLimit = 99 * alpha + 100 * t;
            double lowSide = ParetoNbdA0.log(0.5, alpha, 0.6, betaLimit * (1 - 1e-9), x, t, below, new double[5]);
            double highSide = ParetoNbdA0.log(0.5, alpha, 0.6, betaLimit * (1 + 1e-9), x, t, above, new double[5]);
            assertThat(highSide).as("x=%d", x).isCloseTo(lowSide, within(1e-7 * Math.max(1, Math.abs(lowSide))));
            for (int k = 0; k < 4; k++) {
                assertThat(above[k]).as("x=%d, derivative %d", x, k)
                        .isCloseTo(below[k], within(1e-6 * Math.max(1, Math.abs(below[k]))));
            }
        }
    }
}
