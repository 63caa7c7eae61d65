package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CdnowLoyaltyTest {
    private static Path dir;
    private static Path ledger;
    private static String report;
    private static List<String[]> rows;

    @BeforeAll
    static void run() throws Exception {
        dir = Files.createTempDirectory("cdnow-loyalty");
        ledger = dir.resolve("ledger.db");
        report = ExampleRuns.output(CdnowLoyalty::main, ledger.toString());
        rows = ExampleRuns.masterRows();
    }

    @AfterAll
    static void deleteLedger() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long number(String label) {
        Matcher m = Pattern.compile(label + " ([0-9,]+)").matcher(report);
        assertThat(m.find()).as("'%s' in the report", label).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void main_replaysEveryPurchaseOfTheBundledLog() {
        // the CDNOW README: 69,659 purchases by 23,570 customers, no refunds
        assertThat(report).contains("23,570 customers, 69,659 purchases");
        assertThat(report).doesNotContain("refund rows skipped");
    }

    @Test
    void main_pointsAreConserved() {
        long issued = number("points issued");
        assertThat(number("outstanding")).isEqualTo(issued - number("redeemed") - number("expired") - number("reversed"));
    }

    @Test
    void main_issuedIsTheBaseRateOverAllRowsPlusTierBonuses() {
        // base rate 1 point per dollar, rounded down per purchase: a count straight from the raw file
        long base = 0;
        for (String[] f : rows) {
            base += (long) Math.floor(Double.parseDouble(f[3]) + 1e-9);
        }
        long issued = number("points issued");
        assertThat(issued).isGreaterThan(base);
        // tier bonuses are at most half the base points (gold x1.5 on every purchase)
        assertThat(issued - base).isLessThanOrEqualTo(base / 2);
    }

    @Test
    void main_explainsCustomer52ByHand() {
        // 00052 bought 80.95 on 1997-01-02 and 23.14 on 1997-01-06 (104.09 >= 100: silver), then
        // 33.98 on 1997-01-19 as silver: 33 base + floor(33.98 * 0.25) = 8 tier points
        assertThat(report).contains("#2 EARN +80 [base]").contains("#4 EARN +23 [base]")
                .contains("#5 TIER [silver] for qualified: spend 104.09")
                .contains("#7 EARN +33 [base]").contains("#8 EARN +8 [tier:silver]");
        // 1997 lots expire at the end of 1997 (END_OF_YEAR, offset 0)
        assertThat(report).contains("1998-01-01T00:00:00Z #22 EXPIRE -80 [base]");
        // at the end only the 1998-05-08 purchase (76.98) is in the 12-month window: member after the review
        assertThat(report.toLowerCase(Locale.ROOT)).contains("00052 as of 1998-07-01t00:00:00z: member; window spend 76.98");
    }

    @Test
    void main_keepsTheLedgerInTheSqliteFile_andARerunReplaysEverythingAndWritesNothing() throws Exception {
        assertThat(report).contains("ledger: JdbcLedgerStore(sqlite jdbc:sqlite:" + ledger.toAbsolutePath() + ")")
                .doesNotContain("already in the store");
        long[] before = customersAndEntries();
        assertThat(before[0]).isEqualTo(23_570);
        assertThat(before[1]).isGreaterThan(69_659L * 2); // a PURCHASE and an EARN each, enrolments, tiers, expiries

        String again = ExampleRuns.output(CdnowLoyalty::main, ledger.toString());
        assertThat(again).contains("23,570 customers, 69,659 purchases")
                .contains("69,659 of them were already in the store from an earlier run: replayed, nothing written");
        assertThat(customersAndEntries()).as("customers and entries after the rerun").containsExactly(before);
        // the same totals and the same explanation, read back from the file
        for (String label : List.of("points issued", "redeemed", "expired", "outstanding")) {
            assertThat(numberIn(again, label)).as(label).isEqualTo(number(label));
        }
        assertThat(again.substring(again.indexOf("explain 00052"))).isEqualTo(report.substring(report.indexOf("explain 00052")));
    }

    private static long[] customersAndEntries() {
        try (var store = io.retention4j.loyalty.ledger.LedgerStore.sqlite(ledger)) {
            long[] counts = new long[2];
            store.forEachCustomer(c -> {
                counts[0]++;
                counts[1] += store.journal(c).size();
            });
            return counts;
        }
    }

    private static long numberIn(String text, String label) {
        Matcher m = Pattern.compile(label + " ([0-9,]+)").matcher(text);
        assertThat(m.find()).as("'%s' in the report", label).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
