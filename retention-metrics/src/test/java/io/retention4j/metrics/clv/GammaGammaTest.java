package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.util.Random;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma against naive integrals, finite differences and simulated data with known parameters. */
class GammaGammaTest {
    private static final GammaGammaModel PUBLISHED = GammaGammaModel.of(6.25, 3.74, 15.44);

    /** The density of ν ~ Gamma(q, rate γ) times the density of the mean of x Gamma(p, rate ν) spends. */
    private static double joint(double nu, int x, double m, double p, double q, double gamma) {
        double logPrior = q * Math.log(gamma) + (q - 1) * Math.log(nu) - gamma * nu - Gamma.logGamma(q);
        double rate = x * nu; // mean of x Gamma(p, ν) values ~ Gamma(px, rate xν)
        double logMean = p * x * Math.log(rate) + (p * x - 1) * Math.log(m) - rate * m - Gamma.logGamma(p * x);
        return Math.exp(logPrior + logMean);
    }

    /** Trapezoid integral of f over ν in (0, 5] on a fine grid: the integrands here vanish well before 5. */
    private static double integrate(java.util.function.DoubleUnaryOperator f) {
        int steps = 400_000;
        double h = 5.0 / steps;
        double sum = 0;
        for (int i = 1; i <= steps; i++) {
            double nu = i * h;
            sum += (i == steps ? 0.5 : 1) * f.applyAsDouble(nu);
        }
        return sum * h;
    }

    @Test
    void logLikelihood_equalsTheLogOfTheMixtureIntegral() {
        int x = 3;
        double m = 28.5;
        double direct = integrate(nu -> joint(nu, x, m, 6.25, 3.74, 15.44));
        assertThat(PUBLISHED.logLikelihood(x, m)).isCloseTo(Math.log(direct), within(1e-6));
    }

    @Test
    void conditionalExpectedSpend_equalsThePosteriorMeanOfPOverNu() {
        int x = 2;
        double m = 22.35;
        double evidence = integrate(nu -> joint(nu, x, m, 6.25, 3.74, 15.44));
        double mean = integrate(nu -> 6.25 / nu * joint(nu, x, m, 6.25, 3.74, 15.44)) / evidence;
        assertThat(PUBLISHED.conditionalExpectedSpend(x, m)).isCloseTo(mean, withinPercentage(1e-6));
        // hand computation: 6.25 (15.44 + 2 · 22.35) / (6.25 · 2 + 3.74 - 1) = 375.875 / 15.24
        assertThat(PUBLISHED.conditionalExpectedSpend(x, m)).isCloseTo(375.875 / 15.24, within(1e-12));
        assertThat(PUBLISHED.populationMeanSpend()).isCloseTo(6.25 * 15.44 / 2.74, within(1e-12));
        assertThat(PUBLISHED.conditionalExpectedSpend(0, 0)).isEqualTo(PUBLISHED.populationMeanSpend());
    }

    @Test
    void conditionalExpectedSpend_withoutAFiniteMean_isInfinite() {
        GammaGammaModel heavy = GammaGammaModel.of(0.2, 0.5, 10);
        assertThat(heavy.populationMeanSpend()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(heavy.conditionalExpectedSpend(1, 5)).isEqualTo(Double.POSITIVE_INFINITY); // px + q = 0.7
        assertThat(heavy.conditionalExpectedSpend(3, 5)).isCloseTo(0.2 * (10 + 15) / 0.1, within(1e-9));
    }

    @Test
    void likelihood_gradient_matchesFiniteDifferences() {
        SpendData data = SpendData.of(new int[] {1, 2, 2, 5, 9}, new double[] {11.77, 22.35, 40, 73.74, 18.2},
                new double[] {3, 1, 2, 1, 1});
        GammaGammaLikelihood nll = new GammaGammaLikelihood(data, false);
        double[] theta = {4.1, 2.7, 12.3};
        double[] gradient = new double[3];
        nll.valueAndGradient(theta, gradient);
        for (int k = 0; k < 3; k++) {
            double h = 1e-6 * theta[k];
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (nll.valueAndGradient(up, new double[3]) - nll.valueAndGradient(down, new double[3])) / (2 * h);
            assertThat(gradient[k]).as("parameter %d", k).isCloseTo(numeric, withinPercentage(1e-4));
        }
        // and the value is the weighted sum of the per-customer log densities
        GammaGammaModel at = GammaGammaModel.of(4.1, 2.7, 12.3);
        double sum = 3 * at.logLikelihood(1, 11.77) + at.logLikelihood(2, 22.35) + 2 * at.logLikelihood(2, 40)
                + at.logLikelihood(5, 73.74) + at.logLikelihood(9, 18.2);
        assertThat(-nll.valueAndGradient(theta, gradient)).isCloseTo(sum, within(1e-9));
    }

    @Test
    void fit_weightedRows_equalsTheExpandedCustomers() {
        int[] x = new int[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 + i % 5;
        }
        SimulatedSpend drawn = PUBLISHED.simulate(x, 3L);
        double[] weights = new double[x.length];
        int total = 0;
        for (int i = 0; i < x.length; i++) {
            weights[i] = 1 + i % 3;
            total += 1 + i % 3;
        }
        int[] ex = new int[total];
        double[] em = new double[total];
        for (int i = 0, k = 0; i < x.length; i++) {
            for (int c = 0; c < weights[i]; c++, k++) {
                ex[k] = x[i];
                em[k] = drawn.meanSpend()[i];
            }
        }
        SpendData weighted = SpendData.of(x, drawn.meanSpend(), weights);
        SpendData expanded = SpendData.of(ex, em);
        assertThat(expanded.rows()).isEqualTo(300);
        assertThat(expanded.inputRows()).isEqualTo(600);
        assertThat(weighted.customers()).isEqualTo(600);
        GammaGammaModel a = GammaGamma.fit(weighted);
        GammaGammaModel b = GammaGamma.fit(expanded);
        assertThat(a.p()).isCloseTo(b.p(), withinPercentage(1e-6));
        assertThat(a.q()).isCloseTo(b.q(), withinPercentage(1e-6));
        assertThat(a.gamma()).isCloseTo(b.gamma(), withinPercentage(1e-6));
        assertThat(a.logLikelihood()).isCloseTo(b.logLikelihood(), within(1e-9));
    }

    @Test
    void fit_100kSimulatedRepeatBuyers_recoversTheParametersWithinThreeStandardErrors() {
        Random random = new Random(2005);
        int n = 100_000;
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 + (int) (-Math.log1p(-random.nextDouble()) * 2.5); // 1, 2, ... geometric-like
        }
        SimulatedSpend simulated = PUBLISHED.simulate(x, 17L);
        GammaGammaModel fit = GammaGamma.fit(simulated.data());
        FitReport report = fit.report().orElseThrow();
        assertThat(Math.abs(fit.p() - 6.25)).isLessThan(3 * report.standardError("p"));
        assertThat(Math.abs(fit.q() - 3.74)).isLessThan(3 * report.standardError("q"));
        assertThat(Math.abs(fit.gamma() - 15.44)).isLessThan(3 * report.standardError("gamma"));
        // the hidden truth: the mean of p / ν over customers is near the population mean
        double sum = 0;
        for (double v : simulated.expectedSpend()) {
            sum += v;
        }
        assertThat(sum / n).isCloseTo(PUBLISHED.populationMeanSpend(), withinPercentage(1));
    }

    @Test
    void simulate_sameSeed_sameCustomers() {
        int[] x = {1, 2, 3, 4};
        assertThat(PUBLISHED.simulate(x, 5L).meanSpend()).containsExactly(PUBLISHED.simulate(x, 5L).meanSpend());
        assertThatThrownBy(() -> PUBLISHED.simulate(new int[] {2, 0}, 5L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1]");
    }

    @Test
    void spendData_badRows_areRejectedNamingTheRow() {
        assertThatThrownBy(() -> SpendData.of(new int[] {1, 2}, new double[] {10, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1")
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> SpendData.of(new int[] {1, 2}, new double[] {-5, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0")
                .hasMessageContaining("meanSpend=-5.0");
        assertThatThrownBy(() -> SpendData.of(new int[] {0}, new double[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x must be >= 1");
        assertThatThrownBy(() -> SpendData.of(new int[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> SpendData.of(new int[] {1}, new double[] {3}, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> SpendData.of(new int[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customers");
        assertThatThrownBy(() -> SpendData.of(new int[] {1}, new double[] {3, 4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lengths");
    }

    @Test
    void spendData_summaryWithZeroSpendRepeatBuyer_isRejectedOrLeftOutOnRequest() {
        RfmSummary summary = RfmSummary.fromArrays(new String[] {"a", "b", "c"}, new int[] {0, 2, 1},
                new double[] {0, 3, 2}, new double[] {5, 5, 5}, new double[] {0, 12.5, 0}, TimeScale.WEEKS);
        assertThatThrownBy(() -> SpendData.of(summary)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 'c'").hasMessageContaining("ofPositiveSpend");
        SpendData kept = SpendData.ofPositiveSpend(summary);
        assertThat(kept.customers()).isEqualTo(1);
        assertThat(kept.excludedWithoutRepeat()).isEqualTo(1);
        assertThat(kept.excludedNonPositiveSpend()).isEqualTo(1);
        assertThat(kept.toString()).contains("1 without a repeat purchase, 1 with zero mean spend");
        RfmSummary nobody = RfmSummary.fromArrays(new String[] {"a"}, new int[] {0}, new double[] {0},
                new double[] {5}, null, TimeScale.WEEKS);
        assertThatThrownBy(() -> GammaGamma.fit(nobody)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no repeat buyer");
    }

    @Test
    void model_badArguments_areRejected() {
        assertThatThrownBy(() -> GammaGammaModel.of(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p must be");
        assertThatThrownBy(() -> PUBLISHED.conditionalExpectedSpend(-1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1");
        assertThatThrownBy(() -> PUBLISHED.conditionalExpectedSpend(1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> PUBLISHED.logLikelihood(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanSpend");
        assertThatThrownBy(PUBLISHED::logLikelihood).isInstanceOf(IllegalStateException.class);
        assertThat(PUBLISHED.parameters()).containsKeys("p", "q", "gamma");
        assertThat(PUBLISHED.toString()).contains("Gamma-Gamma[p=6.250000");
    }
}
