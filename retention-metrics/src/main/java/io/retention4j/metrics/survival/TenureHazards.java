package io.retention4j.metrics.survival;

import io.retention4j.core.time.TimeScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where in the customer's life churn concentrates: the discrete churn hazard per tenure window
 * ("of the customers still active on day 8, how many churn by day 30?"), with Wilson score
 * intervals, ranked from the riskiest window down.
 *
 * <p>Definitions per window {@code [a, b)} (durations as tenure at churn or censoring):
 * n = customers with tenure {@code >= a}; d = churned with tenure in {@code [a, b)}; c = censored
 * with tenure in {@code [a, b)}; hazard {@code d / n} under {@link WindowCensoring#AT_RISK_AT_START}
 * (the default) or {@code d / (n - c/2)} under {@link WindowCensoring#ACTUARIAL}. Customers with
 * tenure below the first boundary are in no window; customers beyond a finite last boundary count
 * as at risk in every window and churn in none. A window nobody reaches has hazard NaN and is left
 * out of {@link #ranked()} (flagged by {@link WindowHazard#hasCustomersAtRisk()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TenureHazards {
    private final List<WindowHazard> windows;
    private final WindowCensoring censoring;
    private final double level;
    private final TimeScale unit;

    private TenureHazards(List<WindowHazard> windows, WindowCensoring censoring, double level, TimeScale unit) {
        this.windows = List.copyOf(windows);
        this.censoring = censoring;
        this.level = level;
        this.unit = unit;
    }

    /**
     * Hazards of customers' time to churn, censored customers counted at risk at the window start, 95% intervals.
     *
     * @param churn   each customer's tenure at churn or censoring
     * @param windows the tenure windows, in the churn definition's unit
     * @return the hazards
     */
    public static TenureHazards of(ChurnDurations churn, TenureWindows windows) {
        return of(Args.notNull("churn", churn).toSurvivalData(), windows);
    }

    /**
     * Hazards with censored customers counted at risk at the window start and 95% intervals.
     *
     * @param data    durations (tenure) and churn flags, optional weights; no entry times
     * @param windows the tenure windows, in the unit of the durations
     * @return the hazards
     */
    public static TenureHazards of(SurvivalData data, TenureWindows windows) {
        return of(data, windows, WindowCensoring.AT_RISK_AT_START, 0.95);
    }

    /**
     * Hazards.
     *
     * @param data      durations (tenure) and churn flags, optional weights; no entry times
     * @param windows   the tenure windows, in the unit of the durations
     * @param censoring how customers censored inside a window count
     * @param level     the confidence level of the intervals, in (0, 1)
     * @return the hazards
     * @throws IllegalArgumentException for late-entry data or a bad level
     */
    public static TenureHazards of(SurvivalData data, TenureWindows windows, WindowCensoring censoring,
                                   double level) {
        Args.notNull("data", data);
        Args.notNull("windows", windows);
        Args.notNull("censoring", censoring);
        Args.level(level);
        if (data.hasEntryTimes()) {
            throw new IllegalArgumentException("tenure hazards take durations from each customer's origin; "
                    + "late-entry times are not supported here");
        }
        int k = windows.size();
        double[] boundaries = new double[k + 1];
        for (int j = 0; j < k; j++) {
            boundaries[j] = windows.start(j);
        }
        boundaries[k] = windows.end(k - 1);
        double[] reachingWindow = new double[k]; // weight whose tenure ends in window j or beyond (j the last reached)
        double[] events = new double[k];
        double[] censored = new double[k];
        for (int i = 0; i < data.size(); i++) {
            double t = data.duration(i);
            if (t < boundaries[0]) {
                continue;
            }
            double w = data.weight(i);
            int window = windowOf(boundaries, t);
            if (window >= k) {
                reachingWindow[k - 1] += w; // beyond the last finite end
                continue;
            }
            reachingWindow[window] += w;
            if (data.event(i) == 1) {
                events[window] += w;
            } else {
                censored[window] += w;
            }
        }
        double z = Stats.z(level);
        List<WindowHazard> rows = new ArrayList<>(k);
        double atRisk = 0;
        double[] atRiskAtStart = new double[k];
        for (int j = k - 1; j >= 0; j--) {
            atRisk += reachingWindow[j];
            atRiskAtStart[j] = atRisk;
        }
        for (int j = 0; j < k; j++) {
            double n = atRiskAtStart[j];
            double denominator = censoring == WindowCensoring.ACTUARIAL ? n - censored[j] / 2 : n;
            double hazard = denominator > 0 ? events[j] / denominator : Double.NaN;
            double[] interval = WilsonInterval.of(events[j], denominator, z);
            rows.add(new WindowHazard(windows.label(j), windows.start(j), windows.end(j), n, events[j], censored[j],
                    denominator, hazard, interval[0], interval[1]));
        }
        return new TenureHazards(rows, censoring, level, data.unit().orElse(null));
    }

    /** The window of a tenure: the largest j with boundaries[j] <= t, or k when t >= the last boundary. */
    private static int windowOf(double[] boundaries, double t) {
        int i = Arrays.binarySearch(boundaries, t);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The hazards in window order.
     *
     * @return one entry per window
     */
    public List<WindowHazard> windows() {
        return windows;
    }

    /**
     * The windows that somebody reached, highest hazard first (equal hazards: the earlier window first).
     *
     * @return the ranking
     */
    public List<WindowHazard> ranked() {
        List<WindowHazard> ranked = new ArrayList<>();
        for (WindowHazard w : windows) {
            if (w.hasCustomersAtRisk()) {
                ranked.add(w);
            }
        }
        ranked.sort(Comparator.comparingDouble(WindowHazard::hazard).reversed()
                .thenComparingDouble(WindowHazard::start));
        return ranked;
    }

    /**
     * The censoring convention used.
     *
     * @return the convention
     */
    public WindowCensoring censoring() {
        return censoring;
    }

    /**
     * The confidence level of the intervals.
     *
     * @return the level
     */
    public double level() {
        return level;
    }

    /**
     * The unit of the window boundaries, when the data stated one.
     *
     * @return the unit or empty
     */
    public Optional<TimeScale> unit() {
        return Optional.ofNullable(unit);
    }

    static <T> int indexByIdentity(List<T> list, T element) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        List<WindowHazard> ranked = ranked();
        int width = Math.max(6, windows.stream().mapToInt(w -> w.label().length()).max().orElse(6));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Churn hazard by tenure window%s (%s; %s Wilson intervals)%n",
                unit == null ? "" : " (" + unit + ")", censoring == WindowCensoring.ACTUARIAL
                        ? "censored count half" : "censored count at risk at the window start", Format.level(level)));
        sb.append(String.format(Locale.ROOT, "  %4s  %-" + width + "s %9s %8s %8s %9s %9s %9s%n", "rank", "window",
                "at risk", "churned", "censored", "hazard", "lower", "upper"));
        for (WindowHazard w : windows) {
            int rank = indexByIdentity(ranked, w);
            sb.append(String.format(Locale.ROOT, "  %4s  %-" + width + "s %9s %8s %8s %9.4f %9.4f %9.4f%n",
                    rank < 0 ? "-" : String.valueOf(rank + 1), w.label(), Format.count(w.atRiskAtStart()),
                    Format.count(w.events()), Format.count(w.censored()), w.hazard(), w.lower(), w.upper()));
        }
        return sb.toString();
    }
}
