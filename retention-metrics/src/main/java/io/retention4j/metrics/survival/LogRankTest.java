package io.retention4j.metrics.survival;

import io.retention4j.metrics.internal.SortOrder;
import io.retention4j.metrics.internal.SymmetricInverse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The log-rank (Mantel-Haenszel) test that two or more groups have the same survival curve, as R's
 * {@code survdiff(rho = 0)} and lifelines' {@code multivariate_logrank_test} compute it.
 *
 * <p>At each distinct event time t, with {@code n_t} at risk and {@code d_t} events in all groups and
 * {@code n_gt} at risk in group g: expected events {@code E_g = Σ_t d_t n_gt / n_t}; observed
 * {@code O_g}; covariance {@code V_gh = Σ_t d_t (n_t - d_t) / (n_t - 1) · (n_gt / n_t) (δ_gh - n_ht / n_t)}
 * (terms with {@code n_t <= 1} are 0). As in R, groups with {@code E_g = 0} (nobody at risk at any
 * event time) are left out and one more group is dropped because the deviations sum to 0: the
 * statistic is {@code (O - E)' V^- (O - E)} over the remaining groups, with degrees of freedom the
 * rank of that V (the number of groups with {@code E_g > 0}, minus 1), and the p-value is the
 * chi-square upper tail. With weights every count is a sum of weights (integer weights equal
 * replicated rows).
 *
 * <p>Immutable and thread-safe.
 */
public final class LogRankTest {
    private final List<String> groups;
    private final double[] subjects;
    private final double[] observed;
    private final double[] expected;
    private final double[][] variance;
    private final ChiSquareTest test;

    private LogRankTest(List<String> groups, double[] subjects, double[] observed, double[] expected,
                        double[][] variance, ChiSquareTest test) {
        this.groups = List.copyOf(groups);
        this.subjects = subjects;
        this.observed = observed;
        this.expected = expected;
        this.variance = variance;
        this.test = test;
    }

    /**
     * Tests groups given by a label per subject; groups are reported in label order.
     *
     * @param durations per subject, a finite number {@code >= 0}
     * @param events    per subject, 1 for an event, 0 for censored
     * @param groups    per subject, a non-null group label; at least two distinct labels
     * @return the test
     * @throws IllegalArgumentException for bad values, fewer than two groups, or no event at all
     */
    public static LogRankTest of(double[] durations, int[] events, String[] groups) {
        SurvivalData all = SurvivalData.of(durations, events);
        Args.notNull("groups", groups);
        Args.sameLength("groups", groups.length, "durations", durations.length);
        TreeMap<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == null) {
                throw new IllegalArgumentException("groups[" + i + "] must not be null");
            }
            members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        Map<String, SurvivalData> byGroup = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            List<Integer> rows = e.getValue();
            double[] d = new double[rows.size()];
            int[] f = new int[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                d[k] = all.duration(rows.get(k));
                f[k] = all.event(rows.get(k));
            }
            byGroup.put(e.getKey(), SurvivalData.of(d, f));
        }
        return of(byGroup);
    }

    /**
     * Tests named groups, reported in the map's iteration order.
     *
     * @param groups at least two groups, each with durations, events and optional weights (no entry times)
     * @return the test
     * @throws IllegalArgumentException for fewer than two groups, late-entry data, or no event at all
     */
    public static LogRankTest of(Map<String, SurvivalData> groups) {
        Args.notNull("groups", groups);
        if (groups.size() < 2) {
            throw new IllegalArgumentException("the log-rank test needs at least two groups, got " + groups.keySet());
        }
        List<String> names = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, SurvivalData> e : groups.entrySet()) {
            Args.notNull("group name", e.getKey());
            SurvivalData data = Args.notNull("groups[" + e.getKey() + "]", e.getValue());
            if (data.hasEntryTimes()) {
                throw new IllegalArgumentException("group '" + e.getKey()
                        + "' has late-entry times; the log-rank test here (like R's survdiff) takes right-censored data only");
            }
            names.add(e.getKey());
            total += data.size();
        }
        int k = names.size();
        double[] time = new double[total];
        int[] event = new int[total];
        double[] weight = new double[total];
        int[] group = new int[total];
        double[] subjects = new double[k];
        int row = 0;
        int g = 0;
        for (SurvivalData data : groups.values()) {
            for (int i = 0; i < data.size(); i++) {
                time[row] = data.duration(i);
                event[row] = data.event(i);
                weight[row] = data.weight(i);
                group[row] = g;
                subjects[g] += weight[row];
                row++;
            }
            g++;
        }
        return compute(names, time, event, weight, group, subjects);
    }

    private static LogRankTest compute(List<String> names, double[] time, int[] event, double[] weight, int[] group,
                                       double[] subjects) {
        int k = names.size();
        int n = time.length;
        int[] order = SortOrder.ascending(time);
        double[] atRisk = subjects.clone();
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        double[] deaths = new double[k];
        double[] leaving = new double[k];
        int i = 0;
        while (i < n) {
            double t = time[order[i]];
            Arrays.fill(deaths, 0);
            Arrays.fill(leaving, 0);
            int j = i;
            while (j < n && time[order[j]] == t) {
                int r = order[j];
                if (event[r] == 1) {
                    deaths[group[r]] += weight[r];
                }
                leaving[group[r]] += weight[r];
                j++;
            }
            double d = 0;
            double risk = 0;
            for (int h = 0; h < k; h++) {
                d += deaths[h];
                risk += atRisk[h];
            }
            if (d > 0) {
                double factor = risk > 1 ? d * (risk - d) / (risk - 1) : 0;
                for (int a = 0; a < k; a++) {
                    double pa = atRisk[a] / risk;
                    observed[a] += deaths[a];
                    expected[a] += d * pa;
                    for (int b = 0; b < k; b++) {
                        double pb = atRisk[b] / risk;
                        variance[a][b] += factor * pa * ((a == b ? 1 : 0) - pb);
                    }
                }
            }
            for (int h = 0; h < k; h++) {
                atRisk[h] -= leaving[h];
            }
            i = j;
        }
        double totalObserved = 0;
        for (double o : observed) {
            totalObserved += o;
        }
        if (totalObserved == 0) {
            throw new IllegalArgumentException("no events in any of the groups " + names
                    + ": the log-rank test has nothing to compare");
        }
        return new LogRankTest(names, subjects, observed, expected, variance,
                statistic(observed, expected, variance));
    }

    private static ChiSquareTest statistic(double[] observed, double[] expected, double[][] variance) {
        int[] used = new int[observed.length];
        int m = 0;
        for (int g = 0; g < observed.length; g++) {
            if (expected[g] > 0) {
                used[m++] = g;
            }
        }
        if (m < 2) {
            return ChiSquareTest.of("log-rank", 0, 0);
        }
        // drop the first used group: the deviations sum to zero
        int p = m - 1;
        double[] dev = new double[p];
        double[][] v = new double[p][p];
        for (int a = 0; a < p; a++) {
            dev[a] = observed[used[a + 1]] - expected[used[a + 1]];
            for (int b = 0; b < p; b++) {
                v[a][b] = variance[used[a + 1]][used[b + 1]];
            }
        }
        SymmetricInverse.Result inv = SymmetricInverse.of(v);
        double chi = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                chi += dev[a] * inv.inverse()[a][b] * dev[b];
            }
        }
        return ChiSquareTest.of("log-rank", Math.max(0, chi), inv.rank());
    }

    /**
     * The group names, in report order.
     *
     * @return the names
     */
    public List<String> groups() {
        return groups;
    }

    /**
     * The number of subjects of a group (sum of weights).
     *
     * @param group a group name
     * @return N
     */
    public double subjects(String group) {
        return subjects[index(group)];
    }

    /**
     * The observed number of events of a group.
     *
     * @param group a group name
     * @return O
     */
    public double observed(String group) {
        return observed[index(group)];
    }

    /**
     * The expected number of events of a group under equal survival, {@code Σ_t d_t n_gt / n_t}.
     *
     * @param group a group name
     * @return E
     */
    public double expected(String group) {
        return expected[index(group)];
    }

    /**
     * The covariance matrix V of {@code O - E}, in group order.
     *
     * @return a copy
     */
    public double[][] variance() {
        double[][] copy = new double[variance.length][];
        for (int i = 0; i < variance.length; i++) {
            copy[i] = variance[i].clone();
        }
        return copy;
    }

    /**
     * The chi-square statistic.
     *
     * @return {@code (O - E)' V^- (O - E)}
     */
    public double chiSquare() {
        return test.statistic();
    }

    /**
     * The degrees of freedom.
     *
     * @return the number of groups with expected events, minus 1
     */
    public int degreesOfFreedom() {
        return test.degreesOfFreedom();
    }

    /**
     * The p-value.
     *
     * @return the chi-square upper tail probability of the statistic
     */
    public double pValue() {
        return test.pValue();
    }

    /**
     * The statistic, degrees of freedom and p-value together.
     *
     * @return the test
     */
    public ChiSquareTest test() {
        return test;
    }

    private int index(String group) {
        int i = groups.indexOf(group);
        if (i < 0) {
            throw new NoSuchElementException("no group '" + group + "'; groups are " + groups);
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(5, groups.stream().mapToInt(String::length).max().orElse(5));
        sb.append(String.format(Locale.ROOT, "Log-rank test, %d groups%n", groups.size()));
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s %8s %9s %9s %10s %10s%n", "group", "N", "observed",
                "expected", "(O-E)^2/E", "(O-E)^2/V"));
        for (int g = 0; g < groups.size(); g++) {
            double dev = observed[g] - expected[g];
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %8s %9s %9.2f %10.3f %10.3f%n", groups.get(g),
                    Format.count(subjects[g]), Format.count(observed[g]), expected[g],
                    expected[g] > 0 ? dev * dev / expected[g] : 0.0,
                    variance[g][g] > 0 ? dev * dev / variance[g][g] : 0.0));
        }
        sb.append(String.format(Locale.ROOT, "  chi-square = %.4f on %d degrees of freedom, p = %s%n", chiSquare(),
                degreesOfFreedom(), Format.pValue(pValue())));
        return sb.toString();
    }
}
