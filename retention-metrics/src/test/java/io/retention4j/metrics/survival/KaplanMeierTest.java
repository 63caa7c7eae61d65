package io.retention4j.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Kaplan-Meier against the issue's vector (lifelines' log-log bounds), R {@code survfit}'s published
 * summary of the {@code aml} data (log bounds) and hand counts written out here.
 */
class KaplanMeierTest {
    /** Issue 4's vector; the same six rows are the Control group of lifelines' g3 data set. */
    private static final double[] DURATIONS = {34, 32, 9, 19, 50, 48};
    private static final int[] EVENTS = {1, 1, 1, 1, 0, 0};

    /** R's aml data, group "Maintained" (Miller 1981): times with "+" censored. */
    private static final double[] AML_MAINTAINED = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161};
    private static final int[] AML_MAINTAINED_EVENTS = {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0};

    @Test
    void fit_issueVector_matchesSurvivalAndLifelinesLogLogBounds() {
        SurvivalTable km = KaplanMeier.fit(DURATIONS, EVENTS);
        double[] t = {9, 19, 32, 34};
        double[] s = {0.833333, 0.666667, 0.5, 0.333333};
        double[] lower = {0.273123, 0.194617, 0.110948, 0.046082};
        double[] upper = {0.974712, 0.904434, 0.803709, 0.675564};
        for (int i = 0; i < t.length; i++) {
            assertThat(km.survivalAt(t[i])).as("S(%s)", t[i]).isCloseTo(s[i], within(1e-6));
            assertThat(km.lowerAt(t[i])).as("lower(%s)", t[i]).isCloseTo(lower[i], within(1e-6));
            assertThat(km.upperAt(t[i])).as("upper(%s)", t[i]).isCloseTo(upper[i], within(1e-6));
        }
        assertThat(km.intervalType()).isEqualTo(ConfidenceIntervalType.LOG_LOG);
        assertThat(km.confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void fit_issueVector_tableRowsMatchHandCounts() {
        SurvivalTable km = KaplanMeier.fit(DURATIONS, EVENTS);
        // sorted: 9 19 32 34 48+ 50+
        assertThat(km.times()).containsExactly(9, 19, 32, 34, 48, 50);
        double[] atRisk = {6, 5, 4, 3, 2, 1};
        double[] events = {1, 1, 1, 1, 0, 0};
        double[] censored = {0, 0, 0, 0, 1, 1};
        for (int i = 0; i < 6; i++) {
            assertThat(km.atRisk(i)).isEqualTo(atRisk[i]);
            assertThat(km.events(i)).isEqualTo(events[i]);
            assertThat(km.censored(i)).isEqualTo(censored[i]);
        }
        // Greenwood: Var S(19) = (4/6)^2 (1/(6*5) + 1/(5*4))
        assertThat(km.variance(1)).isCloseTo(16.0 / 36 * (1.0 / 30 + 1.0 / 20), within(1e-15));
        assertThat(km.survival(5)).isCloseTo(2.0 / 6, within(1e-15));
        assertThat(km.totalEvents()).isEqualTo(4);
        assertThat(km.subjects()).isEqualTo(6);
    }

    @Test
    void survivalAt_beforeFirstAndAfterLastTime_isOneAndTheCarriedValue() {
        SurvivalTable km = KaplanMeier.fit(DURATIONS, EVENTS);
        assertThat(km.survivalAt(0)).isEqualTo(1);
        assertThat(km.survivalAt(8.999)).isEqualTo(1);
        assertThat(km.lowerAt(-5)).isEqualTo(1);
        assertThat(km.upperAt(3)).isEqualTo(1);
        assertThat(km.survivalAt(1e9)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(km.lastTime()).isEqualTo(50);
        assertThatThrownBy(() -> km.survivalAt(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t");
    }

    @Test
    void fit_amlMaintained_matchesRSurvfitLogIntervals() {
        // R: summary(survfit(Surv(time, status) ~ x, data = aml)), group Maintained, conf.type "log" (R's default):
        // time n.risk n.event survival std.err lower 95% CI upper 95% CI
        //    9     11       1    0.909  0.0867       0.7541        1.000
        //   13     10       1    0.818  0.1163       0.6192        1.000
        //   18      8       1    0.716  0.1397       0.4884        1.000
        //   23      7       1    0.614  0.1526       0.3769        0.999
        //   31      5       1    0.491  0.1642       0.2549        0.946
        //   34      4       1    0.368  0.1627       0.1549        0.875
        //   48      2       1    0.184  0.1535       0.0359        0.944
        SurvivalTable km = KaplanMeier.fit(AML_MAINTAINED, AML_MAINTAINED_EVENTS)
                .withConfidence(ConfidenceIntervalType.LOG, 0.95);
        double[] time = {9, 13, 18, 23, 31, 34, 48};
        double[] nRisk = {11, 10, 8, 7, 5, 4, 2};
        double[] surv = {0.909, 0.818, 0.716, 0.614, 0.491, 0.368, 0.184};
        double[] se = {0.0867, 0.1163, 0.1397, 0.1526, 0.1642, 0.1627, 0.1535};
        double[] lower = {0.7541, 0.6192, 0.4884, 0.3769, 0.2549, 0.1549, 0.0359};
        double[] upper = {1.000, 1.000, 1.000, 0.999, 0.946, 0.875, 0.944};
        for (int k = 0; k < time.length; k++) {
            int row = java.util.Arrays.binarySearch(km.times(), time[k]);
            assertThat(row).as("row of %s", time[k]).isNotNegative();
            assertThat(km.atRisk(row)).as("n.risk at %s", time[k]).isEqualTo(nRisk[k]);
            assertThat(km.survival(row)).as("S(%s)", time[k]).isCloseTo(surv[k], within(5e-4));
            assertThat(km.standardError(row)).as("se(%s)", time[k]).isCloseTo(se[k], within(5e-5));
            assertThat(km.lower(row)).as("lower(%s)", time[k]).isCloseTo(lower[k], within(5e-5));
            assertThat(km.upper(row)).as("upper(%s)", time[k]).isCloseTo(upper[k], within(5e-4));
        }
    }

    @Test
    void withConfidence_logType_matchesHandComputedBoundOnIssueVector() {
        // S(19) = 2/3, G = 1/30 + 1/20 = 1/12; 90% z = 1.6448536; log bounds (2/3) exp(±z sqrt(1/12))
        SurvivalTable km = KaplanMeier.fit(DURATIONS, EVENTS).withConfidence(ConfidenceIntervalType.LOG, 0.90);
        double z = 1.6448536269514722;
        assertThat(km.lowerAt(19)).isCloseTo(2.0 / 3 * Math.exp(-z * Math.sqrt(1.0 / 12)), within(1e-12));
        assertThat(km.upperAt(19)).isCloseTo(Math.min(1, 2.0 / 3 * Math.exp(z * Math.sqrt(1.0 / 12))), within(1e-12));
        assertThat(km.upperAt(9)).isEqualTo(1.0); // 0.8333 * exp(1.645 * 0.1826) = 1.12 capped, as R does
    }

    @Test
    void median_curveExactlyHalfOnAPlateau_isTheMidpointToTheNextDrop() {
        // S = 0.5 on [32, 34), drops to 1/3 at 34: R's rule gives (32 + 34) / 2 = 33
        MedianSurvival median = KaplanMeier.fit(DURATIONS, EVENTS).median();
        assertThat(median.estimate()).hasValue(33.0);
    }

    @Test
    void median_curveStaysAtHalfToTheEnd_isTheFirstTime() {
        // events at 1 and 2 among 4, then two censored: S = 0.5 from 2 on and never drops again
        SurvivalTable km = KaplanMeier.fit(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 0});
        assertThat(km.median().estimate()).hasValue(2.0);
    }

    @Test
    void median_curveJumpsBelowHalf_isTheTimeOfTheJump() {
        // S: 2/3 after 5, 1/3 after 7
        SurvivalTable km = KaplanMeier.fit(new double[] {5, 7, 9}, new int[] {1, 1, 0});
        assertThat(km.median().estimate()).hasValue(7.0);
    }

    @Test
    void median_curveNeverReachesHalf_isEmpty() {
        SurvivalTable km = KaplanMeier.fit(new double[] {5, 7, 9}, new int[] {1, 0, 0});
        assertThat(km.median().estimate()).isEqualTo(OptionalDouble.empty());
        assertThat(km.median().toString()).contains("median NA");
    }

    @Test
    void median_amlMaintained_matchesRsBandCrossings() {
        // from R's published log bands above: the curve first <= 0.5 at 31 (0.491), the lower band first
        // <= 0.5 at 18 (0.4884), the upper band never (R prints median 31, 0.95LCL 18, 0.95UCL NA)
        MedianSurvival median = KaplanMeier.fit(AML_MAINTAINED, AML_MAINTAINED_EVENTS)
                .withConfidence(ConfidenceIntervalType.LOG, 0.95).median();
        assertThat(median.estimate()).hasValue(31.0);
        assertThat(median.lower()).hasValue(18.0);
        assertThat(median.upper()).isEmpty();
    }

    @Test
    void restrictedMean_issueVector_matchesHandComputedAreaAndVariance() {
        // S = 1 on [0,9), 5/6 on [9,19), 4/6 on [19,32), 3/6 on [32,34), 2/6 on [34,50]
        RestrictedMean rmst = KaplanMeier.fit(DURATIONS, EVENTS).restrictedMean(50);
        double area = 9 + 10 * 5.0 / 6 + 13 * 4.0 / 6 + 2 * 3.0 / 6 + 16 * 2.0 / 6;
        assertThat(rmst.estimate()).isCloseTo(area, within(1e-12));
        // A_j = area from t_j to 50; d/(n(n-d)) at 9, 19, 32, 34 = 1/30, 1/20, 1/12, 1/6
        double a34 = 16 * 2.0 / 6;
        double a32 = a34 + 2 * 3.0 / 6;
        double a19 = a32 + 13 * 4.0 / 6;
        double a9 = a19 + 10 * 5.0 / 6;
        double variance = a9 * a9 / 30 + a19 * a19 / 20 + a32 * a32 / 12 + a34 * a34 / 6;
        assertThat(rmst.variance()).isCloseTo(variance, within(1e-10));
        assertThat(rmst.standardError()).isCloseTo(Math.sqrt(variance), within(1e-12));
        assertThat(rmst.lower()).isCloseTo(area - 1.959963984540054 * Math.sqrt(variance), within(1e-9));
    }

    @Test
    void restrictedMean_horizonInsideAStepAndBeyondTheData_integratesTheStepFunction() {
        SurvivalTable km = KaplanMeier.fit(DURATIONS, EVENTS);
        assertThat(km.restrictedMean(0).estimate()).isZero();
        assertThat(km.restrictedMean(5).estimate()).isCloseTo(5, within(1e-12));
        assertThat(km.restrictedMean(20).estimate()).isCloseTo(9 + 10 * 5.0 / 6 + 1 * 4.0 / 6, within(1e-12));
        double to50 = 9 + 10 * 5.0 / 6 + 13 * 4.0 / 6 + 2 * 3.0 / 6 + 16 * 2.0 / 6;
        assertThat(km.restrictedMean(60).estimate()).isCloseTo(to50 + 10 * 2.0 / 6, within(1e-12));
        assertThatThrownBy(() -> km.restrictedMean(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tau").hasMessageContaining("-1");
    }

    @Test
    void restrictedMean_amlMaintainedTo161_matchesHandArea() {
        // steps: 1 to 9, 10/11 to 13, 9/11 to 18, then x 7/8 to 23, x 6/7 to 31, x 4/5 to 34, x 3/4 to 48, x 1/2 to 161
        double s9 = 10.0 / 11;
        double s13 = s9 * 9 / 10;
        double s18 = s13 * 7 / 8;
        double s23 = s18 * 6 / 7;
        double s31 = s23 * 4 / 5;
        double s34 = s31 * 3 / 4;
        double s48 = s34 / 2;
        double area = 9 + 4 * s9 + 5 * s13 + 5 * s18 + 8 * s23 + 3 * s31 + 14 * s34 + 113 * s48;
        RestrictedMean rmst = KaplanMeier.fit(AML_MAINTAINED, AML_MAINTAINED_EVENTS).restrictedMean(161);
        assertThat(rmst.estimate()).isCloseTo(area, within(1e-10));
    }

    @Test
    void fit_lateEntry_countsOnlySubjectsWhoseEntryIsBeforeTheTime() {
        // subject: (entry, exit, event) = (0, 5, 1), (6, 8, 1), (0, 10, 0), (9, 12, 1)
        SurvivalData data = SurvivalData.of(new double[] {5, 8, 10, 12}, new int[] {1, 1, 0, 1})
                .withEntryTimes(new double[] {0, 6, 0, 9});
        SurvivalTable km = KaplanMeier.fit(data);
        // t=5: at risk {0,2} -> 2, S = 1/2; t=8: {1,2} -> 2, S = 1/4; t=10: {2,3} -> 2 (censored); t=12: {3} -> 1, S = 0
        assertThat(km.times()).containsExactly(5, 8, 10, 12);
        assertThat(new double[] {km.atRisk(0), km.atRisk(1), km.atRisk(2), km.atRisk(3)}).containsExactly(2, 2, 2, 1);
        assertThat(km.survivals()).containsExactly(0.5, 0.25, 0.25, 0);
        assertThat(km.variance(3)).isNaN();
        assertThat(km.lower(3)).isNaN();
        assertThat(km.upper(3)).isNaN();
    }

    @Test
    void fit_entryAtTheSameTimeAsAnEvent_isNotAtRiskForIt() {
        // (entry, exit] convention: the subject entering at 5 is not at risk for the event at 5
        SurvivalData data = SurvivalData.of(new double[] {5, 7}, new int[] {1, 1}).withEntryTimes(new double[] {0, 5});
        SurvivalTable km = KaplanMeier.fit(data);
        assertThat(km.atRisk(0)).isEqualTo(1);
        assertThat(km.survival(0)).isZero();
        assertThat(km.atRisk(1)).isEqualTo(1);
    }

    @Test
    void fit_weights_matchHandCountedWeightedTable() {
        // weights 2, 1, 3 on times 1 (event), 2 (censored), 3 (event): n = 6, 4, 3
        SurvivalData data = SurvivalData.of(new double[] {1, 2, 3}, new int[] {1, 0, 1})
                .withWeights(new double[] {2, 1, 3});
        SurvivalTable km = KaplanMeier.fit(data);
        assertThat(km.atRisk(0)).isEqualTo(6);
        assertThat(km.atRisk(1)).isEqualTo(4);
        assertThat(km.atRisk(2)).isEqualTo(3);
        assertThat(km.survival(0)).isCloseTo(4.0 / 6, within(1e-15));
        assertThat(km.survival(2)).isZero();
        assertThat(km.totalWeight()).isEqualTo(6);
        assertThat(km.toString()).contains("weighted");
    }

    @Test
    void fit_badInput_namesArgumentIndexAndValue() {
        assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, -2}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durations[1]")
                .hasMessageContaining("-2");
        assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, Double.NaN}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durations[1]")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> KaplanMeier.fit(new double[] {Double.POSITIVE_INFINITY}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durations[0]");
        assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, 2}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events[1]")
                .hasMessageContaining("2");
        assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, 2}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durations has 2")
                .hasMessageContaining("events has 1");
        assertThatThrownBy(() -> KaplanMeier.fit(new double[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        SurvivalData data = SurvivalData.of(new double[] {1, 2}, new int[] {1, 0});
        assertThatThrownBy(() -> data.withWeights(new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[1]")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> data.withWeights(new double[] {-1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[0]");
        assertThatThrownBy(() -> data.withEntryTimes(new double[] {0, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entryTimes[1] = 3.0")
                .hasMessageContaining("durations[1] = 2.0");
        assertThatThrownBy(() -> data.withEntryTimes(new double[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entryTimes[1]");
        assertThatThrownBy(() -> KaplanMeier.fit(DURATIONS, EVENTS).withConfidence(ConfidenceIntervalType.LOG, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0");
    }

    @Test
    void rows_recordsCarryTheRowValues() {
        SurvivalTable km = KaplanMeier.fit(SurvivalData.uncensored(3, 1, 2));
        assertThat(km.rows()).hasSize(3);
        SurvivalRow second = km.rows().get(1);
        // times 1 2 3, all events: n = 3 2 1, S = 2/3 1/3 0
        assertThat(second.time()).isEqualTo(2);
        assertThat(second.atRisk()).isEqualTo(2);
        assertThat(second.events()).isEqualTo(1);
        assertThat(second.survival()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(second.standardError()).isCloseTo(km.standardError(1), within(0.0));
        assertThat(km.row(2).survival()).isZero();
        assertThat(km.row(2).lower()).isNaN();
        assertThat(SurvivalData.uncensored(3, 1, 2).totalEvents()).isEqualTo(3);
    }

    @Test
    void toString_printsHeaderRowsAndMedian() {
        String text = KaplanMeier.fit(DURATIONS, EVENTS).toString();
        assertThat(text).contains("Kaplan-Meier: 6 subjects, 4 events").contains("median 33")
                .contains("log-log").contains("0.833333").contains("0.273123").contains("at risk");
    }

    @Test
    void toString_manyRows_isShortened() {
        double[] t = new double[100];
        int[] e = new int[100];
        for (int i = 0; i < 100; i++) {
            t[i] = i + 1;
            e[i] = 1;
        }
        String text = KaplanMeier.fit(t, e).toString();
        assertThat(text).contains("(70 more rows)");
        assertThat(text.lines().count()).isEqualTo(2 + 20 + 1 + 10);
    }
}
