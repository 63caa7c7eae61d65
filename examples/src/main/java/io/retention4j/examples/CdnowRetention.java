package io.retention4j.examples;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.cohort.Averaging;
import io.retention4j.metrics.cohort.CohortTable;
import io.retention4j.metrics.cohort.Cohorts;
import io.retention4j.metrics.rates.RatesReport;
import io.retention4j.metrics.rates.RetentionRates;
import io.retention4j.metrics.survival.ChurnDefinition;
import io.retention4j.metrics.survival.ChurnDurations;
import io.retention4j.metrics.survival.KaplanMeier;
import io.retention4j.metrics.survival.SurvivalTable;
import io.retention4j.metrics.survival.TenureHazards;
import io.retention4j.metrics.survival.TenureWindows;
import io.retention4j.metrics.survival.WindowHazard;
import io.retention4j.core.time.CalendarPeriod;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Retention analytics on the bundled CDNOW log: the monthly cohort retention table of the three
 * acquisition months, monthly churn and revenue retention, a Kaplan-Meier table of the time to churn
 * (churn = 90 days without a purchase) and the tenure windows where churn concentrates.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.CdnowRetention}.
 */
public final class CdnowRetention {
    private static final LocalDate FIRST_DAY = LocalDate.of(1997, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(1998, 6, 30);

    private CdnowRetention() {
    }

    /**
     * Prints the report.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        TransactionLog log = CdnowReport.readBundledLog().value();
        out.println("CDNOW: " + log);
        out.println();

        CohortTable cohorts = Cohorts.of(log)
                .period(ChronoUnit.MONTHS).zone(ZoneOffset.UTC)
                .from(FIRST_DAY).through(LAST_DAY)
                .retention();
        out.println("Monthly retention of first-purchase cohorts (share of the cohort buying in month k):");
        out.println(cohorts);
        out.printf(Locale.ROOT, "  month-1 retention averaged over cohorts: pooled %.4f, mean of rates %.4f, "
                        + "size-weighted (Mixpanel) %.4f%n%n", cohorts.average(1, Averaging.POOLED),
                cohorts.average(1, Averaging.MEAN_OF_RATES), cohorts.average(1, Averaging.MIXPANEL));

        Instant end = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        RatesReport rates = RetentionRates.of(log)
                .period(CalendarPeriod.months(ZoneOffset.UTC))
                .window(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant(), end)
                .compute();
        out.println(rates);

        ChurnDurations churn = ChurnDurations.fromFirstPurchase(log,
                ChurnDefinition.noPurchaseFor(Duration.ofDays(90), end, TimeScale.DAYS));
        out.println("Time to churn, churn = 90 days without a purchase: " + churn);
        SurvivalTable survival = KaplanMeier.fit(churn);
        out.println("  Kaplan-Meier " + survival.median() + " (days); share not yet churned every 30 days:");
        out.printf(Locale.ROOT, "  %8s %10s %10s %10s%n", "day", "S(t)", "lower 95%", "upper 95%");
        for (int day = 90; day <= 360; day += 30) {
            out.printf(Locale.ROOT, "  %8d %10.4f %10.4f %10.4f%n", day, survival.survivalAt(day),
                    survival.lowerAt(day), survival.upperAt(day));
        }
        out.println();

        TenureHazards hazards = TenureHazards.of(churn, TenureWindows.of(90, 120, 150, 180, 240, 300, 365,
                Double.POSITIVE_INFINITY));
        out.println("Where churn concentrates (churn hazard by days since the first purchase, highest first):");
        for (WindowHazard window : hazards.ranked()) {
            out.println("  " + window);
        }
    }
}
