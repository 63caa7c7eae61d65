package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@link CdnowRetention} and checks figures counted from the raw master file in this test. */
class CdnowRetentionTest {
    private static String report;
    private static List<String[]> rows;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRuns.output(CdnowRetention::main);
        rows = ExampleRuns.masterRows();
    }

    @Test
    void main_cohortSizes_areTheCustomersByMonthOfFirstPurchase() {
        Map<String, String> firstDate = new HashMap<>();
        for (String[] f : rows) {
            firstDate.merge(f[0], f[1], (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, Integer> byMonth = new TreeMap<>();
        firstDate.values().forEach(d -> byMonth.merge(d.substring(0, 4) + "-" + d.substring(4, 6), 1, Integer::sum));
        assertThat(byMonth.keySet()).containsExactly("1997-01", "1997-02", "1997-03");
        byMonth.forEach((month, size) -> assertThat(report)
                .contains(month + "  " + String.format(Locale.ROOT, "%,d", size)));
        assertThat(report).contains("(15 empty cohorts not shown)");
    }

    @Test
    void main_repeatPurchaseRate_isCustomersWithTwoOrMoreOrders() {
        Map<String, Integer> orders = new HashMap<>();
        for (String[] f : rows) {
            orders.merge(f[0], 1, Integer::sum);
        }
        long repeaters = orders.values().stream().filter(n -> n >= 2).count();
        assertThat(report).contains(String.format(Locale.ROOT, "(%,d of %,d buyers)", repeaters, orders.size()));
    }

    @Test
    void main_printsSurvivalAndHotSpots() {
        assertThat(report).contains("Kaplan-Meier median").contains("Where churn concentrates")
                .contains("23,570 customers");
    }
}
