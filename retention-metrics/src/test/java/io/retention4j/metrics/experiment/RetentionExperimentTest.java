package io.retention4j.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.experiment.AssignmentStatus;
import io.retention4j.core.experiment.Experiment;
import io.retention4j.core.experiment.Exposure;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.metrics.survival.LogRankTest;
import io.retention4j.metrics.survival.SurvivalData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A retention experiment on a log of nine customers whose outcomes are counted by hand in the
 * comments: exposure t0 = 2024-01-01, window and churn gap 30 days, observation end 2024-06-30.
 */
class RetentionExperimentTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2024-06-30T00:00:00Z");
    private static final Experiment EXPERIMENT = Experiment.builder("winback").variant("control", 0.5)
            .variant("offer", 0.5).build();

    private static Instant day(double days) {
        return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    private static TransactionLog log() {
        return TransactionLog.builder()
                // control: c1 buys on days 5 and 20 (retained, repeat, revenue 15; churns at 20 + 30 = 50)
                .add("c1", day(5), 10).add("c1", day(20), 5)
                // c2 buys on day 40 only (not retained, revenue 0; churns at 0 + 30 = 30); c3 never buys (churns at 30)
                .add("c2", day(40), 20)
                // c4: a purchase before exposure (ignored), day 10 for 8, a refund of 3 on day 12:
                // retained, not repeat, revenue 8 - 3 = 5; the refund is no activity: churns at 10 + 30 = 40
                .add("c4", day(-10), 50).add("c4", day(10), 8).add("c4", day(12), -3)
                // offer: o1 days 1, 2, 3 (revenue 100, churns at 33); o2 day 29 (10, churns at 59);
                // o3 day 30 exactly, inside (t0, t0 + 30] (12, churns at 60); o4 day 31 (not retained, churns at 30)
                .add("o1", day(1), 30).add("o1", day(2), 30).add("o1", day(3), 40)
                .add("o2", day(29), 10).add("o3", day(30), 12).add("o4", day(31), 7)
                .add("x2", day(3), 99)
                .build();
    }

    private static Exposure exposure(String id, String variant, Instant at) {
        return new Exposure("winback", id, AssignmentStatus.IN_VARIANT, variant.equals("control") ? 0 : 1, variant, at);
    }

    private static List<Exposure> exposures() {
        List<Exposure> list = new ArrayList<>();
        for (String c : new String[] {"c1", "c2", "c3", "c4"}) {
            list.add(exposure(c, "control", T0));
        }
        for (String o : new String[] {"o1", "o2", "o3", "o4"}) {
            list.add(exposure(o, "offer", T0));
        }
        list.add(exposure("o1", "offer", day(50)));                 // a later exposure: the first counts
        list.add(exposure("o5", "offer", Instant.parse("2024-06-15T00:00:00Z"))); // window ends after the end
        list.add(new Exposure("winback", "x1", AssignmentStatus.OUTSIDE_COVERAGE, -1, null, T0));
        list.add(exposure("x2", "control", T0));                    // in both variants: left out
        list.add(exposure("x2", "offer", day(1)));
        return list;
    }

    private static RetentionExperiment analysis() {
        Map<String, Double> clv = new LinkedHashMap<>();
        clv.put("c1", 100.0);
        clv.put("c2", 50.0);
        clv.put("c3", 0.0);
        clv.put("c4", 30.0);
        clv.put("o1", 120.0);
        clv.put("o2", 60.0);
        clv.put("o3", 40.0);
        clv.put("o4", 20.0);
        return RetentionExperiment.builder("control").experiment(EXPERIMENT).windowDays(30).churnGapDays(30)
                .observationEnd(END).clv(clv).build();
    }

    @Test
    void analyze_countsWhoIsAnalysedAndWhoIsLeftOut() {
        RetentionExperimentReport r = analysis().analyze(log(), exposures());
        assertThat(r.exposures()).isEqualTo(13);
        assertThat(r.outsideExperiment()).isEqualTo(1);   // x1
        assertThat(r.inSeveralVariants()).isEqualTo(1);   // x2
        assertThat(r.incompleteWindow()).isEqualTo(1);    // o5
        assertThat(r.withoutClv()).isEqualTo(1);          // o5
        assertThat(r.arm("control").customers()).isEqualTo(4);
        assertThat(r.arm("offer").customers()).isEqualTo(5);
    }

    @Test
    void analyze_windowMetrics_handCounted() {
        RetentionExperimentReport r = analysis().analyze(log(), exposures());
        ArmSummary control = r.arm("control");
        ArmSummary offer = r.arm("offer");
        assertThat(control.retained()).isEqualTo(ProportionStatistic.of(2, 4));   // c1, c4
        assertThat(control.repeat()).isEqualTo(ProportionStatistic.of(1, 4));     // c1
        assertThat(offer.retained()).isEqualTo(ProportionStatistic.of(3, 4));     // o1, o2, o3
        assertThat(offer.repeat()).isEqualTo(ProportionStatistic.of(1, 4));       // o1
        // revenue control {15, 0, 0, 5}: mean 5, Σ(x - 5)² = 100 + 25 + 25 + 0 = 150, variance 50
        assertThat(control.revenue().mean()).isCloseTo(5, within(1e-12));
        assertThat(control.revenue().variance()).isCloseTo(50, within(1e-9));
        // offer {100, 10, 12, 0}: mean 30.5, Σ(x - 30.5)² = 4830.25 + 420.25 + 342.25 + 930.25 = 6523
        assertThat(offer.revenue().mean()).isCloseTo(30.5, within(1e-12));
        assertThat(offer.revenue().variance()).isCloseTo(6523.0 / 3, within(1e-9));
        // CLV control {100, 50, 0, 30} mean 45; offer {120, 60, 40, 20} mean 60 (o5 has none)
        assertThat(control.clv().orElseThrow().mean()).isCloseTo(45, within(1e-12));
        assertThat(offer.clv().orElseThrow().mean()).isCloseTo(60, within(1e-12));
        assertThat(offer.clv().orElseThrow().n()).isEqualTo(4);
    }

    @Test
    void analyze_comparisonsAndCorrections() {
        RetentionExperimentReport r = analysis().analyze(log(), exposures());
        assertThat(r.comparisons()).hasSize(4);
        MetricComparison retained = r.comparison("retained", "offer");
        // 0.75 - 0.5 = 0.25; variance 0.25/4 + 0.1875/4 = 0.109375
        assertThat(retained.absolute().estimate()).isCloseTo(0.25, within(1e-12));
        assertThat(retained.absolute().standardError()).isCloseTo(Math.sqrt(0.109375), within(1e-12));
        assertThat(retained.relative().orElseThrow().estimate()).isCloseTo(0.5, within(1e-12));
        double[] p = r.comparisons().stream().mapToDouble(MetricComparison::pValue).toArray();
        double[] holm = Correction.HOLM.adjust(p);
        double[] bh = Correction.BENJAMINI_HOCHBERG.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(r.comparisons().get(i).holmPValue()).isEqualTo(holm[i]);
            assertThat(r.comparisons().get(i).benjaminiHochbergPValue()).isEqualTo(bh[i]);
        }
        assertThat(r.comparison("CLV", "offer").absolute().estimate()).isCloseTo(15, within(1e-12));
    }

    @Test
    void analyze_churn_isTheLogRankTestOfTheHandCountedDurations() {
        RetentionExperimentReport r = analysis().analyze(log(), exposures());
        // control churns at 50, 30, 30, 40 days; offer at 33, 59, 60, 30 and o5 is censored after 15 days
        Map<String, SurvivalData> groups = new LinkedHashMap<>();
        groups.put("control", SurvivalData.of(new double[] {50, 30, 30, 40}, new int[] {1, 1, 1, 1}));
        groups.put("offer", SurvivalData.of(new double[] {33, 59, 60, 30, 15}, new int[] {1, 1, 1, 1, 0}));
        LogRankTest expected = LogRankTest.of(groups);
        LogRankTest actual = r.churnTest().orElseThrow();
        assertThat(actual.chiSquare()).isCloseTo(expected.chiSquare(), within(1e-9));
        assertThat(actual.observed("offer")).isEqualTo(4);
        assertThat(r.arm("control").churned()).isEqualTo(4);
    }

    @Test
    void analyze_srm_usesTheExperimentWeights() {
        // 4 vs 5 at 50/50: chi-square 2 * 0.5² / 4.5 = 0.111111, p = erfc(sqrt(0.0555556)) = 0.738883
        SampleRatioCheck srm = analysis().analyze(log(), exposures()).srm().orElseThrow();
        assertThat(srm.chiSquare()).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(srm.pValue()).isCloseTo(0.7388826803635273, within(1e-9));
        assertThat(srm.isMismatch()).isFalse();
    }

    @Test
    void analyze_inputOrder_doesNotMatter() {
        List<Exposure> reversed = new ArrayList<>(exposures());
        java.util.Collections.reverse(reversed);
        assertThat(analysis().analyze(log(), reversed).toString()).isEqualTo(analysis().analyze(log(), exposures())
                .toString());
    }

    @Test
    void toString_printsTheReport() {
        String text = analysis().analyze(log(), exposures()).toString();
        assertThat(text).contains("Retention experiment 'winback', control 'control': window 30 days")
                .contains("13 exposures: 9 customers analysed; left out: 1 outside the experiment, 1 in several"
                        + " variants, 1 with an incomplete 30-day window")
                .contains("No sample ratio mismatch")
                .contains("retained within 30 days")
                .contains("Holm p")
                .contains("Log-rank test, 2 groups");
    }

    @Test
    void analyze_badInput_throwsClearly() {
        RetentionExperiment a = analysis();
        List<Exposure> twoExperiments = new ArrayList<>(exposures());
        twoExperiments.add(new Exposure("other", "z", AssignmentStatus.IN_VARIANT, 0, "control", T0));
        assertThatThrownBy(() -> a.analyze(log(), twoExperiments)).hasMessageContaining("two experiments");
        assertThatThrownBy(() -> a.analyze(log(), List.of(exposure("o1", "offer", T0))))
                .hasMessageContaining("control variant 'control' has no exposures");
        assertThatThrownBy(() -> a.analyze(log(), List.of(exposure("c1", "control", END.plusSeconds(1)))))
                .hasMessageContaining("after the observation end");
        Experiment three = Experiment.builder("winback").variant("control", 0.4).variant("offer", 0.4)
                .variant("bigger-offer", 0.2).build();
        RetentionExperiment withEmptyVariant = RetentionExperiment.builder("control").experiment(three)
                .windowDays(30).observationEnd(END).build();
        assertThatThrownBy(() -> withEmptyVariant.analyze(log(), exposures()))
                .hasMessageContaining("variant 'bigger-offer'").hasMessageContaining("treatment arm has n = 0");
    }

    @Test
    void builder_rejectsBadSettings() {
        assertThatThrownBy(() -> RetentionExperiment.builder(" ")).hasMessageContaining("control variant");
        assertThatThrownBy(() -> RetentionExperiment.builder("control").windowDays(0))
                .hasMessage("windowDays must be in 1..3650, got 0");
        assertThatThrownBy(() -> RetentionExperiment.builder("control").weights(Map.of("control", 0.5, "offer", 0.4)))
                .hasMessageContaining("weights must sum to 1");
        assertThatThrownBy(() -> RetentionExperiment.builder("a").experiment(EXPERIMENT))
                .hasMessageContaining("no variant named 'a'");
        assertThatThrownBy(() -> RetentionExperiment.builder("control").build())
                .hasMessageContaining("observationEnd is required");
        assertThatThrownBy(() -> RetentionExperiment.builder("control").clv(Map.of("c1", Double.NaN)))
                .hasMessage("CLV of customer 'c1' must be a finite number, got NaN");
    }
}
