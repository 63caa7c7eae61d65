package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

/**
 * BG/BB predictions against references computed here (identities between the formulas, a plain
 * simulator of the model's story followed past n) and its input checks.
 */
class BgBbModelTest {
    private static final BgBbModel MODEL = BgBbModel.of(1.2035, 0.7497, 0.6567, 2.7834);

    @Test
    void probabilityOfTransactions_sumsToOneWithMeanExpectedTransactions() {
        for (int n : new int[] {0, 1, 6, 40}) {
            double total = 0;
            double mean = 0;
            for (int x = 0; x <= n; x++) {
                double p = MODEL.probabilityOfTransactions(x, n);
                total += p;
                mean += x * p;
            }
            assertThat(total).as("n=%d", n).isCloseTo(1, within(1e-12));
            assertThat(mean).as("n=%d", n).isCloseTo(MODEL.expectedTransactions(n), within(1e-10));
        }
        assertThat(MODEL.probabilityOfTransactions(7, 6)).isZero();
    }

    @Test
    void expectedTransactions_gammaNearOne_agreesWithPlainSum() {
        // the closed form is 0/0 at gamma = 1: compare both sides of the switch with the defining sum
        for (double gamma : new double[] {1, 1 - 5e-4, 1 + 5e-4, 1 - 2e-3, 1 + 2e-3}) {
            BgBbModel m = BgBbModel.of(1.2, 0.75, gamma, 2.8);
            for (int n : new int[] {1, 6, 500}) {
                double sum = 0;
                for (int i = 1; i <= n; i++) {
                    sum += Math.exp(org.hipparchus.special.Beta.logBeta(gamma, 2.8 + i)
                            - org.hipparchus.special.Beta.logBeta(gamma, 2.8));
                }
                assertThat(m.expectedTransactions(n)).as("gamma=%s n=%d", gamma, n)
                        .isCloseTo(1.2 / 1.95 * sum, within(1e-9 * sum));
            }
        }
    }

    @Test
    void conditionalExpectedTransactions_customerWithoutHistory_isExpectedTransactionsOfNewCustomer() {
        for (int m : new int[] {0, 1, 5, 30}) {
            assertThat(MODEL.conditionalExpectedTransactions(m, 0, 0, 0)).isCloseTo(MODEL.expectedTransactions(m),
                    within(1e-12));
        }
        assertThat(MODEL.probabilityAliveAt(0, 0, 0, 0)).isCloseTo(1, within(1e-15));
        assertThat(MODEL.logLikelihood(0, 0, 0)).isCloseTo(0, within(1e-15));
    }

    @Test
    void probabilityAliveAt_decreasesWithOpportunitiesAhead() {
        double previous = 1;
        for (int m = 0; m <= 10; m++) {
            double p = MODEL.probabilityAliveAt(m, 3, 5, 6);
            assertThat(p).isLessThanOrEqualTo(previous).isPositive();
            previous = p;
        }
        assertThat(MODEL.probabilityAlive(3, 5, 6)).isEqualTo(MODEL.probabilityAliveAt(1, 3, 5, 6));
    }

    @Test
    void predictions_onSimulatedCustomers_matchWhatHappenedAfterN() {
        int n = 6;
        int ahead = 5;
        int customers = 200_000;
        RandomDataGenerator random = new RandomDataGenerator(99);
        int[] x = new int[customers];
        int[] tx = new int[customers];
        boolean[] aliveAtN = new boolean[customers];
        boolean[] aliveNext = new boolean[customers];
        int[] future = new int[customers];
        for (int i = 0; i < customers; i++) {
            double p = random.nextBeta(MODEL.alpha(), MODEL.beta());
            double theta = random.nextBeta(MODEL.gamma(), MODEL.delta());
            boolean living = true;
            for (int t = 1; t <= n + ahead && living; t++) {
                living = random.nextDouble() >= theta;
                if (t == n + 1) {
                    aliveNext[i] = living;
                }
                if (living && random.nextDouble() < p) {
                    if (t <= n) {
                        x[i]++;
                        tx[i] = t;
                    } else {
                        future[i]++;
                    }
                }
                if (t == n) {
                    aliveAtN[i] = living;
                }
            }
        }
        // predictions per distinct history, spread back to customers
        BgBbData data = BgBbData.of(x, tx, filled(customers, n));
        double[] now = data.expand(perRowAliveNow(data));
        double[] next = data.expand(MODEL.probabilityAlive(data));
        double[] expected = data.expand(MODEL.conditionalExpectedTransactions(ahead, data));
        // P(alive at n) and P(alive at n+1) per frequency, E[transactions in the next 5] overall, each within 4 SE
        for (int k = 0; k <= n; k++) {
            double predictedNow = 0;
            double predictedNext = 0;
            int aliveNow = 0;
            int aliveThen = 0;
            int count = 0;
            for (int i = 0; i < customers; i++) {
                if (x[i] == k) {
                    predictedNow += now[i];
                    predictedNext += next[i];
                    aliveNow += aliveAtN[i] ? 1 : 0;
                    aliveThen += aliveNext[i] ? 1 : 0;
                    count++;
                }
            }
            ClvAssertions.assertShare(predictedNow / count, (double) aliveNow / count, count, "alive at n, x=" + k);
            ClvAssertions.assertShare(predictedNext / count, (double) aliveThen / count, count, "alive at n+1, x=" + k);
            ClvAssertions.assertShare(MODEL.probabilityOfTransactions(k, n), (double) count / customers, customers, "P(X(6)=" + k + ")");
        }
        double predicted = 0;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < customers; i++) {
            predicted += expected[i];
            sum += future[i];
            sum2 += (double) future[i] * future[i];
        }
        double mean = sum / customers;
        double sd = Math.sqrt(sum2 / customers - mean * mean);
        assertThat(predicted / customers).isCloseTo(mean, within(4 * sd / Math.sqrt(customers)));
    }

    @Test
    void simulate_seeded_followsProbabilityOfTransactionsAndAliveShare() {
        int[] n = new int[200_000];
        Arrays.fill(n, 6);
        SimulatedBgBbCustomers s = MODEL.simulate(n, 5L);
        int[] few = Arrays.copyOf(n, 1000);
        assertThat(MODEL.simulate(few, 5L).tx()).isEqualTo(Arrays.copyOf(s.tx(), 1000));
        for (int k = 0; k <= 6; k++) {
            int count = 0;
            for (int x : s.x()) {
                count += x == k ? 1 : 0;
            }
            ClvAssertions.assertShare(MODEL.probabilityOfTransactions(k, 6), (double) count / s.size(), s.size(), "x=" + k);
        }
        BgBbData data = s.data();
        double[] alive = data.expand(perRowAliveNow(data));
        double predicted = 0;
        int living = 0;
        for (int i = 0; i < s.size(); i++) {
            predicted += alive[i];
            living += s.alive()[i] ? 1 : 0;
        }
        ClvAssertions.assertShare(predicted / s.size(), (double) living / s.size(), s.size(), "alive at n");
    }

    @Test
    void fit_simulatedHundredThousand_recoversParametersWithinThreeStandardErrors() {
        Random opportunities = new Random(4);
        int[] n = new int[100_000];
        for (int i = 0; i < n.length; i++) {
            n[i] = 6 + opportunities.nextInt(7);
        }
        BgBbModel fitted = BgBb.fit(MODEL.simulate(n, 8L).data());
        ClvAssertions.assertWithinThreeStandardErrors(fitted,
                Map.of("alpha", 1.2035, "beta", 0.7497, "gamma", 0.6567, "delta", 2.7834));
    }

    @Test
    void likelihood_manyGroupsAndRecencies_matchesScalarFormulaWithGradient() {
        // random histories with n up to 60, so rows share (x, n) groups with several recencies
        Random random = new Random(21);
        int size = 3000;
        int[] x = new int[size];
        int[] tx = new int[size];
        int[] n = new int[size];
        for (int i = 0; i < size; i++) {
            n[i] = random.nextInt(61);
            tx[i] = n[i] == 0 ? 0 : random.nextInt(n[i] + 1);
            x[i] = tx[i] == 0 ? 0 : 1 + random.nextInt(tx[i]);
        }
        BgBbData data = BgBbData.of(x, tx, n);
        double[] theta = {0.8, 1.7, 0.4, 3.1};
        BgBbModel m = BgBbModel.of(theta[0], theta[1], theta[2], theta[3]);
        double expected = 0;
        for (int i = 0; i < size; i++) {
            expected -= m.logLikelihood(x[i], tx[i], n[i]);
        }
        BgBbLikelihood nll = new BgBbLikelihood(data, false);
        assertThat(nll.valueAndGradient(theta, new double[4])).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
        ClvAssertions.assertGradientMatchesFiniteDifferences(nll, theta, 1e-6);
    }

    @Test
    void predictions_longHistories_stayFiniteAndInRange() {
        BgBbModel m = BgBbModel.of(0.3, 5, 0.2, 40);
        for (int[] h : new int[][] {{0, 0, 5000}, {2500, 4000, 5000}, {5000, 5000, 5000}, {1, 1, 5000}}) {
            double ll = m.logLikelihood(h[0], h[1], h[2]);
            assertThat(ll).isFinite().isNegative();
            assertThat(m.probabilityAlive(h[0], h[1], h[2])).isBetween(0.0, 1.0);
            assertThat(m.conditionalExpectedTransactions(1000, h[0], h[1], h[2])).isFinite().isNotNegative();
        }
        assertThat(m.expectedTransactions(1_000_000)).isFinite().isPositive();
    }

    @Test
    void data_badRows_areRejectedNamingTheRow() {
        int[] one = {1};
        assertThatThrownBy(() -> BgBbData.of(new int[] {1, -1}, new int[] {1, 1}, new int[] {2, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x must be >= 0")
                .hasMessageContaining("row 1");
        assertThatThrownBy(() -> BgBbData.of(one, new int[] {3}, new int[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t_x must be in 0..n");
        assertThatThrownBy(() -> BgBbData.of(new int[] {3}, new int[] {2}, new int[] {4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot exceed recency");
        assertThatThrownBy(() -> BgBbData.of(new int[] {0}, new int[] {2}, new int[] {4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t_x must be 0 when");
        assertThatThrownBy(() -> BgBbData.of(one, one, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be in 0..1000000");
        assertThatThrownBy(() -> BgBbData.of(one, one, one, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight").hasMessageContaining("NaN");
        assertThatThrownBy(() -> BgBbData.of(one, one, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column lengths differ");
        assertThatThrownBy(() -> BgBbData.of(new int[0], new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customers");
    }

    @Test
    void fit_noRepeatTransactions_isRejected() {
        BgBbData none = BgBbData.of(new int[] {0, 0}, new int[] {0, 0}, new int[] {6, 6});
        assertThatThrownBy(() -> BgBb.fit(none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every customer has frequency 0").hasMessageContaining("BG/BB");
    }

    @Test
    void model_badArguments_areRejected() {
        assertThatThrownBy(() -> BgBbModel.of(1, Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta must be").hasMessageContaining("NaN");
        assertThatThrownBy(() -> MODEL.probabilityAlive(2, 1, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x=2, t_x=1, n=6");
        assertThatThrownBy(() -> MODEL.probabilityAliveAt(-1, 0, 0, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m must be >= 0");
        assertThatThrownBy(() -> MODEL.conditionalExpectedTransactions(-2, 0, 0, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m must be >= 0, got -2");
        assertThatThrownBy(() -> MODEL.probabilityOfTransactions(-1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MODEL.simulate(new int[] {3, -1}, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n[1]");
    }

    @Test
    void data_compression_mergesRowsAndExpandsBack() {
        BgBbData d = BgBbData.of(new int[] {1, 0, 1, 2}, new int[] {3, 0, 3, 2}, new int[] {5, 5, 5, 5},
                new double[] {2, 1, 3, 1});
        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.inputRows()).isEqualTo(4);
        assertThat(d.customers()).isEqualTo(7);
        assertThat(d.repeatBuyers()).isEqualTo(6);
        double[] perRow = new double[d.rows()];
        for (int i = 0; i < d.rows(); i++) {
            perRow[i] = d.x(i) * 100 + d.tx(i) * 10 + d.weight(i);
        }
        assertThat(d.expand(perRow)).containsExactly(135, 1, 135, 221);
        assertThat(d).hasToString("BgBbData[7 customers in 3 distinct rows (4 input rows), 6 with a repeat "
                + "transaction, up to 5 opportunities]");
    }

    private static int[] filled(int size, int value) {
        int[] out = new int[size];
        Arrays.fill(out, value);
        return out;
    }

    private static double[] perRowAliveNow(BgBbData data) {
        double[] out = new double[data.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = MODEL.probabilityAliveAt(0, data.x(i), data.tx(i), data.n(i));
        }
        return out;
    }
}
