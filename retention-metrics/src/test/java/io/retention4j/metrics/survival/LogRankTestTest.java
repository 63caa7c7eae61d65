package io.retention4j.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The log-rank test against R {@code survdiff} results published in lifelines' tests and docs, and hand counts. */
class LogRankTestTest {

    @Test
    void of_twoGroupsNoCensoring_matchesRSurvdiff() {
        // lifelines test_rank_test_output_against_R_no_censorship: R survdiff on
        // time c(10,20,30,10,20,50), status all 1, treatment c(1,1,1,0,0,0): chisq 0.254237, p 0.614107
        LogRankTest test = LogRankTest.of(new double[] {10, 20, 30, 10, 20, 50}, new int[] {1, 1, 1, 1, 1, 1},
                new String[] {"1", "1", "1", "0", "0", "0"});
        assertThat(test.chiSquare()).isCloseTo(0.254237, within(1e-6));
        assertThat(test.pValue()).isCloseTo(0.614107, within(1e-6));
        assertThat(test.degreesOfFreedom()).isEqualTo(1);
    }

    @Test
    void of_twoGroupsWithCensoring_matchesRSurvdiff() {
        // lifelines test_rank_test_output_against_R_with_censorship: status c(1,0,1,1,0,1): chisq 0.384615, p 0.535143
        LogRankTest test = LogRankTest.of(new double[] {10, 20, 30, 10, 20, 50}, new int[] {1, 0, 1, 1, 0, 1},
                new String[] {"1", "1", "1", "0", "0", "0"});
        assertThat(test.chiSquare()).isCloseTo(0.384615, within(1e-6));
        assertThat(test.pValue()).isCloseTo(0.535143, within(1e-6));
    }

    @Test
    void of_withCensoring_matchesHandCountedObservedExpectedAndVariance() {
        // times 10 (2 events: one per group, 6 at risk, 3 per group), 30 (group 1 event; at risk 1: {30}, 0: {50}),
        // 50 (group 0 event, 1 at risk); censored at 20 in both groups
        // E_1 = 2 * 3/6 + 1 * 1/2 + 1 * 0 = 1.5; V_11 = 2*4/5 * (1/2)(1/2) + 1*1/1 * (1/2)(1/2) + 0 = 0.4 + 0.25
        LogRankTest test = LogRankTest.of(new double[] {10, 20, 30, 10, 20, 50}, new int[] {1, 0, 1, 1, 0, 1},
                new String[] {"1", "1", "1", "0", "0", "0"});
        assertThat(test.observed("1")).isEqualTo(2);
        assertThat(test.expected("1")).isCloseTo(1.5, within(1e-15));
        assertThat(test.expected("0")).isCloseTo(2.5, within(1e-15));
        assertThat(test.variance()[1][1]).isCloseTo(0.65, within(1e-15));
        assertThat(test.chiSquare()).isCloseTo(0.25 / 0.65, within(1e-15));
        assertThat(test.subjects("0")).isEqualTo(3);
    }

    @Test
    void of_leukemiaRemissionTimes_matchesPublishedStatistic() {
        // lifelines test_logrank_test_output_against_R_2 (Freireich's 6-MP data, from an ETH seminar with R):
        // test statistic 16.8, p = 4.17e-05
        double[] control = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};
        double[] treatment = {6, 6, 6, 7, 10, 13, 16, 22, 23, 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 25};
        int[] controlEvents = new int[21];
        java.util.Arrays.fill(controlEvents, 1);
        int[] treatmentEvents = {1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Map<String, SurvivalData> groups = new LinkedHashMap<>();
        groups.put("control", SurvivalData.of(control, controlEvents));
        groups.put("6-MP", SurvivalData.of(treatment, treatmentEvents));
        LogRankTest test = LogRankTest.of(groups);
        assertThat(test.chiSquare()).isCloseTo(16.8, within(0.05));
        assertThat(test.pValue()).isCloseTo(4.17e-5, within(0.005e-5));
        assertThat(test.groups()).containsExactly("control", "6-MP");
    }

    @Test
    void of_lymphomaStages_matchesStatsDirect() {
        // lifelines test_load_lymphoma_logrank, from StatsDirect's log-rank example: 6.70971, p = 0.0096
        double[] stage1 = {6, 19, 32, 42, 42, 43, 94, 126, 169, 207, 211, 227, 253, 255, 270, 310, 316, 335, 346};
        int[] stage1Events = {1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0};
        double[] stage2 = {4, 6, 10, 11, 11, 11, 13, 17, 20, 20, 21, 22, 24, 24, 29, 30, 30, 31, 33, 34, 35, 39, 40,
            41, 43, 45, 46, 50, 56, 61, 61, 63, 68, 82, 85, 88, 89, 90, 93, 104, 110, 134, 137, 160, 169, 171, 173,
            175, 184, 201, 222, 235, 247, 260, 284, 290, 291, 302, 304, 341, 345};
        int[] stage2Events = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1,
            0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Map<String, SurvivalData> groups = new LinkedHashMap<>();
        groups.put("1", SurvivalData.of(stage1, stage1Events));
        groups.put("2", SurvivalData.of(stage2, stage2Events));
        LogRankTest test = LogRankTest.of(groups);
        assertThat(test.chiSquare()).isCloseTo(6.70971, within(5e-6));
        assertThat(test.pValue()).isCloseTo(0.0096, within(5e-5));
    }

    @Test
    void of_threeGroups_matchesLifelinesDocumentation() {
        // lifelines docs (Examples: multivariate_logrank_test): test_statistic 1.0800, p 0.5827 on 2 df
        LogRankTest test = LogRankTest.of(new double[] {5, 3, 9, 8, 7, 4, 4, 3, 2, 5, 6, 7},
                new int[] {1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0},
                new String[] {"0", "0", "0", "0", "1", "1", "1", "1", "1", "2", "2", "2"});
        assertThat(test.chiSquare()).isCloseTo(1.0800, within(5e-5));
        assertThat(test.pValue()).isCloseTo(0.5827, within(5e-5));
        assertThat(test.degreesOfFreedom()).isEqualTo(2);
    }

    @Test
    void of_g3RitVersusControl_matchesRPValue() {
        // lifelines test_logrank_test_output_against_R_1 on its g3 data: p = 0.0138 (R); the Control group is
        // issue 4's Kaplan-Meier vector
        Map<String, SurvivalData> groups = new LinkedHashMap<>();
        groups.put("RIT", SurvivalData.of(new double[] {53, 28, 69, 58, 54, 25, 51, 61, 57, 57, 50},
                new int[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0}));
        groups.put("Control", SurvivalData.of(new double[] {34, 32, 9, 19, 50, 48}, new int[] {1, 1, 1, 1, 0, 0}));
        assertThat(LogRankTest.of(groups).pValue()).isCloseTo(0.0138, within(5e-5));
    }

    @Test
    void of_integerWeights_equalReplicatedRows() {
        Map<String, SurvivalData> weighted = new LinkedHashMap<>();
        weighted.put("a", SurvivalData.of(new double[] {1, 4, 6}, new int[] {1, 0, 1}).withWeights(new double[] {2, 1, 3}));
        weighted.put("b", SurvivalData.of(new double[] {2, 4}, new int[] {1, 1}).withWeights(new double[] {1, 2}));
        Map<String, SurvivalData> replicated = new LinkedHashMap<>();
        replicated.put("a", SurvivalData.of(new double[] {1, 1, 4, 6, 6, 6}, new int[] {1, 1, 0, 1, 1, 1}));
        replicated.put("b", SurvivalData.of(new double[] {2, 4, 4}, new int[] {1, 1, 1}));
        LogRankTest w = LogRankTest.of(weighted);
        LogRankTest r = LogRankTest.of(replicated);
        assertThat(w.chiSquare()).isCloseTo(r.chiSquare(), within(1e-12));
        assertThat(w.expected("a")).isCloseTo(r.expected("a"), within(1e-12));
    }

    @Test
    void of_groupNeverAtRiskAtAnEventTime_isLeftOutLikeR() {
        // group "late" is censored before the first event: E = 0, so df = 1 for the three groups
        LogRankTest test = LogRankTest.of(new double[] {5, 6, 7, 8, 1, 2}, new int[] {1, 0, 1, 1, 0, 0},
                new String[] {"a", "a", "b", "b", "late", "late"});
        assertThat(test.expected("late")).isZero();
        assertThat(test.degreesOfFreedom()).isEqualTo(1);
        LogRankTest twoGroups = LogRankTest.of(new double[] {5, 6, 7, 8}, new int[] {1, 0, 1, 1},
                new String[] {"a", "a", "b", "b"});
        assertThat(test.chiSquare()).isCloseTo(twoGroups.chiSquare(), within(1e-12));
    }

    @Test
    void of_badInput_throwsNamingTheProblem() {
        assertThatThrownBy(() -> LogRankTest.of(new double[] {1, 2}, new int[] {1, 1}, new String[] {"a", "a"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two groups");
        assertThatThrownBy(() -> LogRankTest.of(new double[] {1, 2}, new int[] {0, 0}, new String[] {"a", "b"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no events");
        assertThatThrownBy(() -> LogRankTest.of(new double[] {1, 2}, new int[] {1, 1}, new String[] {"a", null}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups[1]");
        assertThatThrownBy(() -> LogRankTest.of(new double[] {1, -2}, new int[] {1, 1}, new String[] {"a", "b"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durations[1]");
        assertThatThrownBy(() -> LogRankTest.of(new double[] {1, 2}, new int[] {1, 1}, new String[] {"a"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups has 1");
        Map<String, SurvivalData> late = new LinkedHashMap<>();
        late.put("a", SurvivalData.of(new double[] {3}, new int[] {1}).withEntryTimes(new double[] {1}));
        late.put("b", SurvivalData.of(new double[] {3}, new int[] {1}));
        assertThatThrownBy(() -> LogRankTest.of(late)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("late-entry");
    }

    @Test
    void toString_printsTableAndStatistic() {
        String text = LogRankTest.of(new double[] {10, 20, 30, 10, 20, 50}, new int[] {1, 0, 1, 1, 0, 1},
                new String[] {"1", "1", "1", "0", "0", "0"}).toString();
        assertThat(text).contains("Log-rank test, 2 groups").contains("observed").contains("expected")
                .contains("chi-square = 0.3846 on 1 degrees of freedom, p = 0.5351");
    }
}
