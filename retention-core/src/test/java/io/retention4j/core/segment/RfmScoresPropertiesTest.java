package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.internal.TestIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * RFM scores of random populations against a naive reference written from the documentation: full
 * sorts, the definition-7 formula, counting breakpoints, and dplyr's {@code ntile} formula for ranks;
 * and the same scores for any input order.
 */
class RfmScoresPropertiesTest {

    /** One customer's raw values. */
    record Row(String id, int days, int orders, double spend) {
    }

    /** A population and a configuration. */
    record Scenario(List<Row> rows, int bins, TiePolicy policy, BinIntervals intervals, double offset, long seed) {
        RfmScorer scorer() {
            return RfmScorer.builder().bins(bins).tiePolicy(policy).intervals(intervals).quantileOffset(offset).build();
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 300).map(String::valueOf),
                Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3),
                Arbitraries.integers().between(0, 30).map(i -> "00" + i));
        Arbitrary<Integer> days = Arbitraries.oneOf(Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 5000));
        Arbitrary<Integer> orders = Arbitraries.integers().between(0, 6);
        Arbitrary<Double> spend = Arbitraries.oneOf(Arbitraries.of(0.0, 9.99, 10.0, 25.5),
                Arbitraries.integers().between(0, 100_000).map(c -> c / 100.0));
        Arbitrary<List<Row>> rows = Combinators.combine(id.set().ofMaxSize(60), days.list().ofSize(60),
                orders.list().ofSize(60), spend.list().ofSize(60)).as((ids, d, o, s) -> {
                    List<Row> out = new ArrayList<>();
                    int i = 0;
                    for (String x : ids) {
                        out.add(new Row(x, d.get(i), o.get(i), s.get(i)));
                        i++;
                    }
                    return out;
                });
        return Combinators.combine(rows, Arbitraries.integers().between(2, 9), Arbitraries.of(TiePolicy.class),
                Arbitraries.of(BinIntervals.class), Arbitraries.of(0.0, 1.0, 0.5), Arbitraries.longs())
                .as(Scenario::new);
    }

    private static RfmColumns columns(List<Row> rows) {
        int n = rows.size();
        String[] ids = new String[n];
        int[] days = new int[n];
        int[] orders = new int[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            ids[i] = r.id();
            days[i] = r.days();
            orders[i] = r.orders();
            spend[i] = r.spend();
        }
        return RfmColumns.of(ids, days, orders, spend, MonetaryMeasure.TOTAL_SPEND);
    }

    @Property(tries = 400)
    void score_anyPopulation_matchesTheNaiveReference(@ForAll("scenarios") Scenario s) {
        RfmScores scores = s.scorer().score(columns(s.rows()));
        List<Row> scored = s.rows().stream().filter(r -> r.orders() > 0).toList();
        for (RfmDimension d : RfmDimension.values()) {
            int[] expected = s.policy() == TiePolicy.VALUE_BASED ? valueScores(scored, d, s) : rankScores(scored, d, s.bins());
            for (int e = 0; e < scored.size(); e++) {
                assertThat(scores.score(d, scores.indexOf(scored.get(e).id())))
                        .as("%s of %s", d, scored.get(e)).isEqualTo(expected[e]);
            }
        }
        assertThat(scores.excludedCount()).isEqualTo(s.rows().size() - scored.size());
    }

    @Property(tries = 200)
    void score_shuffledRows_sameScorePerCustomer(@ForAll("scenarios") Scenario s) {
        RfmScores original = s.scorer().score(columns(s.rows()));
        List<Row> shuffled = new ArrayList<>(s.rows());
        Collections.shuffle(shuffled, new Random(s.seed()));
        RfmScores again = s.scorer().score(columns(shuffled));
        for (Row r : s.rows()) {
            assertThat(again.code(again.indexOf(r.id()))).isEqualTo(original.code(original.indexOf(r.id())));
        }
        for (RfmDimension d : RfmDimension.values()) {
            assertThat(again.breakpoints(d)).containsExactly(original.breakpoints(d));
        }
    }

    private static double raw(Row r, RfmDimension d) {
        return d == RfmDimension.RECENCY ? r.days() : d == RfmDimension.FREQUENCY ? r.orders() : r.spend();
    }

    /** Definition 7 on a full sort, plus the offset; bin by counting breakpoints; recency reversed. */
    private static int[] valueScores(List<Row> scored, RfmDimension d, Scenario s) {
        int n = scored.size();
        int bins = s.bins();
        double[] sorted = scored.stream().mapToDouble(r -> raw(r, d)).sorted().toArray();
        double[] breakpoints = new double[n == 0 ? 0 : bins - 1];
        for (int k = 1; k <= breakpoints.length; k++) {
            int lo = (int) ((long) (n - 1) * k / bins);
            double frac = (double) ((long) (n - 1) * k % bins) / bins;
            double lower = sorted[lo];
            double upper = sorted[Math.min(lo + 1, n - 1)];
            double q = frac == 0 || lower == upper ? lower : lower + frac * (upper - lower);
            breakpoints[k - 1] = q + s.offset();
        }
        int[] out = new int[n];
        for (int e = 0; e < n; e++) {
            double v = raw(scored.get(e), d);
            int bin = 1;
            for (double b : breakpoints) {
                if (s.intervals() == BinIntervals.LOWER_CLOSED ? b <= v : b < v) {
                    bin++;
                }
            }
            out[e] = d == RfmDimension.RECENCY ? bins + 1 - bin : bin;
        }
        return out;
    }

    /** Sort worst to best, ties by the canonical-order reference; dplyr's ntile on the 1-based rank. */
    private static int[] rankScores(List<Row> scored, RfmDimension d, int bins) {
        int n = scored.size();
        Integer[] order = new Integer[n];
        for (int e = 0; e < n; e++) {
            order[e] = e;
        }
        Comparator<Integer> byValue = Comparator.comparingDouble(e -> d == RfmDimension.RECENCY
                ? -raw(scored.get(e), d) : raw(scored.get(e), d));
        Arrays.sort(order, byValue.thenComparing(e -> scored.get(e).id(), TestIds.NATURAL_ORDER_REFERENCE));
        int nLarger = n % bins;
        int largerSize = (n + bins - 1) / bins;
        int smallerSize = n / bins;
        int largerThreshold = largerSize * nLarger;
        int[] out = new int[n];
        for (int pos = 0; pos < n; pos++) {
            int x = pos + 1;
            out[order[pos]] = x <= largerThreshold
                    ? (x + largerSize - 1) / largerSize
                    : (x - largerThreshold + smallerSize - 1) / smallerSize + nLarger;
        }
        return out;
    }

}
