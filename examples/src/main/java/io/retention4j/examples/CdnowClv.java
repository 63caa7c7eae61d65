package io.retention4j.examples;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.CalibrationHoldout;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.clv.BgNbd;
import io.retention4j.metrics.clv.BgNbdModel;
import io.retention4j.metrics.clv.ClvEstimate;
import io.retention4j.metrics.clv.ClvEstimates;
import io.retention4j.metrics.clv.ClvInterval;
import io.retention4j.metrics.clv.ClvIntervals;
import io.retention4j.metrics.clv.ClvSettings;
import io.retention4j.metrics.clv.CustomerLifetimeValue;
import io.retention4j.metrics.clv.GammaGamma;
import io.retention4j.metrics.clv.GammaGammaModel;
import io.retention4j.metrics.clv.HoldoutTable;
import io.retention4j.metrics.clv.SpendData;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Customer lifetime value on the bundled CDNOW log, end to end: calibration/holdout split
 * (calibration to 1997-09-30, holdout to 1998-06-30, in weeks), BG/NBD and Gamma-Gamma fits on the
 * calibration period, the holdout check, the ten most valuable customers over the next 12 months of
 * 30 days at 1% discount a month with 95% bootstrap intervals, and the share of customers whose
 * probability of still being active is below 0.3, all as of the end of calibration.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.CdnowClv}.
 */
public final class CdnowClv {
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);
    private static final TimeScale MONTHS = TimeScale.months(30);
    private static final double ALIVE_THRESHOLD = 0.3;

    private CdnowClv() {
    }

    /**
     * Prints the analysis to standard output.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        TransactionLog log = CdnowReport.readBundledLog().value();
        CalibrationHoldout split = CalibrationHoldout.builder()
                .unit(TimeScale.WEEKS)
                .calibrationEnd(CALIBRATION_END)
                .observationEnd(OBSERVATION_END)
                .build(log);
        RfmSummary calibration = split.calibration();
        out.printf(Locale.ROOT, "CDNOW: %,d customers; calibration to %s, holdout to %s (%.0f weeks)%n%n",
                calibration.size(), CALIBRATION_END, OBSERVATION_END, split.durationHoldout());

        BgNbdModel purchases = BgNbd.fit(calibration);
        out.println(purchases);
        SpendData spendData = SpendData.ofPositiveSpend(calibration);
        out.println(spendData);
        GammaGammaModel spend = GammaGamma.fit(spendData);
        out.println(spend);

        out.println(HoldoutTable.of(split, purchases));
        printHoldoutRevenue(out, split, purchases, spend);

        ClvSettings year = ClvSettings.horizon(12, MONTHS).discountRate(0.01);
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(purchases, spend, year);
        ClvEstimates values = clv.estimate(calibration);
        out.printf(Locale.ROOT, "%nCustomer lifetime value as of %s: %s%n", CALIBRATION_END, year);
        out.printf(Locale.ROOT, "  all %,d customers together: $%,.2f%n", values.size(), values.total());
        printTopTen(out, clv, values, calibration, split, purchases);

        double[] alive = purchases.probabilityAlive(calibration);
        int below = 0;
        for (double p : alive) {
            below += p < ALIVE_THRESHOLD ? 1 : 0;
        }
        out.printf(Locale.ROOT, "%nP(alive) < %.1f at %s: %,d of %,d customers (%.1f%%)%n", ALIVE_THRESHOLD,
                CALIBRATION_END, below, alive.length, 100.0 * below / alive.length);
    }

    /** The models' undiscounted 39-week revenue next to what the customers actually spent in the holdout. */
    private static void printHoldoutRevenue(PrintStream out, CalibrationHoldout split, BgNbdModel purchases,
                                            GammaGammaModel spend) {
        ClvSettings holdout = ClvSettings.horizon(split.durationHoldout(), TimeScale.WEEKS);
        double expected = CustomerLifetimeValue.of(purchases, spend, holdout).estimate(split.calibration()).total();
        double actual = 0;
        for (int i = 0; i < split.size(); i++) {
            actual += split.frequencyHoldout(i) * split.monetaryHoldout(i);
        }
        out.printf(Locale.ROOT, "Holdout revenue (%.0f weeks, undiscounted): expected $%,.2f, actual $%,.2f%n",
                split.durationHoldout(), expected, actual);
    }

    private static void printTopTen(PrintStream out, CustomerLifetimeValue clv, ClvEstimates values,
                                    RfmSummary calibration, CalibrationHoldout split, BgNbdModel purchases) {
        List<ClvEstimate> top = values.top(10);
        String[] ids = new String[top.size()];
        int[] x = new int[ids.length];
        double[] tx = new double[ids.length];
        double[] t = new double[ids.length];
        double[] m = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            int i = calibration.indexOf(top.get(k).customerId());
            ids[k] = calibration.customerId(i);
            x[k] = calibration.frequency(i);
            tx[k] = calibration.recency(i);
            t[k] = calibration.T(i);
            m[k] = calibration.monetaryValue(i);
        }
        RfmSummary best = RfmSummary.fromArrays(ids, x, tx, t, m, calibration.unit());
        ClvIntervals intervals = clv.intervals(best, 500, 2005L);
        out.println("  the ten most valuable customers (95% intervals from 500 parameter draws; the actual spend "
                + "of the next 39 weeks for comparison):");
        out.printf(Locale.ROOT, "    %-8s %3s %8s %9s %10s %21s %12s%n", "customer", "x", "t_x", "spend", "CLV",
                "95% interval", "holdout $");
        for (int k = 0; k < ids.length; k++) {
            ClvInterval ci = intervals.get(k);
            int i = calibration.indexOf(ids[k]);
            out.printf(Locale.ROOT, "    %-8s %3d %8.2f %9.2f %10.2f  [%8.2f, %8.2f] %12.2f%n", ids[k], x[k], tx[k],
                    top.get(k).expectedSpend(), ci.value(), ci.lower(), ci.upper(),
                    split.frequencyHoldout(i) * split.monetaryHoldout(i));
        }
    }
}
