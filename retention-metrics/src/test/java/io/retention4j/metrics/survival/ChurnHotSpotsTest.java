package io.retention4j.metrics.survival;

import static io.retention4j.metrics.survival.ChurnDurationsTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.EventLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Churn hot spots: hazard by tenure window and churn odds after an event type, on hand-counted cases. */
class ChurnHotSpotsTest {
    private static final double Z95 = 1.959963984540054;

    // tenure: 3x 5+ 7x 8x 10x 20+ 30x 31+ 45x 100+   (x churned, + censored)
    private static final SurvivalData TENURE = SurvivalData.of(new double[] {3, 5, 7, 8, 10, 20, 30, 31, 45, 100},
            new int[] {1, 0, 1, 1, 1, 0, 1, 0, 1, 0});
    private static final TenureWindows WINDOWS = TenureWindows.of(0, 8, 31, 91, Double.POSITIVE_INFINITY)
            .withLabels("days 0-7", "days 8-30", "days 31-90", "days 91+");

    @Test
    void tenureHazards_handCountedWindows_giveEventsOverAtRiskAtStart() {
        TenureHazards hazards = TenureHazards.of(TENURE, WINDOWS);
        List<WindowHazard> w = hazards.windows();
        // [0,8): 10 at risk, churned 3 and 7, censored 5
        assertWindow(w.get(0), "days 0-7", 10, 2, 1, 2.0 / 10);
        // [8,31): tenure >= 8: 8 10 20 30 31 45 100; churned 8 10 30; censored 20
        assertWindow(w.get(1), "days 8-30", 7, 3, 1, 3.0 / 7);
        // [31,91): 31 45 100; churned 45; censored 31
        assertWindow(w.get(2), "days 31-90", 3, 1, 1, 1.0 / 3);
        // [91,inf): 100, censored
        assertWindow(w.get(3), "days 91+", 1, 0, 1, 0);
        assertThat(hazards.ranked()).extracting(WindowHazard::label)
                .containsExactly("days 8-30", "days 31-90", "days 0-7", "days 91+");
    }

    @Test
    void tenureHazards_actuarial_countsCensoredAsHalf() {
        TenureHazards hazards = TenureHazards.of(TENURE, WINDOWS, WindowCensoring.ACTUARIAL, 0.95);
        assertThat(hazards.windows().get(0).hazard()).isCloseTo(2 / 9.5, within(1e-15));
        assertThat(hazards.windows().get(1).hazard()).isCloseTo(3 / 6.5, within(1e-15));
        assertThat(hazards.windows().get(3).denominator()).isEqualTo(0.5);
    }

    @Test
    void tenureHazards_intervals_areWilsonScoreIntervals() {
        WindowHazard first = TenureHazards.of(TENURE, WINDOWS).windows().get(0);
        // Wilson for 2 of 10: (p + z^2/2n ± z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)
        double p = 0.2;
        double n = 10;
        double center = (p + Z95 * Z95 / (2 * n)) / (1 + Z95 * Z95 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + Z95 * Z95 / (4 * n * n)) / (1 + Z95 * Z95 / n);
        assertThat(first.lower()).isCloseTo(center - half, within(1e-12));
        assertThat(first.upper()).isCloseTo(center + half, within(1e-12));
        // 0 of 1: the Wilson upper bound for x = 0 is z^2 / (n + z^2)
        WindowHazard last = TenureHazards.of(TENURE, WINDOWS).windows().get(3);
        assertThat(last.lower()).isZero();
        assertThat(last.upper()).isCloseTo(Z95 * Z95 / (1 + Z95 * Z95), within(1e-12));
    }

    @Test
    void tenureHazards_windowNobodyReaches_isNaNAndNotRanked() {
        TenureHazards hazards = TenureHazards.of(TENURE, TenureWindows.of(5, 10, 200, 300));
        WindowHazard empty = hazards.windows().get(2);
        assertThat(empty.hasCustomersAtRisk()).isFalse();
        assertThat(empty.hazard()).isNaN();
        assertThat(empty.lower()).isNaN();
        assertThat(hazards.ranked()).hasSize(2);
        // tenure 3 is below the first boundary: in no window; [5,10) has 5 7 8 ... 100 at risk = 9
        assertThat(hazards.windows().get(0).atRiskAtStart()).isEqualTo(9);
        assertThat(hazards.windows().get(0).label()).isEqualTo("[5, 10)");
        // [10,200): 10 20 30 31 45 100 at risk; churned 10 30 45; censored 20 31 100
        assertThat(hazards.windows().get(1).atRiskAtStart()).isEqualTo(6);
        assertThat(hazards.windows().get(1).censored()).isEqualTo(3);
        assertThat(hazards.toString()).contains("rank").contains("[200, 300)");
    }

    @Test
    void tenureHazards_fromChurnDurations_useTheDefinitionsUnit() {
        ChurnDurations churn = ChurnDurations.fromFirstPurchase(ChurnDurationsTest.sampleLog(),
                ChurnDurationsTest.THIRTY_DAYS);
        // durations 65x 55x 20+ 60x 30x; windows [0,31) [31,61) [61,inf)
        TenureHazards hazards = TenureHazards.of(churn, TenureWindows.of(0, 31, 61, Double.POSITIVE_INFINITY));
        assertWindow(hazards.windows().get(0), "[0, 31)", 5, 1, 1, 1.0 / 5);
        assertWindow(hazards.windows().get(1), "[31, 61)", 3, 2, 0, 2.0 / 3);
        assertWindow(hazards.windows().get(2), "61+", 1, 1, 0, 1.0);
        assertThat(hazards.toString()).contains("(days)");
    }

    @Test
    void tenureWindows_badBoundaries_areRejected() {
        assertThatThrownBy(() -> TenureWindows.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> TenureWindows.of(0, 8, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boundaries[2] = 8.0");
        assertThatThrownBy(() -> TenureWindows.of(-1, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boundaries[0]");
        assertThatThrownBy(() -> TenureWindows.of(0, Double.POSITIVE_INFINITY, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundaries[1]");
        assertThatThrownBy(() -> WINDOWS.withLabels("a", "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 labels");
        assertThatThrownBy(() -> TenureHazards.of(TENURE.withEntryTimes(new double[10]), WINDOWS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("late-entry");
    }

    @Test
    void churnOdds_handComputedTable_matchesWoolfWithAddOne() {
        ChurnOdds odds = ChurnOdds.of("ticket", 10, 20, 5, 40, OddsOptions.defaults());
        double or = 11.0 * 41 / (21 * 6);
        double se = Math.sqrt(1 / 11.0 + 1 / 21.0 + 1 / 6.0 + 1 / 41.0);
        assertThat(odds.oddsRatio()).isCloseTo(or, within(1e-12));
        assertThat(odds.logOddsRatioStandardError()).isCloseTo(se, within(1e-12));
        assertThat(odds.lower()).isCloseTo(Math.exp(Math.log(or) - Z95 * se), within(1e-12));
        assertThat(odds.upper()).isCloseTo(Math.exp(Math.log(or) + Z95 * se), within(1e-12));
        assertThat(odds.churnRateWith()).isCloseTo(10.0 / 30, within(1e-15));
        assertThat(odds.churnRateWithout()).isCloseTo(5.0 / 45, within(1e-15));
        assertThat(odds.sufficient()).isTrue();
        // Haldane-Anscombe: 0.5 in every cell
        ChurnOdds haldane = ChurnOdds.of("ticket", 10, 20, 5, 40, OddsOptions.defaults().pseudoCount(0.5));
        assertThat(haldane.oddsRatio()).isCloseTo(10.5 * 40.5 / (20.5 * 5.5), within(1e-12));
    }

    @Test
    void churnOdds_zeroCell_isFiniteAndFlagged() {
        ChurnOdds odds = ChurnOdds.of("rare", 0, 7, 12, 30, OddsOptions.defaults());
        assertThat(odds.oddsRatio()).isCloseTo(1.0 * 31 / (8 * 13), within(1e-12));
        assertThat(odds.sufficient()).isFalse();
        assertThat(odds.toString()).contains("not ranked");
        assertThatThrownBy(() -> ChurnOdds.of("x", 1, -1, 1, 1, OddsOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retainedWith");
        assertThatThrownBy(() -> OddsOptions.defaults().pseudoCount(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 10]");
        assertThatThrownBy(() -> OddsOptions.defaults().minimumCellCount(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void churnOddsRanking_eventLog_countsEventsAtOrBeforeExitOncePerCustomer() {
        ChurnDurations churn = ChurnDurations.fromFirstPurchase(ChurnDurationsTest.sampleLog(),
                ChurnDurationsTest.THIRTY_DAYS);
        // exits: c1 churned 65, c2 churned 75, c3 censored 100, c4 churned 100, c6 churned 80
        EventLog events = EventLog.builder()
                .add("c1", day(60).toEpochMilli(), "ticket", Map.of())
                .add("c2", day(80).toEpochMilli(), "ticket", Map.of())   // after c2's churn: not counted
                .add("c3", day(95).toEpochMilli(), "ticket", Map.of())
                .add("c6", day(10).toEpochMilli(), "ticket", Map.of())
                .add("c6", day(12).toEpochMilli(), "ticket", Map.of())   // once per customer
                .add("c3", day(85).toEpochMilli(), "feature", Map.of())
                .add("c4", day(50).toEpochMilli(), "feature", Map.of())
                .add("z", day(50).toEpochMilli(), "ticket", Map.of())    // not in the population
                .build();
        ChurnOddsRanking ranking = ChurnOddsRanking.of(churn, events, OddsOptions.defaults().minimumCellCount(0));
        ChurnOdds ticket = find(ranking, "ticket");
        // ticket: churned with c1 c6; retained with c3; churned without c2 c4; retained without none
        assertThat(new long[] {ticket.churnedWith(), ticket.retainedWith(), ticket.churnedWithout(),
            ticket.retainedWithout()}).containsExactly(2, 1, 2, 0);
        ChurnOdds feature = find(ranking, "feature");
        // feature: churned with c4; retained with c3; churned without c1 c2 c6
        assertThat(new long[] {feature.churnedWith(), feature.retainedWith(), feature.churnedWithout(),
            feature.retainedWithout()}).containsExactly(1, 1, 3, 0);
        assertThat(ticket.oddsRatio()).isCloseTo(3.0 * 1 / (2 * 3), within(1e-15));
        assertThat(feature.oddsRatio()).isCloseTo(2.0 * 1 / (2 * 4), within(1e-15));
        assertThat(ranking.ranked()).extracting(ChurnOdds::label).containsExactly("ticket", "feature");
        assertThat(ranking.eventCustomersOutsidePopulation()).isEqualTo(1);
        assertThat(ranking.population()).isEqualTo(5);
        // the default minimum of 5 per cell excludes both
        ChurnOddsRanking strict = ChurnOddsRanking.of(churn, events);
        assertThat(strict.ranked()).isEmpty();
        assertThat(strict.insufficient()).hasSize(2);
        assertThat(strict.toString()).contains("not ranked").contains("ticket").contains("1 event-log customers");
    }

    private static ChurnOdds find(ChurnOddsRanking ranking, String label) {
        return ranking.all().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
    }

    private static void assertWindow(WindowHazard w, String label, double atRisk, double events, double censored,
                                     double hazard) {
        assertThat(w.label()).isEqualTo(label);
        assertThat(w.atRiskAtStart()).as("at risk %s", label).isEqualTo(atRisk);
        assertThat(w.events()).as("events %s", label).isEqualTo(events);
        assertThat(w.censored()).as("censored %s", label).isEqualTo(censored);
        assertThat(w.hazard()).as("hazard %s", label).isCloseTo(hazard, within(1e-15));
    }
}
