package io.retention4j.metrics.experiment;

import io.retention4j.metrics.survival.LogRankTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The result of a {@link RetentionExperiment}: who was analysed and who was left out (and why), the
 * SRM check, per-variant outcomes, every variant against the control on every metric with adjusted
 * p-values, and the log-rank test of the churn hazards. {@link #toString()} prints it all as a
 * report.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetentionExperimentReport {
    private final String experimentKey;
    private final String control;
    private final int windowDays;
    private final int churnGapDays;
    private final Instant observationEnd;
    private final double level;
    private final long exposures;
    private final long outside;
    private final long inSeveralVariants;
    private final long incompleteWindow;
    private final long withoutClv;
    private final List<ArmSummary> arms;
    private final SampleRatioCheck srm;
    private final List<MetricComparison> comparisons;
    private final LogRankTest churn;

    RetentionExperimentReport(String experimentKey, String control, int windowDays, int churnGapDays,
                              Instant observationEnd, double level, long exposures, long outside,
                              long inSeveralVariants, long incompleteWindow, long withoutClv, List<ArmSummary> arms,
                              SampleRatioCheck srm, List<MetricComparison> comparisons, Optional<LogRankTest> churn) {
        this.experimentKey = experimentKey;
        this.control = control;
        this.windowDays = windowDays;
        this.churnGapDays = churnGapDays;
        this.observationEnd = observationEnd;
        this.level = level;
        this.exposures = exposures;
        this.outside = outside;
        this.inSeveralVariants = inSeveralVariants;
        this.incompleteWindow = incompleteWindow;
        this.withoutClv = withoutClv;
        this.arms = List.copyOf(arms);
        this.srm = srm;
        this.comparisons = List.copyOf(comparisons);
        this.churn = churn.orElse(null);
    }

    /**
     * The experiment's key, as the exposures carry it.
     *
     * @return the key
     */
    public String experimentKey() {
        return experimentKey;
    }

    /**
     * The control variant.
     *
     * @return its name
     */
    public String control() {
        return control;
    }

    /**
     * The exposures given, all of them.
     *
     * @return the count
     */
    public long exposures() {
        return exposures;
    }

    /**
     * Exposures of customers outside the experiment (coverage or namespace), left out.
     *
     * @return the count
     */
    public long outsideExperiment() {
        return outside;
    }

    /**
     * Customers exposed to more than one variant, left out.
     *
     * @return the count
     */
    public long inSeveralVariants() {
        return inSeveralVariants;
    }

    /**
     * Customers whose window ends after the observation end, left out of the window metrics
     * (retained, repeat, revenue) but not of churn and CLV.
     *
     * @return the count
     */
    public long incompleteWindow() {
        return incompleteWindow;
    }

    /**
     * Customers without a CLV value, left out of the CLV comparison (0 when no CLV values were given).
     *
     * @return the count
     */
    public long withoutClv() {
        return withoutClv;
    }

    /**
     * The variants' outcomes, control first.
     *
     * @return one summary per variant
     */
    public List<ArmSummary> arms() {
        return arms;
    }

    /**
     * One variant's outcomes.
     *
     * @param variant a variant name
     * @return its summary
     * @throws NoSuchElementException for an unknown variant
     */
    public ArmSummary arm(String variant) {
        return arms.stream().filter(a -> a.variant().equals(variant)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no variant '" + variant + "'; variants are "
                        + arms.stream().map(ArmSummary::variant).toList()));
    }

    /**
     * The sample-ratio mismatch check, when weights or the experiment were given.
     *
     * @return the check, or empty
     */
    public Optional<SampleRatioCheck> srm() {
        return Optional.ofNullable(srm);
    }

    /**
     * Every variant against the control on every metric, metric by metric.
     *
     * @return the lines
     */
    public List<MetricComparison> comparisons() {
        return comparisons;
    }

    /**
     * The line of one metric and variant.
     *
     * @param metricPrefix the start of the metric's name, for example "retained" or "CLV"
     * @param variant      the treatment variant
     * @return the line
     * @throws NoSuchElementException when there is none
     */
    public MetricComparison comparison(String metricPrefix, String variant) {
        return comparisons.stream().filter(c -> c.metric().startsWith(metricPrefix) && c.variant().equals(variant))
                .findFirst().orElseThrow(() -> new NoSuchElementException("no comparison of metric '" + metricPrefix
                        + "...' for variant '" + variant + "'"));
    }

    /**
     * The log-rank test of the variants' churn, when some churn was observed.
     *
     * @return the test, or empty without any observed churn
     */
    public Optional<LogRankTest> churnTest() {
        return Optional.ofNullable(churn);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Retention experiment '%s', control '%s': window %d days, churn after %d"
                + " days without a purchase, observation end %s%n", experimentKey, control, windowDays, churnGapDays,
                observationEnd));
        long analysed = arms.stream().mapToLong(ArmSummary::customers).sum();
        s.append(String.format(Locale.ROOT, "  %,d exposures: %,d customers analysed; left out: %,d outside the"
                        + " experiment, %,d in several variants, %,d with an incomplete %d-day window (window metrics"
                        + " only)%s%n", exposures, analysed, outside, inSeveralVariants, incompleteWindow, windowDays,
                arms.get(0).clv().isPresent() ? String.format(Locale.ROOT, ", %,d without CLV (CLV only)", withoutClv)
                        : ""));
        s.append("  ").append(srm == null ? "No SRM check (no weights given)" : srm.toString()).append('\n');
        s.append('\n');
        boolean withClv = arms.get(0).clv().isPresent();
        s.append(String.format(Locale.ROOT, "  %-12s %9s %16s %16s %12s %8s%s%n", "variant", "customers", "retained",
                "repeat", "revenue/cust", "churned", withClv ? String.format(Locale.ROOT, " %10s", "mean CLV") : ""));
        for (ArmSummary a : arms) {
            s.append(String.format(Locale.ROOT, "  %-12s %,9d %16s %16s %12.2f %,8d%s%n", a.variant(), a.customers(),
                    rate(a.retained()), rate(a.repeat()), a.revenue().mean(), a.churned(),
                    a.clv().map(c -> String.format(Locale.ROOT, " %10.2f", c.mean())).orElse("")));
        }
        s.append('\n');
        s.append(String.format(Locale.ROOT, "  %-36s %-10s %-34s %-36s %8s %8s %8s%n", "metric", "variant",
                "absolute effect (" + Text.level(level) + " CI)", "relative effect", "p", "Holm p", "BH p"));
        for (MetricComparison c : comparisons) {
            Effect abs = c.absolute();
            String relative = c.relative().map(r -> String.format(Locale.ROOT, "%s (%s .. %s)",
                    Text.signedPercent(r.estimate()), Text.signedPercent(r.lower()), Text.signedPercent(r.upper())))
                    .orElse("n/a (control is 0)");
            s.append(String.format(Locale.ROOT, "  %-36s %-10s %-34s %-36s %8s %8s %8s%n", c.metric(), c.variant(),
                    String.format(Locale.ROOT, "%s (%s .. %s)", Text.signed(abs.estimate()), Text.signed(abs.lower()),
                            Text.signed(abs.upper())), relative, Text.p(c.pValue()), Text.p(c.holmPValue()),
                    Text.p(c.benjaminiHochbergPValue())));
        }
        s.append('\n');
        if (churn == null) {
            s.append("  Churn: no churn observed before the observation end, no log-rank test\n");
        } else {
            s.append("  Churn hazard by variant (days from exposure to churn):\n");
            s.append(churn.toString().indent(4));
        }
        return s.toString();
    }

    private static String rate(ProportionStatistic p) {
        return String.format(Locale.ROOT, "%s (%,d)", Text.percent(p.mean()), p.converted());
    }
}
