package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CdnowClv} on the bundled data and checks the figures that can be counted from the raw
 * file here with plain Java: customers, the holdout table's bins and actual means, the zero-spend
 * repeat buyer left out of the spend fit, the actual holdout revenue, and the P(alive) share
 * recomputed with the BG/NBD formula from the printed parameters.
 */
class CdnowClvTest {
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);
    private static String report;
    private static Map<String, Map<LocalDate, Double>> spendByDay;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRuns.output(CdnowClv::main);
        spendByDay = readMaster();
    }

    /** Customer -> purchase day -> dollars that day, read line by line. */
    private static Map<String, Map<LocalDate, Double>> readMaster() throws IOException {
        Map<String, Map<LocalDate, Double>> days = new TreeMap<>();
        for (String[] f : ExampleRuns.masterRows()) {
            LocalDate day = LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE);
            days.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(day, Double.parseDouble(f[3]), Double::sum);
        }
        return days;
    }

    private static List<LocalDate> calibrationDays(Map<LocalDate, Double> days) {
        return new ArrayList<>(((TreeMap<LocalDate, Double>) days).headMap(CALIBRATION_END, true).keySet());
    }

    @Test
    void main_holdoutTable_binsAndActualMeansMatchAHandCount() {
        int[] customers = new int[8];
        double[] holdout = new double[8];
        double total = 0;
        for (Map<LocalDate, Double> days : spendByDay.values()) {
            int x = calibrationDays(days).size() - 1;
            int inHoldout = ((TreeMap<LocalDate, Double>) days).subMap(CALIBRATION_END, false, OBSERVATION_END, true)
                    .size();
            customers[Math.min(x, 7)]++;
            holdout[Math.min(x, 7)] += inHoldout;
            total += inHoldout;
        }
        assertThat(report).contains("CDNOW: 23,570 customers");
        for (int bin = 0; bin < 8; bin++) {
            String label = bin == 7 ? "7+" : Integer.toString(bin);
            assertThat(report).contains(String.format(Locale.ROOT, "  %-9s %,9d %10.4f", label, customers[bin],
                    holdout[bin] / customers[bin]));
        }
        assertThat(report).contains(String.format(Locale.ROOT, "  %-9s %,9d %10.1f", "total", 23_570, total));
    }

    @Test
    void main_spendFitAndHoldoutRevenue_matchAHandCount() {
        int zeroSpend = 0;
        int noRepeat = 0;
        double holdoutRevenue = 0;
        for (Map<LocalDate, Double> days : spendByDay.values()) {
            List<LocalDate> cal = calibrationDays(days);
            double repeatSpend = 0;
            for (LocalDate d : cal.subList(1, cal.size())) {
                repeatSpend += days.get(d);
            }
            noRepeat += cal.size() == 1 ? 1 : 0;
            zeroSpend += cal.size() > 1 && repeatSpend == 0 ? 1 : 0;
            for (Map.Entry<LocalDate, Double> e : days.entrySet()) {
                if (e.getKey().isAfter(CALIBRATION_END) && !e.getKey().isAfter(OBSERVATION_END)) {
                    holdoutRevenue += e.getValue();
                }
            }
        }
        assertThat(zeroSpend).isEqualTo(1);
        assertThat(report).contains(String.format(Locale.ROOT, "left out: %,d without a repeat purchase, 1 with zero "
                + "mean spend", noRepeat));
        assertThat(report).contains(String.format(Locale.ROOT, "actual $%,.2f", holdoutRevenue));
    }

    @Test
    void main_aliveShare_matchesTheBgNbdFormulaWithThePrintedParameters() {
        Matcher m = Pattern.compile("BG/NBD\\[r=([0-9.]+), alpha=([0-9.]+), a=([0-9.]+), b=([0-9.]+)")
                .matcher(report);
        assertThat(m.find()).isTrue();
        double r = Double.parseDouble(m.group(1));
        double alpha = Double.parseDouble(m.group(2));
        double a = Double.parseDouble(m.group(3));
        double b = Double.parseDouble(m.group(4));
        int below = 0;
        for (Map<LocalDate, Double> days : spendByDay.values()) {
            List<LocalDate> cal = calibrationDays(days);
            int x = cal.size() - 1;
            double tx = ChronoUnit.DAYS.between(cal.get(0), cal.get(x)) / 7.0;
            double t = ChronoUnit.DAYS.between(cal.get(0), CALIBRATION_END) / 7.0;
            // FHL 2005: P(alive) = 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)) for x > 0, else 1
            double alive = x == 0 ? 1 : 1 / (1 + a / (b + x - 1) * Math.pow((alpha + t) / (alpha + tx), r + x));
            below += alive < 0.3 ? 1 : 0;
        }
        assertThat(report).contains(String.format(Locale.ROOT, "P(alive) < 0.3 at 1997-09-30: %,d of 23,570 customers",
                below));
    }

    @Test
    void main_topTen_isSortedWithIntervalsAroundTheValues() {
        Matcher m = Pattern.compile("\\n\\s+(\\d{5})\\s+\\d+\\s+[0-9.]+\\s+[0-9.]+\\s+([0-9.]+)\\s+\\[\\s*([0-9.]+),"
                + "\\s*([0-9.]+)\\]").matcher(report);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            assertThat(Double.parseDouble(m.group(3))).isLessThanOrEqualTo(value);
            assertThat(Double.parseDouble(m.group(4))).isGreaterThanOrEqualTo(value);
            values.add(value);
        }
        assertThat(values).hasSize(10).isSortedAccordingTo((p, q) -> Double.compare(q, p));
        assertThat(report).contains("horizon 12 months of 30 days = 12 periods of months of 30 days, discount rate 1% "
                + "per period");
    }
}
