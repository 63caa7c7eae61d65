package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD predictions against naive numerical integrals of their defining expectations
 * ({@link ParetoNbdReference}), the closed form of Fader &amp; Hardie's note on P(X(t) = x), and,
 * for simulation, the model's own population quantities with a known sampling error.
 */
class ParetoNbdPredictionTest {
    private static final double[][] PARAMETERS = {
        {0.5533, 10.5774, 0.6063, 11.6689},  // CDNOW: s < 1, alpha < beta
        {0.5533, 11.6689, 0.6063, 10.5774},  // alpha > beta
        {1.4, 8, 1, 20},                     // s = 1 exactly: the logarithmic limit
        {1.4, 8, 1 + 1e-9, 20},              // next to it
        {2.5, 4, 3.2, 4},                    // s > 1, alpha == beta
    };
    private static final double[][] HISTORIES = {{0, 0, 38.86}, {2, 30.43, 38.86}, {2, 38.86, 38.86},
        {26, 30.86, 31}, {7, 2, 52}, {300, 70, 78}};

    private static ParetoNbdModel model(double[] p) {
        return ParetoNbdModel.of(p[0], p[1], p[2], p[3], TimeScale.WEEKS);
    }

    @Test
    void expectedPurchases_anyHorizon_matchesIntegralOfRateTimesSurvival() {
        for (double[] p : PARAMETERS) {
            ParetoNbdReference reference = new ParetoNbdReference(p[0], p[1], p[2], p[3]);
            for (double t : new double[] {1e-6, 1, 39, 78, 1000}) {
                double expected = reference.expectedPurchases(t);
                assertThat(model(p).expectedPurchases(t)).as("t=%s", t).isCloseTo(expected, within(1e-10 * expected));
            }
            assertThat(model(p).expectedPurchases(0)).isZero();
        }
    }

    @Test
    void conditionalExpectedPurchases_anyHistory_matchesIntegralOverPosterior() {
        for (double[] p : PARAMETERS) {
            ParetoNbdReference reference = new ParetoNbdReference(p[0], p[1], p[2], p[3]);
            for (double[] h : HISTORIES) {
                for (double t : new double[] {1, 39, 520}) {
                    double expected = reference.conditionalExpectedPurchases(t, (int) h[0], h[1], h[2]);
                    assertThat(model(p).conditionalExpectedPurchases(t, (int) h[0], h[1], h[2]))
                            .as("t=%s, history %s", t, java.util.Arrays.toString(h))
                            .isCloseTo(expected, within(1e-8 * Math.max(1, expected)));
                }
            }
        }
    }

    @Test
    void probabilityNoPurchase_anyHistory_matchesDropoutDuringWindowIntegral() {
        for (double[] p : PARAMETERS) {
            ParetoNbdReference reference = new ParetoNbdReference(p[0], p[1], p[2], p[3]);
            for (double[] h : HISTORIES) {
                for (double t : new double[] {0.5, 39, 520}) {
                    double expected = reference.probabilityNoPurchase(t, (int) h[0], h[1], h[2]);
                    assertThat(model(p).probabilityNoPurchase(t, (int) h[0], h[1], h[2]))
                            .as("t=%s, history %s", t, java.util.Arrays.toString(h)).isCloseTo(expected, within(1e-9));
                }
                assertThat(model(p).probabilityNoPurchase(0, (int) h[0], h[1], h[2])).isEqualTo(1.0);
            }
        }
    }

    @Test
    void probabilityOfPurchases_smallCounts_matchFaderHardieClosedForm() {
        for (double[] p : PARAMETERS) {
            ParetoNbdReference reference = new ParetoNbdReference(p[0], p[1], p[2], p[3]);
            for (double t : new double[] {1, 39, 78}) {
                for (int n = 0; n <= 10; n++) {
                    double expected = reference.probabilityOfPurchasesClosedForm(n, t);
                    assertThat(model(p).probabilityOfPurchases(n, t)).as("n=%d, t=%s", n, t)
                            .isCloseTo(expected, within(1e-9 * Math.max(expected, 1e-3)));
                }
            }
        }
    }

    @Test
    void probabilityOfPurchases_allCounts_sumToOneWithMeanExpectedPurchases() {
        for (double[] p : PARAMETERS) {
            ParetoNbdModel model = model(p);
            double t = 39;
            double total = 0;
            double mean = 0;
            for (int n = 0; n <= 2000; n++) {
                double pn = model.probabilityOfPurchases(n, t);
                total += pn;
                mean += n * pn;
            }
            assertThat(total).isCloseTo(1, within(1e-9));
            assertThat(mean).isCloseTo(model.expectedPurchases(t), within(1e-7));
        }
    }

    @Test
    void probabilityOfPurchases_extremeParameters_sumToOneWithMeanExpectedPurchases() {
        // early, sharply concentrated dropout (large s, tiny beta), very long horizons, a tiny horizon
        double[][] cases = {{98.34, 0.7934, 60.54, 0.003876, 1491.5}, {0.2408, 0.5356, 84.94, 0.002490, 597_963},
            {87.0, 0.2008, 94.01, 19.73, 9756.8}, {0.05, 0.001, 0.05, 5000, 0.01}};
        for (double[] c : cases) {
            ParetoNbdModel model = ParetoNbdModel.of(c[0], c[1], c[2], c[3], TimeScale.WEEKS);
            double t = c[4];
            double total = 0;
            double mean = 0;
            for (int n = 0; n <= 3000; n++) {
                double pn = model.probabilityOfPurchases(n, t);
                total += pn;
                mean += n * pn;
            }
            assertThat(total).as(java.util.Arrays.toString(c)).isCloseTo(1, within(1e-9));
            assertThat(mean).as(java.util.Arrays.toString(c)).isCloseTo(model.expectedPurchases(t),
                    within(1e-8 * Math.max(1, model.expectedPurchases(t))));
        }
    }

    @Test
    void probabilityOfPurchases_largeCountsAndZeroHorizon_stayFiniteProbabilities() {
        ParetoNbdModel model = model(PARAMETERS[0]);
        for (int n : new int[] {100, 1000, 100_000}) {
            assertThat(model.probabilityOfPurchases(n, 39)).isFinite().isBetween(0.0, 1e-10);
            assertThat(model.probabilityOfPurchases(n, 1e6)).isFinite().isBetween(0.0, 1.0);
        }
        assertThat(model.probabilityOfPurchases(0, 0)).isEqualTo(1.0);
        assertThat(model.probabilityOfPurchases(3, 0)).isZero();
    }

    @Test
    void simulate_manyCustomers_matchesPopulationQuantities() {
        ParetoNbdModel model = model(PARAMETERS[0]);
        int n = 100_000;
        double age = 39;
        double[] ages = new double[n];
        java.util.Arrays.fill(ages, age);
        SimulatedCustomers customers = model.simulate(ages, 7);
        double sum = 0;
        double sumSquares = 0;
        int zeros = 0;
        int alive = 0;
        for (int i = 0; i < n; i++) {
            int x = customers.x()[i];
            sum += x;
            sumSquares += (double) x * x;
            zeros += x == 0 ? 1 : 0;
            alive += customers.alive()[i] ? 1 : 0;
            if (x == 0) {
                assertThat(customers.tx()[i]).isZero();
            } else {
                assertThat(customers.tx()[i]).isPositive().isLessThanOrEqualTo(age);
            }
        }
        double mean = sum / n;
        double standardError = Math.sqrt((sumSquares / n - mean * mean) / n);
        // within 4 standard errors of E[X(39)], P(X(39) = 0) and P(lifetime > 39) = (β/(β+39))^s
        assertThat(mean).isCloseTo(model.expectedPurchases(age), within(4 * standardError));
        double pZero = model.probabilityOfPurchases(0, age);
        assertThat((double) zeros / n).isCloseTo(pZero, within(4 * Math.sqrt(pZero * (1 - pZero) / n)));
        double pAlive = Math.pow(model.beta() / (model.beta() + age), model.s());
        assertThat((double) alive / n).isCloseTo(pAlive, within(4 * Math.sqrt(pAlive * (1 - pAlive) / n)));
    }

    @Test
    void simulate_sameSeed_givesSameCustomers() {
        ParetoNbdModel model = model(PARAMETERS[0]);
        double[] ages = {10, 20, 30, 40};
        SimulatedCustomers first = model.simulate(ages, 42);
        SimulatedCustomers second = model.simulate(ages, 42);
        assertThat(first.x()).containsExactly(second.x());
        assertThat(first.tx()).containsExactly(second.tx());
        assertThat(first.alive()).containsExactly(second.alive());
    }

    @Test
    void probabilityAlive_noRepeatPurchases_isBelowOneAndFallsWithAge() {
        // unlike BG/NBD, a customer who never came back may have dropped out
        ParetoNbdModel model = model(PARAMETERS[0]);
        double young = model.probabilityAlive(0, 0, 1);
        double old = model.probabilityAlive(0, 0, 78);
        assertThat(young).isLessThan(1.0);
        assertThat(old).isLessThan(young);
        ParetoNbdReference reference = new ParetoNbdReference(0.5533, 10.5774, 0.6063, 11.6689);
        assertThat(old).isCloseTo(reference.probabilityAlive(0, 0, 78), within(1e-10));
    }
}
