package io.retention4j.examples;

import io.retention4j.core.experiment.Experiment;
import io.retention4j.core.experiment.Exposure;
import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.LifecycleState;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.metrics.experiment.Comparison;
import io.retention4j.metrics.experiment.EffectType;
import io.retention4j.metrics.experiment.GaussianPrior;
import io.retention4j.metrics.experiment.MetricComparison;
import io.retention4j.metrics.experiment.PowerPlan;
import io.retention4j.metrics.experiment.RetentionExperiment;
import io.retention4j.metrics.experiment.RetentionExperimentReport;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A win-back experiment on the bundled CDNOW log, with a SIMULATED offer effect: customers dormant on
 * 1997-12-31 (no purchase for 90 to 179 days, the fixed inactivity policy) meet the experiment
 * "winback-offer" (coverage 0.5, control and offer 50/50); the offer's effect is simulated, with a
 * fixed seed, by giving each offer customer who did not come back within 90 days a 5% chance of one
 * extra purchase in that window at their own average past order value. Everything else is the real
 * data. Then the analysis: SRM check, retention after 90 days, repeat purchase, revenue, realized value
 * to the end of the data, churn hazard (log-rank), with Holm and Benjamini-Hochberg adjusted p-values,
 * a sequential and a Bayesian reading of the return rate, and the sample size that the observed
 * control rate would need.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.CdnowWinBackExperiment}.
 */
public final class CdnowWinBackExperiment {
    /** The day at whose end dormant customers are picked and exposed. */
    static final LocalDate CUT = LocalDate.of(1997, 12, 31);
    /** The last day of the data. */
    static final LocalDate LAST_DAY = LocalDate.of(1998, 6, 30);
    /** The simulated chance that the offer brings back a customer who would not have come back. */
    static final double SIMULATED_LIFT = 0.05;
    /** The seed of the simulation. */
    static final long SEED = 2026;
    private static final int WINDOW_DAYS = 90;

    private CdnowWinBackExperiment() {
    }

    /**
     * Prints the analysis.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        TransactionLog real = CdnowReport.readBundledLog().value();
        Instant cut = CUT.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        Instant end = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);

        List<String> dormant = Lifecycle.of(FixedInactivityPolicy.defaults()).states(real, cut)
                .customerIds(LifecycleState.DORMANT);
        Experiment experiment = Experiment.builder("winback-offer").seed("cdnow").coverage(0.5)
                .variant("control", 0.5).variant("offer", 0.5).build();
        List<Exposure> exposures = new ArrayList<>();
        for (String id : dormant) {
            exposures.add(experiment.expose(id, cut));
        }
        out.println("Win-back experiment on CDNOW (offer effect SIMULATED, seed " + SEED + ")");
        out.println("  " + dormant.size() + " customers dormant on " + CUT + " (fixed inactivity: 90-179 days"
                + " without a purchase), all exposed at the end of that day");
        out.println("  " + experiment);

        TransactionLog log = withSimulatedOffer(real, exposures, cut);
        out.printf(Locale.ROOT, "  simulated: %,d extra purchases for offer customers (%.0f%% of those who did"
                + " not come back within %d days)%n%n", log.size() - real.size(), 100 * SIMULATED_LIFT, WINDOW_DAYS);

        RetentionExperimentReport report = RetentionExperiment.builder("control").experiment(experiment)
                .windowDays(WINDOW_DAYS).churnGapDays(180).observationEnd(end)
                .clv(realizedValue(log, exposures, cut)).build()
                .analyze(log, exposures);
        out.println(report);

        MetricComparison returned = report.comparison("retained", "offer");
        Comparison c = returned.comparison();
        out.println("The return rate read three ways:");
        out.println("  fixed horizon: " + returned.relative().orElseThrow());
        out.println("  sequential:    " + c.sequential(EffectType.RELATIVE));
        out.println("  Bayesian:      " + c.bayesian(EffectType.RELATIVE, GaussianPrior.of(0, 0.3), 0.95));
        double baseline = c.controlMean();
        PowerPlan plan = PowerPlan.proportionsWithRelativeEffect(baseline, 0.25);
        out.printf(Locale.ROOT, "%nTo detect +25%% on the control's %.2f%% return rate (%s) with 80%% power:"
                + " %,d customers per arm%n", 100 * baseline, plan, plan.unitsPerArm(0.80));
    }

    /**
     * The real log plus the simulated offer effect (see the class comment).
     *
     * @param real      the bundled log
     * @param exposures the exposures
     * @param cut       the exposure instant
     * @return a new log
     */
    static TransactionLog withSimulatedOffer(TransactionLog real, List<Exposure> exposures, Instant cut) {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int row = 0; row < real.size(); row++) {
            b.add(real.customerId(real.customerOf(row)), real.epochMillis(row), real.amount(row));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        long t0 = cut.toEpochMilli();
        long window = Duration.ofDays(WINDOW_DAYS).toMillis();
        for (Exposure e : exposures) {
            if (!"offer".equals(e.variant())) {
                continue;
            }
            int c = real.customers().indexOf(e.customerId());
            boolean cameBack = false;
            double spent = 0;
            int orders = 0;
            for (int row = real.firstRow(c); row < real.endRow(c); row++) {
                long t = real.epochMillis(row);
                if (t <= t0) {
                    spent += real.amount(row);
                    orders++;
                } else if (t <= t0 + window) {
                    cameBack = true;
                }
            }
            if (!cameBack && random.nextDouble() < SIMULATED_LIFT) {
                long day = 1 + random.nextInt(WINDOW_DAYS - 1);
                b.add(e.customerId(), t0 + Duration.ofDays(day).toMillis(), Math.max(0, spent / orders));
            }
        }
        return b.build();
    }

    /** Each exposed customer's net revenue from the exposure to the end of the data: a realized-value CLV proxy. */
    private static Map<String, Double> realizedValue(TransactionLog log, List<Exposure> exposures, Instant cut) {
        Map<String, Double> value = new HashMap<>();
        long t0 = cut.toEpochMilli();
        for (Exposure e : exposures) {
            int c = log.customers().indexOf(e.customerId());
            double sum = 0;
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                if (log.epochMillis(row) > t0) {
                    sum += log.amount(row);
                }
            }
            value.put(e.customerId(), sum);
        }
        return value;
    }
}
