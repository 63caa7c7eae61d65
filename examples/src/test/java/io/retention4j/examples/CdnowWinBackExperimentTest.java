package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.experiment.Experiment;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CdnowWinBackExperiment} and checks its counts against counts from the raw file: the
 * dormant customers, and the control arm's return within 90 days (the control is real data, untouched
 * by the simulated offer).
 */
class CdnowWinBackExperimentTest {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static String report;
    private static Map<String, LocalDate> lastBeforeCut;
    private static Map<String, Set<LocalDate>> datesAfterCut;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRuns.output(CdnowWinBackExperiment::main);
        lastBeforeCut = new TreeMap<>();
        datesAfterCut = new TreeMap<>();
        for (String[] f : ExampleRuns.masterRows()) {
            String id = f[0]; // the log keeps the ids as written, e.g. "00001"
            LocalDate d = LocalDate.parse(f[1], BASIC);
            if (d.isAfter(CdnowWinBackExperiment.CUT)) {
                datesAfterCut.computeIfAbsent(id, k -> new HashSet<>()).add(d);
            } else {
                lastBeforeCut.merge(id, d, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    private static boolean dormant(LocalDate last) {
        long days = ChronoUnit.DAYS.between(last, CdnowWinBackExperiment.CUT);
        return days >= 90 && days < 180;
    }

    @Test
    void main_dormantCustomers_countedFromTheRawFile() {
        long dormant = lastBeforeCut.values().stream().filter(CdnowWinBackExperimentTest::dormant).count();
        assertThat(report).contains(dormant + " customers dormant on 1997-12-31");
        assertThat(report).contains("offer effect SIMULATED");
    }

    @Test
    void main_controlReturnRate_countedFromTheRawFile() {
        // the control's customers: dormant ones the experiment puts into variant 0; returned: a raw row dated
        // 1998-01-01 .. 1998-03-31, i.e. within (end of 1997-12-31, + 90 days]
        Experiment experiment = Experiment.builder("winback-offer").seed("cdnow").coverage(0.5)
                .variant("control", 0.5).variant("offer", 0.5).build();
        LocalDate windowEnd = CdnowWinBackExperiment.CUT.plusDays(90);
        long customers = 0;
        long returned = 0;
        for (Map.Entry<String, LocalDate> e : lastBeforeCut.entrySet()) {
            if (!dormant(e.getValue()) || experiment.variantIndex(e.getKey()) != 0) {
                continue;
            }
            customers++;
            if (datesAfterCut.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(d -> !d.isAfter(windowEnd))) {
                returned++;
            }
        }
        String rate = String.format(Locale.ROOT, "%.2f%% (%d)", 100.0 * returned / customers, returned);
        assertThat(report).containsPattern("control +" + String.format(Locale.ROOT, "%,d", customers) + " +"
                + java.util.regex.Pattern.quote(rate));
    }

    @Test
    void main_printsTheWholeAnalysis() {
        assertThat(report).contains("No sample ratio mismatch").contains("retained within 90 days")
                .contains("Holm p").contains("BH p").contains("Log-rank test, 2 groups")
                .contains("The return rate read three ways:").contains("sequential:").contains("chance to beat control")
                .contains("customers per arm");
    }
}
