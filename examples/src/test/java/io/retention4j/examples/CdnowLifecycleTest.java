package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@link CdnowLifecycle} and checks the fixed-policy figures against a count from the raw file. */
class CdnowLifecycleTest {
    private static final LocalDate LAST_DAY = LocalDate.of(1998, 6, 30);
    private static String report;
    private static List<String[]> rows;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRuns.output(CdnowLifecycle::main);
        rows = ExampleRuns.masterRows();
    }

    @Test
    void main_fixedPolicy_dormantCountIsCustomersSilentForNinetyToOneHundredSeventyNineDays() {
        // fixed defaults: dormant from 90 days without a purchase, churned from 180
        Map<String, LocalDate> last = new TreeMap<>();
        for (String[] f : rows) {
            last.merge(f[0], LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        long dormant = last.values().stream().map(d -> ChronoUnit.DAYS.between(d, LAST_DAY))
                .filter(days -> days >= 90 && days < 180).count();
        assertThat(report).contains(dormant + " dormant customers, the first three with their reasons:");
        assertThat(report).contains("no purchase for").contains("dormant threshold 90 days");
    }

    @Test
    void main_everyPolicyAndTheTransitionSummaryArePrinted() {
        assertThat(report).contains("Policy fixed inactivity").contains("Policy own cadence")
                .contains("Policy P(alive)").contains("Policy P(no purchase in 13 weeks)")
                .contains("(first purchase) -> NEW               23,570")
                .contains("Dormant customers who bought again within 90 days");
    }
}
