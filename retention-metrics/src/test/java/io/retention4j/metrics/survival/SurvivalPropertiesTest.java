package io.retention4j.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.metrics.internal.SortOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Kaplan-Meier, concordance and the radix order against naive quadratic reference computations written here. */
class SurvivalPropertiesTest {

    /** Subjects with small integer times (many ties), integer weights and entry times before exit. */
    record Subjects(double[] exit, int[] event, double[] weight, double[] entry, double[] score) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < exit.length; i++) {
                sb.append(String.format("(%s,%s]%s w%s s%s ", entry[i], exit[i], event[i] == 1 ? "x" : "+", weight[i],
                        score[i]));
            }
            return sb.toString();
        }
    }

    @Provide
    Arbitrary<Subjects> subjects() {
        return Arbitraries.integers().between(1, 40).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(1, 12).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n),
                Arbitraries.integers().between(1, 3).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 100).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 4).array(int[].class).ofSize(n))
                .as((t, e, w, entryPercent, s) -> {
                    double[] exit = new double[n];
                    double[] weight = new double[n];
                    double[] entry = new double[n];
                    double[] score = new double[n];
                    for (int i = 0; i < n; i++) {
                        exit[i] = t[i];
                        weight[i] = w[i];
                        entry[i] = Math.floor(entryPercent[i] / 100.0 * t[i] * 2) / 2; // 0, 0.5, ... < exit
                        if (entry[i] >= exit[i]) {
                            entry[i] = exit[i] - 0.5;
                        }
                        score[i] = s[i];
                    }
                    return new Subjects(exit, e, weight, entry, score);
                }));
    }

    @Property(tries = 300)
    void kaplanMeier_anySubjects_matchesNaiveProductLimit(@ForAll("subjects") Subjects in) {
        SurvivalTable km = KaplanMeier.fit(SurvivalData.of(in.exit(), in.event()).withWeights(in.weight())
                .withEntryTimes(in.entry()));
        TreeSet<Double> times = new TreeSet<>();
        for (double t : in.exit()) {
            times.add(t);
        }
        assertThat(km.size()).isEqualTo(times.size());
        double s = 1;
        int row = 0;
        for (double t : times) {
            double atRisk = 0;
            double d = 0;
            double c = 0;
            for (int i = 0; i < in.exit().length; i++) {
                if (in.entry()[i] < t && t <= in.exit()[i]) {
                    atRisk += in.weight()[i];
                }
                if (in.exit()[i] == t) {
                    if (in.event()[i] == 1) {
                        d += in.weight()[i];
                    } else {
                        c += in.weight()[i];
                    }
                }
            }
            s *= d >= atRisk ? 0 : 1 - d / atRisk;
            assertThat(km.time(row)).isEqualTo(t);
            assertThat(km.atRisk(row)).as("n at %s", t).isEqualTo(atRisk);
            assertThat(km.events(row)).isEqualTo(d);
            assertThat(km.censored(row)).isEqualTo(c);
            assertThat(km.survival(row)).as("S(%s)", t).isCloseTo(s, within(1e-12));
            if (s > 0) {
                assertThat(km.lower(row)).isBetween(0.0, km.survival(row) + 1e-12);
                assertThat(km.upper(row)).isBetween(km.survival(row) - 1e-12, 1.0);
            }
            row++;
        }
    }

    @Property(tries = 200)
    void kaplanMeier_integerWeights_equalReplicatedRows(@ForAll("subjects") Subjects in) {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < in.exit().length; i++) {
            for (int k = 0; k < in.weight()[i]; k++) {
                rows.add(new double[] {in.exit()[i], in.event()[i]});
            }
        }
        double[] t = new double[rows.size()];
        int[] e = new int[rows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = rows.get(i)[0];
            e[i] = (int) rows.get(i)[1];
        }
        SurvivalTable weighted = KaplanMeier.fit(SurvivalData.of(in.exit(), in.event()).withWeights(in.weight()));
        SurvivalTable replicated = KaplanMeier.fit(t, e);
        assertThat(weighted.times()).containsExactly(replicated.times());
        for (int r = 0; r < weighted.size(); r++) {
            assertThat(weighted.survival(r)).isCloseTo(replicated.survival(r), within(1e-12));
            assertThat(weighted.lower(r)).isCloseTo(replicated.lower(r), within(1e-12));
        }
        assertThat(weighted.median()).isEqualTo(replicated.median());
    }

    @Property(tries = 300)
    void concordance_anySubjects_matchesNaivePairCount(@ForAll("subjects") Subjects in) {
        // naive: every unordered pair once, lifelines' _valid_comparison / _concordance_value rules
        long comparable = 0;
        double credit = 0;
        double[] t = in.exit();
        int[] e = in.event();
        double[] s = in.score();
        for (int a = 0; a < t.length; a++) {
            for (int b = a + 1; b < t.length; b++) {
                int first;
                int second;
                if (t[a] < t[b] || (t[a] == t[b] && e[a] == 1 && e[b] == 0)) {
                    first = a;
                    second = b;
                } else if (t[b] < t[a] || (t[a] == t[b] && e[b] == 1 && e[a] == 0)) {
                    first = b;
                    second = a;
                } else {
                    continue; // equal times with equal status
                }
                if (e[first] == 0) {
                    continue; // the earlier one is censored
                }
                comparable++;
                if (s[first] > s[second]) {
                    credit += 1;
                } else if (s[first] == s[second]) {
                    credit += 0.5;
                }
            }
        }
        if (comparable == 0) {
            return;
        }
        Concordance c = Concordance.of(t, e, s);
        assertThat(c.comparablePairs()).isEqualTo(comparable);
        assertThat(c.index()).isCloseTo(credit / comparable, within(1e-12));
        assertThat(c.concordantPairs() + c.discordantPairs() + c.tiedRiskPairs()).isEqualTo(comparable);
    }

    @Property(tries = 300)
    void sortOrder_anyKeys_isTheStableAscendingOrder(@ForAll("keys") double[] keys) {
        int[] order = SortOrder.ascending(keys);
        List<Integer> reference = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            reference.add(i);
        }
        // List.sort is stable; -0.0 + 0.0 is 0.0, so the two zeros compare equal as in the radix order
        reference.sort(Comparator.comparingDouble(i -> keys[i] + 0.0));
        assertThat(order).containsExactly(reference.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 300)
    void sortedWithFlags_anyKeys_unpackToKeysSortedThenFlags(@ForAll("keys") double[] keys) {
        int[] flags = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            flags[i] = (i * 7 + 3) % 2;
        }
        long[] packed = SortOrder.sortedWithFlags(keys, flags);
        List<double[]> reference = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            reference.add(new double[] {keys[i] + 0.0, flags[i]});
        }
        reference.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]));
        for (int i = 0; i < keys.length; i++) {
            assertThat(SortOrder.key(packed[i])).isEqualTo(reference.get(i)[0]);
            assertThat((double) SortOrder.flag(packed[i])).isEqualTo(reference.get(i)[1]);
        }
    }

    @Provide
    Arbitrary<double[]> keys() {
        Arbitrary<Double> key = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 20).map(Integer::doubleValue),
                Arbitraries.doubles().between(0, 1e12),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 0.5));
        return key.array(double[].class).ofMinSize(0).ofMaxSize(200);
    }
}
