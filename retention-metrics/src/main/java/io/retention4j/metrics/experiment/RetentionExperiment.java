package io.retention4j.metrics.experiment;

import io.retention4j.core.experiment.Experiment;
import io.retention4j.core.experiment.Exposure;
import io.retention4j.core.experiment.Variant;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.metrics.survival.LogRankTest;
import io.retention4j.metrics.survival.SurvivalData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the variants of an experiment on what customers did after their exposure: retention
 * after N days, repeat purchase, revenue, churn hazard and (caller-supplied) CLV.
 *
 * <pre>{@code
 * RetentionExperimentReport report = RetentionExperiment.builder("control")
 *         .experiment(experiment)              // weights for the SRM check, variant order
 *         .windowDays(90).churnGapDays(90)
 *         .observationEnd(end)
 *         .build()
 *         .analyze(log, exposures);
 * }</pre>
 *
 * <h2>Who is analysed</h2>
 * Exposures of customers outside the experiment (outside the coverage or the namespace) are counted
 * and left out. A customer exposed several times counts from the first exposure; one exposed to two
 * different variants is counted and left out (the assignment is broken for them). Customers without
 * any transaction in the log are analysed like everyone else (they did nothing).
 *
 * <h2>Metrics, per customer with first exposure t0 (purchases: transactions with amount &gt;= 0)</h2>
 * <ul>
 *   <li>window: {@code (t0, t0 + windowDays]}; customers whose window ends after the observation end
 *       are counted and left out of the window metrics;</li>
 *   <li>retained: at least one purchase in the window (a {@link ProportionStatistic});</li>
 *   <li>repeat purchase: at least two purchases in the window;</li>
 *   <li>revenue: the sum of all amounts in the window, refunds subtracted (a {@link MeanStatistic});</li>
 *   <li>churn: as {@link io.retention4j.metrics.survival.ChurnDefinition} with the exposure as origin:
 *       going through t0 and every purchase after it, the customer churns at {@code m + gap} for the
 *       first moment m not followed by a purchase in {@code (m, m + gap]}, if that is not after the
 *       observation end; otherwise censored at the observation end. Durations in days; the variants'
 *       churn hazards are compared with the log-rank test ({@link LogRankTest});</li>
 *   <li>CLV: the caller's value per customer ({@link Builder#clv(Map)}), for example a BG/NBD +
 *       Gamma-Gamma prediction made at t0; customers without a value are counted and left out.</li>
 * </ul>
 * Each variant is compared with the control on each metric by a two-sided Welch test (absolute and
 * relative effect); the absolute effects' p-values are adjusted across all metrics and variants by
 * Holm and by Benjamini-Hochberg. The SRM check uses the customers in the experiment per variant.
 *
 * <p>Immutable and thread-safe; {@link #analyze} reads the log without changing it.
 */
public final class RetentionExperiment {
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final String control;
    private final int windowDays;
    private final int churnGapDays;
    private final Instant observationEnd;
    private final Experiment experiment;
    private final Map<String, Double> weights;
    private final Map<String, Double> clv;
    private final double level;
    private final double srmThreshold;

    private RetentionExperiment(Builder b) {
        this.control = b.control;
        this.windowDays = b.windowDays;
        this.churnGapDays = b.churnGapDays;
        this.observationEnd = b.observationEnd;
        this.experiment = b.experiment;
        this.weights = b.weights;
        this.clv = b.clv;
        this.level = b.level;
        this.srmThreshold = b.srmThreshold;
    }

    /**
     * A builder.
     *
     * @param control the control variant's name, non-blank
     * @return a new builder
     */
    public static Builder builder(String control) {
        return new Builder(control);
    }

    /**
     * Analyses the exposures against the log.
     *
     * @param log       the transactions (before and after the exposures)
     * @param exposures the exposures of one experiment, as {@link Experiment#expose} records them
     * @return the report
     * @throws IllegalArgumentException for exposures of several experiments, of another experiment than
     *                                  the configured one, after the observation end, without the control
     *                                  variant, with variants the weights do not know, or a variant
     *                                  with fewer than 2 customers on a metric
     */
    public RetentionExperimentReport analyze(TransactionLog log, Collection<Exposure> exposures) {
        Require.nonNull("log", log);
        Require.nonNull("exposures", exposures);
        Counts counts = new Counts();
        Map<String, Exposure> first = firstExposures(exposures, counts);
        List<String> variants = variantOrder(first);
        Map<String, Arm> arms = new LinkedHashMap<>();
        for (String v : variants) {
            arms.put(v, new Arm());
        }
        long end = observationEnd.toEpochMilli();
        for (Exposure e : first.values()) {
            Arm arm = arms.get(e.variant());
            arm.customers++;
            int c = log.customers().indexOf(e.customerId());
            long t0 = e.at().toEpochMilli();
            long windowEnd = t0 + windowDays * DAY_MILLIS;
            if (windowEnd <= end) {
                measureWindow(log, c, t0, windowEnd, arm);
            } else {
                counts.incompleteWindow++;
            }
            measureChurn(log, c, t0, end, arm);
            if (clv != null) {
                Double value = clv.get(e.customerId());
                if (value == null) {
                    counts.withoutClv++;
                } else {
                    arm.clv.add(value);
                }
            }
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        arms.forEach((v, a) -> sizes.put(v, a.customers));
        SampleRatioCheck srm = srmWeights(variants) == null ? null
                : SampleRatioCheck.of(sizes, srmWeights(variants), srmThreshold);
        List<ArmSummary> summaries = new ArrayList<>();
        arms.forEach((v, a) -> summaries.add(a.summary(v, clv != null)));
        return new RetentionExperimentReport(experimentKey(first), control, windowDays, churnGapDays, observationEnd,
                level, exposures.size(), counts.outside, counts.multiple, counts.incompleteWindow, counts.withoutClv,
                summaries, srm, compare(summaries), churnTest(arms));
    }

    private Map<String, Exposure> firstExposures(Collection<Exposure> exposures, Counts counts) {
        Map<String, Exposure> first = new HashMap<>();
        Map<String, Boolean> conflicted = new HashMap<>();
        String key = null;
        for (Exposure e : exposures) {
            Require.nonNull("exposure", e);
            if (key == null) {
                key = e.experimentKey();
            } else if (!key.equals(e.experimentKey())) {
                throw new IllegalArgumentException("exposures of two experiments, '" + key + "' and '"
                        + e.experimentKey() + "': analyse one experiment at a time");
            }
            if (e.at().isAfter(observationEnd)) {
                throw new IllegalArgumentException("exposure of customer '" + e.customerId() + "' at " + e.at()
                        + " is after the observation end " + observationEnd);
            }
            if (!e.isInExperiment()) {
                counts.outside++;
                continue;
            }
            Exposure seen = first.get(e.customerId());
            if (seen == null) {
                if (!conflicted.containsKey(e.customerId())) {
                    first.put(e.customerId(), e);
                }
            } else if (!seen.variant().equals(e.variant())) {
                first.remove(e.customerId());
                conflicted.put(e.customerId(), true);
            } else if (e.at().isBefore(seen.at())) {
                first.put(e.customerId(), e);
            }
        }
        if (experiment != null && key != null && !experiment.key().equals(key)) {
            throw new IllegalArgumentException("the exposures are of experiment '" + key + "' but the configured"
                    + " experiment is '" + experiment.key() + "'");
        }
        counts.multiple = conflicted.size();
        // a stable order: customers in id order, so that results do not depend on the input order
        Map<String, Exposure> ordered = new LinkedHashMap<>();
        new TreeSet<>(first.keySet()).forEach(id -> ordered.put(id, first.get(id)));
        return ordered;
    }

    private List<String> variantOrder(Map<String, Exposure> first) {
        TreeSet<String> seen = new TreeSet<>();
        first.values().forEach(e -> seen.add(e.variant()));
        List<String> order = new ArrayList<>();
        if (experiment != null) {
            for (Variant v : experiment.variants()) {
                order.add(v.name());
            }
        } else if (weights != null) {
            order.addAll(weights.keySet());
        } else {
            order.add(control);
            seen.stream().filter(v -> !v.equals(control)).forEach(order::add);
        }
        for (String v : seen) {
            if (!order.contains(v)) {
                throw new IllegalArgumentException("variant '" + v + "' of the exposures is not among the configured"
                        + " variants " + order);
            }
        }
        if (!order.contains(control) || !seen.contains(control)) {
            throw new IllegalArgumentException("the control variant '" + control + "' has no exposures in the"
                    + " experiment; variants with exposures: " + seen);
        }
        order.remove(control);
        order.add(0, control);
        return order;
    }

    private Map<String, Double> srmWeights(List<String> variants) {
        if (experiment == null && weights == null) {
            return null;
        }
        Map<String, Double> w = new LinkedHashMap<>();
        for (String v : variants) {
            w.put(v, experiment != null ? weightOf(experiment, v) : weights.get(v));
        }
        return w;
    }

    private static double weightOf(Experiment experiment, String variant) {
        for (Variant v : experiment.variants()) {
            if (v.name().equals(variant)) {
                return v.weight();
            }
        }
        throw new IllegalStateException("no variant " + variant);
    }

    private static String experimentKey(Map<String, Exposure> first) {
        return first.values().stream().findFirst().map(Exposure::experimentKey).orElse("?");
    }

    private static void measureWindow(TransactionLog log, int c, long t0, long windowEnd, Arm arm) {
        int purchases = 0;
        double revenue = 0;
        if (c >= 0) {
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                long t = log.epochMillis(row);
                if (t > t0 && t <= windowEnd) {
                    revenue += log.amount(row);
                    if (log.amount(row) >= 0) {
                        purchases++;
                    }
                }
            }
        }
        arm.retained.add(purchases >= 1);
        arm.repeat.add(purchases >= 2);
        arm.revenue.add(revenue);
    }

    private void measureChurn(TransactionLog log, int c, long t0, long end, Arm arm) {
        long gap = churnGapDays * DAY_MILLIS;
        long moment = t0;
        if (c >= 0) {
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                long t = log.epochMillis(row);
                if (t <= moment || log.amount(row) < 0) {
                    continue;
                }
                if (t > moment + gap) {
                    break;
                }
                moment = t;
            }
        }
        if (moment + gap <= end) {
            arm.durations.add((double) (moment + gap - t0) / DAY_MILLIS);
            arm.events.add(1);
        } else {
            arm.durations.add((double) (end - t0) / DAY_MILLIS);
            arm.events.add(0);
        }
    }

    private List<MetricComparison> compare(List<ArmSummary> arms) {
        ArmSummary base = arms.get(0);
        List<String> metrics = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (int metric = 0; metric < (clv != null ? 4 : 3); metric++) {
            for (ArmSummary arm : arms.subList(1, arms.size())) {
                String name = metricName(metric);
                try {
                    comparisons.add(Comparison.of(statistic(base, metric), statistic(arm, metric)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("metric '" + name + "', variant '" + arm.variant()
                            + "' against control '" + base.variant() + "': " + e.getMessage(), e);
                }
                metrics.add(name);
                variants.add(arm.variant());
            }
        }
        double[] p = new double[comparisons.size()];
        List<Effect> absolute = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            absolute.add(comparisons.get(i).welch(EffectType.ABSOLUTE, Alternative.TWO_SIDED, level));
            p[i] = absolute.get(i).pValue();
        }
        double[] holm = Correction.HOLM.adjust(p);
        double[] bh = Correction.BENJAMINI_HOCHBERG.adjust(p);
        List<MetricComparison> lines = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            Comparison c = comparisons.get(i);
            Effect relative = c.baseline() == 0 ? null : c.welch(EffectType.RELATIVE, Alternative.TWO_SIDED, level);
            lines.add(new MetricComparison(metrics.get(i), variants.get(i), c, absolute.get(i), relative, holm[i],
                    bh[i]));
        }
        return lines;
    }

    private String metricName(int metric) {
        switch (metric) {
            case 0:
                return "retained within " + windowDays + " days";
            case 1:
                return "repeat purchase within " + windowDays + " days";
            case 2:
                return "revenue per customer, " + windowDays + " days";
            default:
                return "CLV";
        }
    }

    private static ArmStatistic statistic(ArmSummary arm, int metric) {
        switch (metric) {
            case 0:
                return arm.retained();
            case 1:
                return arm.repeat();
            case 2:
                return arm.revenue();
            default:
                return arm.clv().orElseThrow();
        }
    }

    private Optional<LogRankTest> churnTest(Map<String, Arm> arms) {
        Map<String, SurvivalData> groups = new LinkedHashMap<>();
        long events = 0;
        for (Map.Entry<String, Arm> e : arms.entrySet()) {
            Arm a = e.getValue();
            if (a.durations.isEmpty()) {
                continue;
            }
            double[] d = new double[a.durations.size()];
            int[] f = new int[d.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = a.durations.get(i);
                f[i] = a.events.get(i);
                events += f[i];
            }
            groups.put(e.getKey(), SurvivalData.of(d, f));
        }
        return events == 0 || groups.size() < 2 ? Optional.empty() : Optional.of(LogRankTest.of(groups));
    }

    /** Counts of exposures and customers left out, for the report. */
    private static final class Counts {
        long outside;
        long multiple;
        long incompleteWindow;
        long withoutClv;
    }

    /** One variant's accumulators. */
    private static final class Arm {
        long customers;
        final ProportionAccumulator retained = new ProportionAccumulator();
        final ProportionAccumulator repeat = new ProportionAccumulator();
        final MeanAccumulator revenue = new MeanAccumulator();
        final MeanAccumulator clv = new MeanAccumulator();
        final List<Double> durations = new ArrayList<>();
        final List<Integer> events = new ArrayList<>();

        ArmSummary summary(String variant, boolean withClv) {
            long churned = events.stream().filter(e -> e == 1).count();
            return new ArmSummary(variant, customers, retained.result(), repeat.result(), revenue.result(), churned,
                    withClv ? Optional.of(clv.result()) : Optional.empty());
        }
    }

    /** Options for {@link RetentionExperiment}; each setter validates at once. */
    public static final class Builder {
        private final String control;
        private int windowDays = 90;
        private int churnGapDays = 90;
        private Instant observationEnd;
        private Experiment experiment;
        private Map<String, Double> weights;
        private Map<String, Double> clv;
        private double level = Comparison.DEFAULT_LEVEL;
        private double srmThreshold = SampleRatioCheck.DEFAULT_THRESHOLD;

        private Builder(String control) {
            if (control == null || control.isBlank()) {
                throw new IllegalArgumentException("control variant must be a non-blank name, got "
                        + (control == null ? "null" : "'" + control + "'"));
            }
            this.control = control;
        }

        /**
         * The retention window: a customer is retained when buying within this many days after exposure.
         *
         * @param days 1 to 3650 (default 90)
         * @return this builder
         * @throws IllegalArgumentException outside 1..3650
         */
        public Builder windowDays(int days) {
            this.windowDays = days(days, "windowDays");
            return this;
        }

        /**
         * The inactivity that means churn.
         *
         * @param days 1 to 3650 (default 90)
         * @return this builder
         * @throws IllegalArgumentException outside 1..3650
         */
        public Builder churnGapDays(int days) {
            this.churnGapDays = days(days, "churnGapDays");
            return this;
        }

        private static int days(int days, String name) {
            if (days < 1 || days > 3650) {
                throw new IllegalArgumentException(name + " must be in 1..3650, got " + days);
            }
            return days;
        }

        /**
         * The end of the data: nothing after it is known (required).
         *
         * @param end the instant
         * @return this builder
         */
        public Builder observationEnd(Instant end) {
            this.observationEnd = Require.nonNull("observationEnd", end);
            return this;
        }

        /**
         * The experiment: its variants give the report order and the weights of the SRM check.
         *
         * @param configured the experiment the exposures come from
         * @return this builder
         * @throws IllegalArgumentException when the experiment has no variant named as the control
         */
        public Builder experiment(Experiment configured) {
            Require.nonNull("experiment", configured);
            if (configured.variants().stream().noneMatch(v -> v.name().equals(control))) {
                throw new IllegalArgumentException("experiment '" + configured.key() + "' has no variant named '"
                        + control + "' (the control); its variants: " + configured.variants());
            }
            this.experiment = configured;
            this.weights = null;
            return this;
        }

        /**
         * The configured weights of the variants, for the SRM check (instead of {@link #experiment}).
         *
         * @param variantWeights variant name to weight, in report order, each in (0, 1], summing to 1
         *                       within {@value SampleRatioCheck#WEIGHT_TOLERANCE}, including the control
         * @return this builder
         * @throws IllegalArgumentException for bad weights or no weight for the control
         */
        public Builder weights(Map<String, Double> variantWeights) {
            Require.nonNull("weights", variantWeights);
            double sum = 0;
            for (Map.Entry<String, Double> e : variantWeights.entrySet()) {
                double w = Require.nonNull("weight of variant '" + e.getKey() + "'", e.getValue());
                if (!(w > 0 && w <= 1)) {
                    throw new IllegalArgumentException("weight of variant '" + e.getKey() + "' must be in (0, 1], got "
                            + w);
                }
                sum += w;
            }
            if (Math.abs(sum - 1) > SampleRatioCheck.WEIGHT_TOLERANCE) {
                throw new IllegalArgumentException("weights must sum to 1 (within " + SampleRatioCheck.WEIGHT_TOLERANCE
                        + "), got " + sum + " for " + variantWeights.keySet());
            }
            if (!variantWeights.containsKey(control)) {
                throw new IllegalArgumentException("weights have no entry for the control '" + control + "': "
                        + variantWeights.keySet());
            }
            this.weights = new LinkedHashMap<>(variantWeights);
            this.experiment = null;
            return this;
        }

        /**
         * Per-customer CLV values to compare (optional).
         *
         * @param values customer id to CLV, each finite
         * @return this builder
         * @throws IllegalArgumentException naming a customer whose value is not finite
         */
        public Builder clv(Map<String, Double> values) {
            Require.nonNull("clv", values);
            values.forEach((id, v) -> {
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("CLV of customer '" + id + "' must be a finite number, got " + v);
                }
            });
            this.clv = Map.copyOf(values);
            return this;
        }

        /**
         * The confidence level of the intervals.
         *
         * @param confidence in (0, 1) (default 0.95)
         * @return this builder
         * @throws IllegalArgumentException outside (0, 1)
         */
        public Builder level(double confidence) {
            this.level = Require.openUnit("confidence level", confidence);
            return this;
        }

        /**
         * The p-value below which the SRM check flags a mismatch.
         *
         * @param threshold in (0, 1) (default 0.001)
         * @return this builder
         * @throws IllegalArgumentException outside (0, 1)
         */
        public Builder srmThreshold(double threshold) {
            this.srmThreshold = Require.openUnit("SRM threshold", threshold);
            return this;
        }

        /**
         * Builds the analysis.
         *
         * @return the analysis
         * @throws IllegalStateException without an observation end
         */
        public RetentionExperiment build() {
            if (observationEnd == null) {
                throw new IllegalStateException("observationEnd is required: the end of the data");
            }
            return new RetentionExperiment(this);
        }
    }
}
