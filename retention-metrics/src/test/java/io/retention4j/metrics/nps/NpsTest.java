package io.retention4j.metrics.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.model.Feedback;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/** NPS, its variance and intervals, by segment and over time; every expected value computed by hand below. */
class NpsTest {

    @Test
    void of_tenScores_countsClassesAndScore() {
        // 10, 9, 9, 10 promoters; 8, 7 passives; 6, 5, 3, 0 detractors
        NpsResult r = Nps.of(new int[] {10, 9, 9, 8, 7, 6, 5, 3, 10, 0});
        assertThat(r.promoters()).isEqualTo(4);
        assertThat(r.passives()).isEqualTo(2);
        assertThat(r.detractors()).isEqualTo(4);
        assertThat(r.score()).isEqualTo(0.0);
        // p = d = 0.4: variance = 100^2 (0.8 - 0) / 10 = 800
        assertThat(r.variance()).isCloseTo(800, within(1e-9));
    }

    @Test
    void variance_twoHundredAnswers_matchesTheFormula() {
        // n = 200, 50% promoters, 30% passives, 20% detractors: NPS 30,
        // variance = 10000 (0.7 - 0.09) / 200 = 30.5, se = 5.5227, 95% CI = 30 ± 1.959964 * 5.5227
        NpsResult r = NpsResult.of(100, 60, 40);
        assertThat(r.score()).isCloseTo(30, within(1e-12));
        assertThat(r.variance()).isCloseTo(30.5, within(1e-12));
        assertThat(r.standardError()).isCloseTo(Math.sqrt(30.5), within(1e-12));
        double[] ci = r.confidenceInterval(0.95);
        assertThat(ci[0]).isCloseTo(30 - 1.959964 * Math.sqrt(30.5), within(1e-5));
        assertThat(ci[1]).isCloseTo(30 + 1.959964 * Math.sqrt(30.5), within(1e-5));
    }

    @Test
    void confidenceInterval_clippedToTheScale() {
        NpsResult allPromoters = NpsResult.of(3, 0, 0);
        assertThat(allPromoters.score()).isEqualTo(100);
        assertThat(allPromoters.variance()).isZero();
        NpsResult small = NpsResult.of(2, 0, 1); // NPS 33.3, wide interval
        assertThat(small.confidenceInterval(0.99)[1]).isEqualTo(100);
    }

    @Test
    void empty_documentedResultNotNaN() {
        NpsResult empty = Nps.of(List.of());
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.score()).isZero();
        assertThat(empty.variance()).isInfinite();
        assertThat(empty.confidenceInterval(0.95)).containsExactly(-100, 100);
        assertThat(empty.minus(NpsResult.of(1, 0, 0)).pValue()).isEqualTo(1.0);
        assertThat(empty).hasToString("NPS[no answers]");
    }

    @Test
    void minus_twoGroups_differenceStandardErrorAndPValue() {
        // a: 50/30/20 of 100 -> NPS 30, var 10000 (0.7 - 0.09) / 100 = 61
        // b: 30/40/30 of 100 -> NPS 0,  var 10000 (0.6 - 0) / 100 = 60
        NpsDifference diff = NpsResult.of(50, 30, 20).minus(NpsResult.of(30, 40, 30));
        assertThat(diff.difference()).isCloseTo(30, within(1e-12));
        assertThat(diff.standardError()).isCloseTo(11, within(1e-12));
        assertThat(diff.z()).isCloseTo(30.0 / 11, within(1e-12));
        // two-sided p = erfc(z / sqrt(2))
        assertThat(diff.pValue()).isCloseTo(Erf.erfc(30.0 / 11 / Math.sqrt(2)), within(1e-12));
        assertThat(diff.confidenceInterval(0.95)[0]).isCloseTo(30 - 1.959964 * 11, within(1e-4));
    }

    @Test
    void merge_partitions_equalsOneAccumulator() {
        int[] scores = new int[1000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (i * 7) % 11;
        }
        NpsAccumulator whole = new NpsAccumulator().addAll(scores);
        NpsAccumulator left = new NpsAccumulator();
        NpsAccumulator right = new NpsAccumulator();
        for (int i = 0; i < scores.length; i++) {
            (i < 400 ? left : right).add(scores[i]);
        }
        assertThat(left.merge(right).result()).isEqualTo(whole.result());
    }

    @Test
    void addAll_scoreOutOfRange_namesTheIndexAndAddsNothing() {
        NpsAccumulator acc = new NpsAccumulator();
        assertThatThrownBy(() -> acc.addAll(new int[] {9, 11})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scores[1] = 11");
        assertThat(acc.result().isEmpty()).isTrue();
        assertThatThrownBy(() -> acc.add(-1)).hasMessageContaining("0..10");
    }

    @Test
    void bySegment_groupsAndOrdersSegments() {
        List<Feedback> answers = List.of(
                new Feedback("a", at(1), 10, null, "email", null),
                new Feedback("b", at(2), 3, null, "email", null),
                new Feedback("c", at(3), 9, null, "app", null),
                new Feedback("d", at(4), 8, null, "app", null));
        NpsBreakdown byChannel = Nps.bySegment(answers, Feedback::channel);
        assertThat(byChannel.results().keySet()).containsExactly("app", "email");
        assertThat(byChannel.get("app").score()).isCloseTo(50, within(1e-12));   // 1 promoter, 1 passive
        assertThat(byChannel.get("email").score()).isCloseTo(0, within(1e-12));  // 1 promoter, 1 detractor
        assertThat(byChannel.difference("app", "email").difference()).isCloseTo(50, within(1e-12));
        assertThatThrownBy(() -> Nps.bySegment(answers, f -> null)).hasMessageContaining("segmentOf returned null");
    }

    @Test
    void overTime_monthlyWithAGap_emptyMonthPresent() {
        List<Feedback> answers = new ArrayList<>();
        answers.add(Feedback.of("a", Instant.parse("2026-01-15T10:00:00Z"), 10));
        answers.add(Feedback.of("b", Instant.parse("2026-01-31T23:30:00Z"), 0));
        answers.add(Feedback.of("c", Instant.parse("2026-03-02T00:00:00Z"), 9));
        NpsSeries series = Nps.overTime(answers, CalendarPeriod.months(ZoneOffset.UTC));
        assertThat(series.points()).extracting(NpsSeries.Point::start).containsExactly(
                LocalDateTime.parse("2026-01-01T00:00"), LocalDateTime.parse("2026-02-01T00:00"),
                LocalDateTime.parse("2026-03-01T00:00"));
        assertThat(series.points().get(0).result().score()).isZero();
        assertThat(series.points().get(1).result().isEmpty()).isTrue();
        assertThat(series.points().get(2).result().score()).isEqualTo(100);
        assertThat(series.changes()).hasSize(2);
        assertThat(series.toString()).contains("2026-02-01T00:00").contains("100.0");
    }

    @Test
    void toString_readable() {
        assertThat(NpsResult.of(100, 60, 40).toString())
                .startsWith("NPS 30.0 (95% CI 19.2..40.8, se 5.52) from 200 answers");
    }

    private static Instant at(int day) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day);
    }
}
