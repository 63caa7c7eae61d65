package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.CalibrationHoldout;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Holdout table, period transactions and tracking on the raw CDNOW sample (calibration to
 * 1997-09-30, holdout to 1998-06-30, weeks), against counts made here from the file with plain Java
 * and against naive per-customer sums of the model's scalar methods.
 */
class ValidationCdnowTest {
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);
    private static final TransactionLog LOG = CdnowSample.log();
    private static final Map<Integer, TreeSet<LocalDate>> DAYS = CdnowSample.purchaseDays();
    private static final CalibrationHoldout SPLIT = CalibrationHoldout.builder()
            .unit(TimeScale.WEEKS)
            .calibrationEnd(CALIBRATION_END)
            .observationEnd(OBSERVATION_END)
            .build(LOG);
    private static final BgNbdModel BG = BgNbd.fit(SPLIT.calibration());

    private static int calibrationFrequency(TreeSet<LocalDate> days) {
        return days.headSet(CALIBRATION_END, true).size() - 1;
    }

    private static int holdoutFrequency(TreeSet<LocalDate> days) {
        return days.subSet(CALIBRATION_END, false, OBSERVATION_END, true).size();
    }

    @Test
    void split_cdnowSample_isThePublishedSummaryAndFit() {
        assertThat(DAYS).hasSize(2357);
        assertThat(SPLIT.size()).isEqualTo(2357);
        assertThat(SPLIT.durationHoldout()).isEqualTo(39.0);
        // FHL 2005 BG/NBD: r 0.243, alpha 4.414, a 0.793, b 2.426
        assertThat(BG.r()).isCloseTo(0.243, within(0.001));
        assertThat(BG.alpha()).isCloseTo(4.414, within(0.005));
        assertThat(BG.a()).isCloseTo(0.793, within(0.001));
        assertThat(BG.b()).isCloseTo(2.426, within(0.003));
    }

    @Test
    void holdoutTable_cdnow_binsAndActualMeansMatchAHandCount() {
        HoldoutTable table = HoldoutTable.of(SPLIT, BG);
        int[] customers = new int[8];
        double[] holdout = new double[8];
        for (TreeSet<LocalDate> days : DAYS.values()) {
            int bin = Math.min(calibrationFrequency(days), 7);
            customers[bin]++;
            holdout[bin] += holdoutFrequency(days);
        }
        assertThat(table.bins()).isEqualTo(8);
        assertThat(table.label(7)).isEqualTo("7+");
        double total = 0;
        for (int bin = 0; bin < 8; bin++) {
            assertThat(table.customers(bin)).as("bin %d", bin).isEqualTo(customers[bin]);
            assertThat(table.actualMean(bin)).as("bin %d", bin).isCloseTo(holdout[bin] / customers[bin], within(1e-12));
            total += holdout[bin];
        }
        assertThat(customers[0]).isEqualTo(1411); // data README: 946 of 2,357 customers have x > 0
        assertThat(table.actualTotal()).isEqualTo(total);
    }

    @Test
    void holdoutTable_cdnow_expectedMeansAndErrorsMatchNaiveSums() {
        HoldoutTable table = HoldoutTable.of(SPLIT, BG);
        RfmSummary cal = SPLIT.calibration();
        int n = cal.size();
        double[] sum = new double[8];
        int[] count = new int[8];
        double abs = 0;
        double sq = 0;
        double sa = 0;
        double se = 0;
        double sae = 0;
        double saa = 0;
        double see = 0;
        for (int i = 0; i < n; i++) {
            double e = BG.conditionalExpectedPurchases(39, cal.frequency(i), cal.recency(i), cal.T(i));
            double a = SPLIT.frequencyHoldout(i);
            int bin = Math.min(cal.frequency(i), 7);
            sum[bin] += e;
            count[bin]++;
            abs += Math.abs(a - e);
            sq += (a - e) * (a - e);
            sa += a;
            se += e;
            sae += a * e;
            saa += a * a;
            see += e * e;
        }
        for (int bin = 0; bin < 8; bin++) {
            assertThat(table.expectedMean(bin)).as("bin %d", bin).isCloseTo(sum[bin] / count[bin], within(1e-9));
        }
        assertThat(table.expectedTotal()).isCloseTo(se, within(1e-6));
        assertThat(table.meanAbsoluteError()).isCloseTo(abs / n, within(1e-12));
        assertThat(table.rootMeanSquaredError()).isCloseTo(Math.sqrt(sq / n), within(1e-12));
        double r = (n * sae - sa * se) / Math.sqrt((n * saa - sa * sa) * (n * see - se * se));
        assertThat(table.correlation()).isCloseTo(r, within(1e-9));
        assertThat(table.toString()).contains("Holdout check of BG/NBD: 2,357 customers, holdout 39.00 weeks")
                .contains("7+").contains("MAE");
    }

    @Test
    void periodTransactions_cdnow_actualIsAHandCountAndExpectedANaiveSum() {
        PeriodTransactions check = PeriodTransactions.of(SPLIT.calibration(), BG);
        int[] actual = new int[8];
        for (TreeSet<LocalDate> days : DAYS.values()) {
            actual[Math.min(calibrationFrequency(days), 7)]++;
        }
        RfmSummary cal = SPLIT.calibration();
        double[] expected = new double[8];
        for (int i = 0; i < cal.size(); i++) {
            double below = 0;
            for (int x = 0; x < 7; x++) {
                double p = BG.probabilityOfPurchases(x, cal.T(i));
                expected[x] += p;
                below += p;
            }
            expected[7] += 1 - below;
        }
        double total = 0;
        for (int bin = 0; bin < 8; bin++) {
            assertThat(check.actual(bin)).as("bin %d", bin).isEqualTo(actual[bin]);
            assertThat(check.expected(bin)).as("bin %d", bin).isCloseTo(expected[bin], within(1e-8));
            total += check.expected(bin);
        }
        assertThat(total).isCloseTo(2357, within(1e-8));
        assertThat(check.toString()).contains("2,357 customers").contains("7+");
    }

    @Test
    void trackingCurve_cdnowWeekly_actualIsAHandCountAndExpectedADirectSum() {
        LocalDate start = LocalDate.of(1997, 1, 1);
        TrackingCurve curve = TrackingCurve.builder().from(start).to(OBSERVATION_END).step(TimeScale.WEEKS)
                .build(LOG, BG);
        assertThat(curve.size()).isEqualTo(78);
        assertThat(curve.cohortSize()).isEqualTo(2357);
        double[] repeatsPerWeek = new double[78];
        for (TreeSet<LocalDate> days : DAYS.values()) {
            for (LocalDate day : days.tailSet(days.first(), false)) {
                long week = ChronoUnit.DAYS.between(start, day) / 7;
                if (!day.isAfter(OBSERVATION_END)) {
                    repeatsPerWeek[(int) week]++;
                }
            }
        }
        double cumulative = 0;
        for (int j = 0; j < 78; j++) {
            cumulative += repeatsPerWeek[j];
            assertThat(curve.actualCumulative(j)).as("week %d", j + 1).isEqualTo(cumulative);
            assertThat(curve.actualIncremental(j)).as("week %d", j + 1).isEqualTo(repeatsPerWeek[j]);
            // the model's expectation summed customer by customer, from each first purchase day
            double expected = 0;
            for (TreeSet<LocalDate> days : DAYS.values()) {
                double age = (ChronoUnit.DAYS.between(days.first(), start) + 7.0 * (j + 1)) / 7;
                expected += age > 0 ? BG.expectedPurchases(age) : 0;
            }
            assertThat(curve.expectedCumulative(j)).as("week %d", j + 1).isCloseTo(expected, within(1e-8));
        }
        // data README: 2,457 repeat purchase days in the 39 calibration weeks (to 1997-09-30 inclusive)
        assertThat(curve.actualCumulative(38)).isEqualTo(2457);
        assertThat(curve.time(38)).isEqualTo(LocalDate.of(1997, 10, 1).atStartOfDay());
        assertThat(curve.toString()).contains("cohort of 2,357 customers").contains("1998-07-01T00:00");
    }
}
