package io.retention4j.examples;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.DateFormat;
import io.retention4j.core.io.InputFormat;
import io.retention4j.core.io.ReadResult;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.core.summary.CalibrationHoldout;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * The headline example: reads the bundled CDNOW purchase log (the reference data set of the BTYD
 * literature, 23,570 customers who first bought in Q1 1997, followed to 1998-06-30), builds the BTYD
 * summary at the end of the 39-week calibration period, a calibration/holdout split and customer
 * profiles, and prints a short report.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java}.
 */
public final class CdnowReport {
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);

    private CdnowReport() {
    }

    /**
     * Prints the report to standard output.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        ReadResult<TransactionLog> read = readBundledLog();
        TransactionLog log = read.value();
        out.println("CDNOW purchase log (Fader, Hardie & Lee 2005), bundled with retention4j");
        out.println(read.toString().indent(2).stripTrailing());
        double revenue = 0;
        for (int row = 0; row < log.size(); row++) {
            revenue += log.amount(row);
        }
        out.printf(Locale.ROOT, "  revenue $%,.2f%n%n", revenue);

        RfmSummary calibration = RfmSummary.builder()
                .unit(TimeScale.WEEKS)
                .observationEnd(CALIBRATION_END)
                .build(log);
        out.println("BTYD summary at the end of calibration (" + CALIBRATION_END + "), purchases merged per day:");
        out.print(calibration);
        printSummaryStatistics(out, calibration);

        CalibrationHoldout split = CalibrationHoldout.builder()
                .unit(TimeScale.WEEKS)
                .calibrationEnd(CALIBRATION_END)
                .observationEnd(OBSERVATION_END)
                .build(log);
        out.println();
        out.println("What calibration customers did in the holdout (" + CALIBRATION_END.plusDays(1) + " .. "
                + OBSERVATION_END + "):");
        out.println("  " + split);
        printHoldoutByFrequency(out, split);

        CustomerProfiles profiles = CustomerProfiles.builder()
                .transactions(log)
                .asOf(OBSERVATION_END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1))
                .build();
        out.println();
        out.println("Customer profiles at the end of the data:");
        out.println("  " + profiles);
        printRecencyBands(out, profiles);
        CustomerProfile best = profiles.stream()
                .max(Comparator.comparingDouble(CustomerProfile::totalSpend))
                .orElseThrow();
        out.println("  the biggest spender:");
        out.print(best.toString().indent(4));
    }

    /** The bundled master log (also read by the other CDNOW examples). */
    static ReadResult<TransactionLog> readBundledLog() throws IOException {
        String resource = "cdnow/CDNOW_master.txt";
        try (InputStream in = Objects.requireNonNull(
                CdnowReport.class.getClassLoader().getResourceAsStream(resource), resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return TransactionReader
                    .of(CsvMapping.of("customer_id", "date", "dollar_value")
                            .quantity("number_of_cds")
                            .dateFormat(DateFormat.BASIC_DATE))
                    .format(InputFormat.whitespace())
                    .read(reader, "CDNOW_master.txt");
        }
    }

    private static void printSummaryStatistics(PrintStream out, RfmSummary s) {
        int repeaters = s.repeatCustomerCount();
        double frequency = 0;
        double monetary = 0;
        for (int i = 0; i < s.size(); i++) {
            frequency += s.frequency(i);
            monetary += s.monetaryValue(i);
        }
        out.printf(Locale.ROOT, "  %,d customers, %,d (%.1f%%) bought again in calibration; mean frequency %.3f; "
                        + "mean repeat-day value of repeaters $%.2f%n",
                s.size(), repeaters, 100.0 * repeaters / s.size(), frequency / s.size(), monetary / repeaters);
    }

    private static void printHoldoutByFrequency(PrintStream out, CalibrationHoldout split) {
        int bins = 7;
        int[] customers = new int[bins + 1];
        long[] holdout = new long[bins + 1];
        for (int i = 0; i < split.size(); i++) {
            int bin = Math.min(split.calibration().frequency(i), bins);
            customers[bin]++;
            holdout[bin] += split.frequencyHoldout(i);
        }
        out.println("  calibration frequency -> customers, mean holdout purchase days");
        for (int bin = 0; bin <= bins; bin++) {
            out.printf(Locale.ROOT, "    %s%d  %,7d  %.3f%n", bin == bins ? ">=" : "  ", bin, customers[bin],
                    customers[bin] == 0 ? 0.0 : holdout[bin] / (double) customers[bin]);
        }
    }

    private static void printRecencyBands(PrintStream out, CustomerProfiles profiles) {
        long[] upper = {90, 180, 365, Long.MAX_VALUE};
        String[] names = {"0-90 days", "91-180 days", "181-365 days", "over a year"};
        int[] counts = new int[upper.length];
        for (CustomerProfile p : profiles) {
            long days = p.daysSinceLastPurchase().orElseThrow();
            int band = 0;
            while (days > upper[band]) {
                band++;
            }
            counts[band]++;
        }
        out.println("  time since last purchase:");
        for (int band = 0; band < upper.length; band++) {
            out.printf(Locale.ROOT, "    %-13s %,7d customers (%.1f%%)%n", names[band], counts[band],
                    100.0 * counts[band] / profiles.size());
        }
    }
}
