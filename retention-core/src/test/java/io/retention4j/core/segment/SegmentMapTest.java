package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Segment maps: the built-in maps, a published map with gaps and dead rules, assignment, validation. */
class SegmentMapTest {

    /**
     * The example map of R's {@code rfm} package vignette (rfm 0.2.x, "Segments"): ten names with
     * recency_lower/upper, frequency_lower/upper, monetary_lower/upper as published, first match wins.
     */
    static SegmentMap rfmPackageVignetteMap() {
        String[] names = {"Champions", "Loyal Customers", "Potential Loyalist", "New Customers", "Promising",
            "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Lost"};
        int[] rl = {4, 2, 3, 4, 3, 2, 2, 1, 1, 1};
        int[] ru = {5, 5, 5, 5, 4, 3, 3, 2, 1, 2};
        int[] fl = {4, 3, 1, 1, 1, 2, 1, 2, 4, 1};
        int[] fu = {5, 5, 3, 1, 1, 3, 2, 5, 5, 2};
        int[] ml = {4, 3, 1, 1, 1, 2, 1, 2, 4, 1};
        int[] mu = {5, 5, 3, 1, 1, 3, 2, 5, 5, 2};
        SegmentMap.Builder b = SegmentMap.builder("rfm-vignette", 5).other("Others");
        for (int i = 0; i < names.length; i++) {
            b.rule(names[i], rl[i], ru[i], fl[i], fu[i], ml[i], mu[i]);
        }
        return b.build();
    }

    @Test
    void recencyFrequencyGrid_coverage_completeDisjointEveryCellCountedByHand() {
        SegmentMapCoverage c = SegmentMap.recencyFrequencyGrid().coverage();
        // RF cells x 5 monetary scores: champions 2, loyal 4, potential 4, new 1, promising 1, need attention 1,
        // about to sleep 2, at risk 4, can't lose 2, hibernating 4 RF cells (25 in all)
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("champions", 10);
        expected.put("loyal customers", 20);
        expected.put("potential loyalists", 20);
        expected.put("new customers", 5);
        expected.put("promising", 5);
        expected.put("need attention", 5);
        expected.put("about to sleep", 10);
        expected.put("at risk", 20);
        expected.put("can't lose them", 10);
        expected.put("hibernating", 20);
        expected.put("other", 0);
        assertThat(c.cellsBySegment()).containsExactlyEntriesOf(expected);
        assertThat(c.isComplete()).isTrue();
        assertThat(c.uncoveredCells()).isEmpty();
        assertThat(c.unreachableSegments()).isEmpty();
        assertThat(c.overlaps()).isEmpty();
        assertThat(c.totalCells()).isEqualTo(125);
    }

    @Test
    void recencyFrequencyGrid_cells_matchThePublishedRegexMap() {
        SegmentMap grid = SegmentMap.recencyFrequencyGrid();
        // the seg_map regular expressions over the two-digit "RF" code
        Map<String, String> regex = new LinkedHashMap<>();
        regex.put("[1-2][1-2]", "hibernating");
        regex.put("[1-2][3-4]", "at risk");
        regex.put("[1-2]5", "can't lose them");
        regex.put("3[1-2]", "about to sleep");
        regex.put("33", "need attention");
        regex.put("[3-4][4-5]", "loyal customers");
        regex.put("41", "promising");
        regex.put("51", "new customers");
        regex.put("[4-5][2-3]", "potential loyalists");
        regex.put("5[4-5]", "champions");
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                String code = "" + r + f;
                List<String> hits = new ArrayList<>();
                regex.forEach((pattern, name) -> {
                    if (code.matches(pattern)) {
                        hits.add(name);
                    }
                });
                assertThat(hits).as("RF %s", code).hasSize(1);
                for (int m = 1; m <= 5; m++) {
                    assertThat(grid.segmentOf(r, f, m)).isEqualTo(hits.get(0));
                }
            }
        }
    }

    @Test
    void rfmWithLost_coverage_completeNoDeadRuleTwoDocumentedOverlaps() {
        SegmentMap map = SegmentMap.rfmWithLost();
        SegmentMapCoverage c = map.coverage();
        assertThat(c.cellsBySegment().values()).containsExactly(8, 22, 20, 5, 5, 5, 10, 8, 22, 10, 10, 0);
        assertThat(c.isComplete()).isTrue();
        assertThat(c.unreachableSegments()).isEmpty();
        assertThat(c.overlaps()).containsExactly(
                new SegmentMapCoverage.Overlap("loyal customers", "champions", 8),
                new SegmentMapCoverage.Overlap("at risk", "can't lose them", 8));
        assertThat(map.segmentNames()).contains("lost");
        assertThat(map.segmentOf(1, 1, 5)).isEqualTo("lost");
        assertThat(map.segmentOf(2, 2, 1)).isEqualTo("hibernating");
        assertThat(map.segmentOf(5, 5, 3)).isEqualTo("loyal customers");
        assertThat(map.segmentOf(5, 5, 4)).isEqualTo("champions");
        assertThat(map.segmentOf(1, 4, 4)).isEqualTo("can't lose them");
        assertThat(map.segmentOf(1, 4, 3)).isEqualTo("at risk");
    }

    @Test
    void coverage_rfmPackageVignetteMap_gapsOverlapsAndDeadRulesCountedByHand() {
        SegmentMapCoverage c = rfmPackageVignetteMap().coverage();
        // Champions R4-5 F4-5 M4-5: 8. Loyal R2-5 F3-5 M3-5: 36, less Champions' 8 inside it: 28.
        // Potential R3-5 F1-3 M1-3: 27, less R3-5 F3 M3 (Loyal): 24. New R4-5 F1 M1 and Promising R3-4 F1 M1
        // lie inside Potential: 0. Need Attention R2-3 F2-3 M2-3: 8, less R2-3 F3 M3 (Loyal, 2) and
        // R3 F2 M2, R3 F2 M3, R3 F3 M2 (Potential, 3): 3. About To Sleep R2-3 F1-2 M1-2: 8, less R3 x 4
        // (Potential) and R2 F2 M2 (Need Attention): 3. At Risk R1-2 F2-5 M2-5: 32, less R2 F3-5 M3-5
        // (Loyal, 9) and R2 F2 M2, R2 F2 M3, R2 F3 M2 (Need Attention, 3): 20. Can't Lose R1 F4-5 M4-5
        // inside At Risk: 0. Lost R1-2 F1-2 M1-2: 8, less R1 F2 M2 (At Risk) and R2 F1 M1, R2 F1 M2,
        // R2 F2 M1 (About To Sleep) and R2 F2 M2 (Need Attention): 3. Named 89 of 125; 36 to Others.
        // Overlapping (rule, earlier winner) pairs: Loyal-Champions, Potential-Loyal, New-Potential,
        // Promising-Potential, Need Attention-Loyal/Potential, About To Sleep-Potential/Need Attention,
        // At Risk-Loyal/Need Attention, Can't Lose-At Risk, Lost-At Risk/About To Sleep/Need Attention: 14.
        assertThat(c.cellsBySegment().values()).containsExactly(8, 28, 24, 0, 0, 3, 3, 20, 0, 3, 36);
        assertThat(c.unreachableSegments()).containsExactly("New Customers", "Promising", "Can't Lose Them");
        assertThat(c.isComplete()).isFalse();
        assertThat(c.uncoveredCells()).hasSize(36)
                .contains(new ScoreCell(1, 1, 3), new ScoreCell(5, 5, 1), new ScoreCell(5, 1, 5))
                .doesNotContain(new ScoreCell(1, 1, 1), new ScoreCell(3, 3, 3));
        assertThat(c.overlaps()).contains(
                new SegmentMapCoverage.Overlap("Need Attention", "Loyal Customers", 2),
                new SegmentMapCoverage.Overlap("Need Attention", "Potential Loyalist", 3),
                new SegmentMapCoverage.Overlap("New Customers", "Potential Loyalist", 2),
                new SegmentMapCoverage.Overlap("Can't Lose Them", "At Risk", 4),
                new SegmentMapCoverage.Overlap("Lost", "About To Sleep", 3));
        assertThat(c.toString()).containsPattern("New Customers +0 cells of a 2-cell box  UNREACHABLE")
                .contains("overlap: Need Attention loses 3 cells to Potential Loyalist");
        assertThat(c.summary()).startsWith("coverage: 89 of 125 cells named, 36 to 'Others' [113, 114, 115, ")
                .endsWith("3 unreachable [New Customers, Promising, Can't Lose Them], 14 overlaps");
    }

    @Test
    void coverage_anyMap_agreesWithBruteForceFirstMatch() {
        SegmentMap map = rfmPackageVignetteMap();
        int[] won = new int[map.rules().size()];
        int uncovered = 0;
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    int first = -1;
                    for (int k = 0; k < map.rules().size() && first < 0; k++) {
                        SegmentRule rule = map.rules().get(k);
                        if (rule.recency().contains(r) && rule.frequency().contains(f) && rule.monetary().contains(m)) {
                            first = k;
                        }
                    }
                    assertThat(map.ruleIndex(r, f, m)).isEqualTo(first);
                    if (first < 0) {
                        uncovered++;
                    } else {
                        won[first]++;
                    }
                }
            }
        }
        for (int k = 0; k < won.length; k++) {
            assertThat(map.coverage().cells(map.rules().get(k).segment())).isEqualTo(won[k]);
        }
        assertThat(map.coverage().cells("Others")).isEqualTo(uncovered);
    }

    @Test
    void assign_tenCustomers_sizesAndMeansByHand() {
        RfmScores scores = RfmScorer.defaults().score(TenCustomers.columns());
        // codes 555 555 544 434 433 413 212 212 111 111 (RfmScorerTest): RF 55 55 54 -> champions;
        // 43 43 -> potential loyalists; 41 -> promising; 21 21 11 11 -> hibernating
        SegmentAssignment a = SegmentMap.recencyFrequencyGrid().assign(scores);
        assertThat(a.size("champions")).isEqualTo(3);
        assertThat(a.size("potential loyalists")).isEqualTo(2);
        assertThat(a.size("promising")).isEqualTo(1);
        assertThat(a.size("hibernating")).isEqualTo(4);
        assertThat(a.size("other")).isZero();
        assertThat(a.sizes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(a.customers("champions")).containsExactly("1", "2", "3");
        assertThat(a.customers("hibernating")).containsExactly("7", "8", "9", "10");
        assertThat(a.segmentOf("6")).hasValue("promising");
        assertThat(a.segmentOf("11")).isEmpty();
        assertThat(a.excludedCount()).isEqualTo(1);
        SegmentSummary champions = a.summary("champions");
        assertThat(champions.meanMonetary().getAsDouble()).isCloseTo((999.99 + 300 + 120) / 3, within(1e-9));
        assertThat(champions.meanRecencyDays()).hasValue(2.0);          // (0 + 3 + 3) / 3
        assertThat(champions.meanOrders().getAsDouble()).isCloseTo(16 / 3.0, within(1e-12));
        assertThat(champions.share()).isEqualTo(0.3);
        assertThat(a.summary("hibernating").meanMonetary()).hasValue(16.375);   // (20 + 20 + 15 + 10.5) / 4
        assertThat(a.summary("hibernating").meanRecencyDays()).hasValue(95.0);  // (30 + 60 + 90 + 200) / 4
        assertThat(a.summary("at risk").meanMonetary()).isEmpty();
        assertThat(a.toString()).containsPattern("\n  champions +3 +30\\.0% +2\\.0 +5\\.33 +473\\.33\n")
                .containsPattern("\n  at risk +0 +0\\.0% +- +- +-\n");
        assertThatThrownBy(() -> a.size("vip")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("has no segment 'vip'");
        assertThatThrownBy(() -> a.segmentOf("nobody")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void assign_mapWithGaps_unmatchedCustomersGoToOther() {
        SegmentMap map = SegmentMap.builder("top-only", 5).rule("best", 5, 5, 5, 5, 5, 5).other("rest").build();
        SegmentAssignment a = map.assign(RfmScorer.defaults().score(TenCustomers.columns()));
        assertThat(a.customers("best")).containsExactly("1", "2");
        assertThat(a.size("rest")).isEqualTo(8);
        assertThat(a.segmentOf("5")).hasValue("rest");
        assertThat(a.ruleIndexAt(a.scores().indexOf("5"))).isEqualTo(-1);
        assertThat(a.ruleIndexAt(a.scores().indexOf("11"))).isEqualTo(-2);
    }

    @Test
    void assign_otherLevels_rejected() {
        RfmScores threes = RfmScorer.builder().bins(3).build().score(TenCustomers.columns());
        assertThatThrownBy(() -> SegmentMap.recencyFrequencyGrid().assign(threes))
                .hasMessage("segment map 'rf-grid' is written for 5-point scores; these scores have 3 levels");
    }

    @Test
    void builder_badRules_rejectedNamingRuleAndRange() {
        assertThatThrownBy(() -> SegmentMap.builder("m", 5).rule("a", 1, 6, 1, 5))
                .hasMessage("rule 1 'a': recency range 1..6 exceeds the 5-point scale (1..5)");
        assertThatThrownBy(() -> ScoreRange.of(0, 3)).hasMessage("score range 0..3 must lie within 1..9");
        assertThatThrownBy(() -> SegmentMap.builder("m", 4).rule("a", 1, 2, 3, 5))
                .hasMessage("rule 1 'a': frequency range 3..5 exceeds the 4-point scale (1..4)");
        assertThatThrownBy(() -> SegmentMap.builder("m", 5).rule("a", 4, 2, 1, 5))
                .hasMessage("score range 4..2 is inverted: lower 4 is above upper 2");
        assertThatThrownBy(() -> SegmentMap.builder("m", 5).rule("a", 1, 2, 1, 5).rule("a", 3, 5, 1, 5))
                .hasMessage("rule 2 'a': the segment name is already used by an earlier rule");
        assertThatThrownBy(() -> SegmentMap.builder("m", 5).rule("other", 1, 5, 1, 5).build())
                .hasMessageContaining("a rule uses the name 'other'");
        assertThatThrownBy(() -> SegmentMap.builder("m", 5).build()).hasMessage("segment map 'm' has no rules");
        assertThatThrownBy(() -> SegmentMap.builder("m", 1)).hasMessage("levels must be in 2..9, got 1");
        assertThatThrownBy(() -> SegmentMap.builder(" ", 5)).hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> SegmentMap.recencyFrequencyGrid().segmentOf(0, 1, 1))
                .hasMessage("recency must be in 1..5, got 0");
    }

    @Test
    void toString_rulesInOrderWithCellsAndSummary() {
        assertThat(SegmentMap.rfmWithLost().toString())
                .startsWith("SegmentMap[rfm-11, 5-point scores, 11 rules, first match wins]\n"
                        + "   1. champions            R 4-5  F 4-5  M 4-5    8 cells\n"
                        + "   2. loyal customers      R 3-5  F 4-5  M 1-5   22 cells\n")
                .endsWith("coverage: 125 of 125 cells named, 0 to 'other', 0 unreachable, 2 overlaps");
    }
}
