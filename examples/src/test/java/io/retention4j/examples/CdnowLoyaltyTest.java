package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CdnowLoyaltyTest {
    private static String report;
    private static List<String[]> rows;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRuns.output(CdnowLoyalty::main);
        rows = ExampleRuns.masterRows();
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
}
