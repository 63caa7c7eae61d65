package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Loose properties of the parametric-bootstrap CLV intervals, and their reproducibility. */
class ClvIntervalsTest {
    private static final RfmSummary CDNOW = GammaGammaCdnowTest.cdnowWithSpend();
    private static final BgNbdModel BG = BgNbd.fit(CDNOW);
    private static final GammaGammaModel GG = GammaGamma.fit(CDNOW);
    private static final ClvSettings YEAR = ClvSettings.horizon(12, TimeScale.months(30)).discountRate(0.01);

    /** Five customers in weeks, from "never came back" to "buys every few weeks". */
    private static final RfmSummary PROBE = RfmSummary.fromArrays(new String[] {"a", "b", "c", "d", "e"},
            new int[] {0, 2, 7, 1, 10}, new double[] {0, 30.43, 29.43, 1.71, 38}, new double[] {39, 38.86, 38.86,
                    38.86, 39}, new double[] {0, 22.35, 73.74, 11.77, 50}, TimeScale.WEEKS);

    @Test
    void intervals_cdnow_containThePointEstimateOfEveryCustomer() {
        ClvIntervals intervals = CustomerLifetimeValue.of(BG, GG, YEAR).intervals(CDNOW, 200, 7L);
        for (int i = 0; i < intervals.size(); i++) {
            double value = intervals.point().value(i);
            assertThat(intervals.lower(i)).as("customer %s", intervals.point().customerId(i))
                    .isLessThanOrEqualTo(value).isPositive();
            assertThat(intervals.upper(i)).as("customer %s", intervals.point().customerId(i))
                    .isGreaterThanOrEqualTo(value);
        }
        assertThat(intervals.toString()).contains("95% bootstrap intervals (200 draws, seed 7");
    }

    @Test
    void intervals_sameSeed_giveTheSameIntervals_otherSeedsOtherOnes() {
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BG, GG, YEAR);
        ClvIntervals first = clv.intervals(PROBE, 100, 42L);
        ClvIntervals again = clv.intervals(PROBE, 100, 42L);
        ClvIntervals other = clv.intervals(PROBE, 100, 43L);
        for (int i = 0; i < PROBE.size(); i++) {
            assertThat(again.lower(i)).isEqualTo(first.lower(i));
            assertThat(again.upper(i)).isEqualTo(first.upper(i));
            assertThat(other.lower(i)).isNotEqualTo(first.lower(i));
        }
    }

    @Test
    void intervals_lowerLevel_isNarrower() {
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BG, GG, YEAR);
        ClvIntervals wide = clv.intervals(PROBE, 400, 0.95, 1L);
        ClvIntervals narrow = clv.intervals(PROBE, 400, 0.5, 1L);
        for (int i = 0; i < PROBE.size(); i++) {
            assertThat(narrow.lower(i)).isGreaterThanOrEqualTo(wide.lower(i));
            assertThat(narrow.upper(i)).isLessThanOrEqualTo(wide.upper(i));
        }
    }

    @Test
    void intervals_modelsFittedOnMoreCustomers_areNarrower() {
        BgNbdModel truth = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEKS);
        GammaGammaModel spendTruth = GammaGammaModel.of(6.25, 3.74, 15.44);
        double[] small = widths(simulated(truth, spendTruth, 2_000, 11L));
        double[] large = widths(simulated(truth, spendTruth, 32_000, 12L));
        for (int i = 0; i < PROBE.size(); i++) {
            // 16 times the customers: standard errors about 4 times smaller, so a clearly narrower interval
            assertThat(large[i]).as("customer %s", PROBE.customerId(i)).isLessThan(small[i] / 2);
        }
    }

    private static double[] widths(RfmSummary data) {
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BgNbd.fit(data), GammaGamma.fit(data), YEAR);
        ClvIntervals intervals = clv.intervals(PROBE, 200, 5L);
        double[] w = new double[PROBE.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = intervals.upper(i) - intervals.lower(i);
        }
        return w;
    }

    /** Customers drawn from known BG/NBD and Gamma-Gamma parameters, ages uniform on 27..39 weeks. */
    static RfmSummary simulated(BgNbdModel purchases, GammaGammaModel spend, int n, long seed) {
        Random random = new Random(seed);
        double[] ages = new double[n];
        for (int i = 0; i < n; i++) {
            ages[i] = 27 + 12 * random.nextDouble();
        }
        SimulatedCustomers customers = purchases.simulate(ages, seed);
        int[] x = customers.x();
        int repeaters = 0;
        for (int v : x) {
            repeaters += v > 0 ? 1 : 0;
        }
        int[] repeatX = new int[repeaters];
        for (int i = 0, k = 0; i < n; i++) {
            if (x[i] > 0) {
                repeatX[k++] = x[i];
            }
        }
        double[] means = spend.simulate(repeatX, seed + 1).meanSpend();
        double[] monetary = new double[n];
        String[] ids = new String[n];
        for (int i = 0, k = 0; i < n; i++) {
            ids[i] = "s" + i;
            monetary[i] = x[i] > 0 ? means[k++] : 0;
        }
        return RfmSummary.fromArrays(ids, x, customers.tx(), customers.T(), monetary, TimeScale.WEEKS);
    }

    @Test
    void intervals_modelBuiltFromParameters_isRejected() {
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426,
                TimeScale.WEEKS), GG, YEAR);
        assertThatThrownBy(() -> clv.intervals(PROBE, 100, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BG/NBD model was built from parameters");
    }

    @Test
    void intervals_badDrawsOrLevel_areRejected() {
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BG, GG, YEAR);
        assertThatThrownBy(() -> clv.intervals(PROBE, 1, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1");
        assertThatThrownBy(() -> clv.intervals(PROBE, 100, 1.0, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
    }
}
