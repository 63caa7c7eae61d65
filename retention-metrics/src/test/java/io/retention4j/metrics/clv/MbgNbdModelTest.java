package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.time.TimeScale;
import java.util.Map;
import java.util.Random;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

/**
 * MBG/NBD predictions against references computed here: a numerical integral over p, the identities
 * that tie P(X(t) = n) to E[X(t)], and a plain simulator of the model's story whose customers are
 * followed past T, so that P(alive), E[Y(t)] and P(no purchase) can be compared with what happened.
 */
class MbgNbdModelTest {
    // the CDNOW estimates (BTYDplus / lifetimes), weeks
    private static final MbgNbdModel MODEL = MbgNbdModel.of(0.525, 6.183, 0.891, 1.614, TimeScale.WEEKS);

    @Test
    void expectedPurchases_matchesIntegralOverDropoutProbability() {
        for (double t : new double[] {0.5, 5, 39, 200}) {
            assertThat(MODEL.expectedPurchases(t)).as("t=%s", t).isCloseTo(integralExpectation(MODEL, t), within(1e-7));
        }
        assertThat(MODEL.expectedPurchases(0)).isZero();
    }

    @Test
    void probabilityOfPurchases_sumsToOneAndHasMeanExpectedPurchases() {
        for (double t : new double[] {1, 39, 78}) {
            double total = 0;
            double mean = 0;
            for (int n = 0; n <= 3000; n++) {
                double p = MODEL.probabilityOfPurchases(n, t);
                assertThat(p).isBetween(0.0, 1.0);
                total += p;
                mean += n * p;
            }
            assertThat(total).as("t=%s", t).isCloseTo(1, within(1e-9));
            assertThat(mean).as("t=%s", t).isCloseTo(MODEL.expectedPurchases(t), within(1e-7));
        }
    }

    @Test
    void probabilityOfPurchases_atTimeZero_isAllMassOnZero() {
        assertThat(MODEL.probabilityOfPurchases(0, 0)).isCloseTo(1, within(1e-15));
        assertThat(MODEL.probabilityOfPurchases(3, 0)).isZero();
    }

    @Test
    void probabilityAlive_withoutRepeatPurchases_isBelowOne() {
        // lifetimes test_conditional_probability_alive_returns_lessthan_1_if_no_repeat_purchases
        assertThat(MODEL.probabilityAlive(0, 0, 1)).isLessThan(1);
        // at T = 0 only the time-0 dropout counts: P(alive) = E[1 - p] = b / (a + b)
        assertThat(MODEL.probabilityAlive(0, 0, 0)).isCloseTo(1.614 / (0.891 + 1.614), within(1e-15));
    }

    @Test
    void probabilityAlive_grid_staysInUnitInterval() {
        // lifetimes test_conditional_probability_alive_is_between_0_and_1, extended to large frequencies
        for (int x = 0; x <= 1000; x += 50) {
            for (int j = 0; j <= 100; j += 10) {
                for (int t = j; t <= 100; t += 10) {
                    double p = MODEL.probabilityAlive(x, x == 0 ? 0 : j, t);
                    assertThat(p).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void predictions_onSimulatedCustomers_matchWhatHappenedAfterT() {
        double age = 39;
        double horizon = 26;
        Followed f = follow(MODEL, 200_000, age, horizon, 20240611L);
        // P(alive) by frequency group, E[Y(t)] and P(no purchase) overall: each within 4 standard errors
        for (int group = 0; group <= 2; group++) {
            double predicted = 0;
            double happened = 0;
            int n = 0;
            for (int i = 0; i < f.x.length; i++) {
                if (Math.min(f.x[i], 2) == group) {
                    predicted += MODEL.probabilityAlive(f.x[i], f.tx[i], age);
                    happened += f.alive[i] ? 1 : 0;
                    n++;
                }
            }
            ClvAssertions.assertShare(predicted / n, happened / n, n, "P(alive), frequency group " + group);
        }
        double predictedY = 0;
        double sumY = 0;
        double sumY2 = 0;
        double predictedNone = 0;
        double none = 0;
        int n = f.x.length;
        for (int i = 0; i < n; i++) {
            predictedY += MODEL.conditionalExpectedPurchases(horizon, f.x[i], f.tx[i], age);
            predictedNone += MODEL.probabilityNoPurchase(horizon, f.x[i], f.tx[i], age);
            sumY += f.future[i];
            sumY2 += (double) f.future[i] * f.future[i];
            none += f.future[i] == 0 ? 1 : 0;
        }
        double meanY = sumY / n;
        double sdY = Math.sqrt(sumY2 / n - meanY * meanY);
        assertThat(predictedY / n).isCloseTo(meanY, within(4 * sdY / Math.sqrt(n)));
        ClvAssertions.assertShare(predictedNone / n, none / n, n, "P(no purchase)");
        // the counts up to T follow P(X(T) = k)
        for (int k = 0; k <= 5; k++) {
            int count = 0;
            for (int x : f.x) {
                count += x == k ? 1 : 0;
            }
            ClvAssertions.assertShare(MODEL.probabilityOfPurchases(k, age), (double) count / n, n, "P(X(39) = " + k + ")");
        }
    }

    @Test
    void simulate_seeded_reproducesFrequencyDistributionAndAliveShare() {
        double[] ages = new double[200_000];
        java.util.Arrays.fill(ages, 39);
        SimulatedCustomers s = MODEL.simulate(ages, 7L);
        double[] few = java.util.Arrays.copyOf(ages, 1000);
        assertThat(MODEL.simulate(few, 7L).tx()).isEqualTo(java.util.Arrays.copyOf(s.tx(), 1000));
        int n = s.size();
        for (int k = 0; k <= 5; k++) {
            int count = 0;
            for (int x : s.x()) {
                count += x == k ? 1 : 0;
            }
            ClvAssertions.assertShare(MODEL.probabilityOfPurchases(k, 39), (double) count / n, n, "P(X(39) = " + k + ")");
        }
        double predictedAlive = 0;
        int alive = 0;
        for (int i = 0; i < n; i++) {
            predictedAlive += MODEL.probabilityAlive(s.x()[i], s.tx()[i], 39);
            alive += s.alive()[i] ? 1 : 0;
        }
        ClvAssertions.assertShare(predictedAlive / n, (double) alive / n, n, "alive at T");
    }

    @Test
    void fit_simulatedHundredThousand_recoversParametersWithinThreeStandardErrors() {
        Random ages = new Random(11);
        double[] t = new double[100_000];
        for (int i = 0; i < t.length; i++) {
            t[i] = 39 + ages.nextInt(40 * 7) / 7.0; // 39..78 weeks, recorded in days / 7
        }
        MbgNbdModel fitted = MbgNbd.fit(MODEL.simulate(t, 3L).data());
        ClvAssertions.assertWithinThreeStandardErrors(fitted, Map.of("r", 0.525, "alpha", 6.183, "a", 0.891, "b", 1.614));
    }

    @Test
    void likelihoodGradient_matchesFiniteDifferences() {
        BtydData data = ClvFixtures.cdnowData();
        ClvAssertions.assertGradientMatchesFiniteDifferences(new BgNbdLikelihood(data, false, true),
                new double[] {0.5, 6, 0.9, 1.6}, 1e-5);
    }

    @Test
    void fit_everyFrequencyZero_isRejected() {
        BtydData none = BtydData.of(new int[] {0, 0}, new double[] {0, 0}, new double[] {10, 20}, TimeScale.WEEKS);
        assertThatThrownBy(() -> MbgNbd.fit(none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every customer has frequency 0").hasMessageContaining("MBG/NBD");
    }

    @Test
    void of_invalidParameters_areRejectedWithName() {
        assertThatThrownBy(() -> MbgNbdModel.of(Double.NaN, 1, 1, 1, TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r must be").hasMessageContaining("NaN");
        assertThatThrownBy(() -> MbgNbdModel.of(1, 1, -1, 1, TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a must be");
    }

    @Test
    void predictions_badArguments_areRejected() {
        assertThatThrownBy(() -> MODEL.probabilityAlive(-1, 0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x must be >= 0");
        assertThatThrownBy(() -> MODEL.probabilityAlive(2, 6, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t_x must be in 0..T");
        assertThatThrownBy(() -> MODEL.conditionalExpectedPurchases(Double.NaN, 2, 3, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> MODEL.probabilityNoPurchase(1, 2, Double.NaN, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> MODEL.probabilityOfPurchases(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MODEL.simulate(new double[] {1, -2}, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T[1]");
    }

    @Test
    void toString_namesModelParametersAndUnit() {
        assertThat(MODEL).hasToString("MBG/NBD[r=0.525000, alpha=6.183000, a=0.891000, b=1.614000; unit "
                + TimeScale.WEEKS + "]");
        assertThat(MbgNbd.fit(ClvFixtures.cdnowData()).toString()).startsWith("MBG/NBD[r=0.52")
                .contains("MBG/NBD fit: log-likelihood").contains("std.err");
    }

    /** E[X(t)] = ∫ (1-p)/p (1 - (α/(α+pt))^r) Beta(p; a, b) dp, with p = u^(1/a) so the density is bounded; Simpson. */
    private static double integralExpectation(MbgNbdModel m, double t) {
        double a = m.a();
        double b = m.b();
        double norm = a * Math.exp(Beta.logBeta(a, b));
        int steps = 200_000;
        double h = 1.0 / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double u = i * h;
            double p = Math.pow(u, 1 / a);
            double gain = p == 0 ? m.r() * t / m.alpha() : -Math.expm1(-m.r() * Math.log1p(p * t / m.alpha())) / p;
            double f = Math.pow(1 - p, b) * gain / norm;
            sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3;
    }

    /** Customers of the model's story, with what they do in (T, T + horizon] and whether they are alive at T. */
    private record Followed(int[] x, double[] tx, boolean[] alive, int[] future) {
    }

    private static Followed follow(MbgNbdModel m, int n, double age, double horizon, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        int[] x = new int[n];
        double[] tx = new double[n];
        boolean[] alive = new boolean[n];
        int[] future = new int[n];
        for (int i = 0; i < n; i++) {
            double lambda = random.nextGamma(m.r(), 1 / m.alpha());
            double p = random.nextBeta(m.a(), m.b());
            boolean living = random.nextDouble() >= p; // the chance to drop out at time 0
            boolean aliveAtT = living;
            double time = 0;
            while (living) {
                time += random.nextExponential(1 / lambda);
                if (time > age + horizon) {
                    break;
                }
                if (time <= age) {
                    x[i]++;
                    tx[i] = time;
                } else {
                    future[i]++;
                }
                living = random.nextDouble() >= p;
                if (!living && time <= age) {
                    aliveAtT = false;
                }
            }
            alive[i] = aliveAtT;
        }
        return new Followed(x, tx, alive, future);
    }
}
