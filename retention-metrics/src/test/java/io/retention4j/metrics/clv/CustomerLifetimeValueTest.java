package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** CLV against lifetimes' documented values, a hand computation and a brute-force sum. */
class CustomerLifetimeValueTest {
    private static final RfmSummary CDNOW = GammaGammaCdnowTest.cdnowWithSpend();
    private static final BgNbdModel BG = BgNbd.fit(CDNOW);
    private static final GammaGammaModel GG = GammaGamma.fit(CDNOW);
    private static final TimeScale MONTHS = TimeScale.months(30);

    @Test
    void estimate_lifetimesQuickstartConventions_matchesDocumentedCdnowValues() {
        // lifetimes docs/Quickstart.md: ggf.customer_lifetime_value(bgf, ..., time=12, discount_rate=0.01) on the
        // CDNOW summary in weeks with the default freq="D": a "month" is factor 30 model units = 30 weeks
        ClvSettings lifetimes = ClvSettings.horizon(12 * 210, TimeScale.DAYS)
                .period(TimeScale.ofDays("lifetimes months of 30 weeks", 210))
                .discountRate(0.01);
        ClvEstimates clv = CustomerLifetimeValue.of(BG, GG, lifetimes).estimate(CDNOW);
        double[] documented = {140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683,
                38.180574, 167.418216, 38.180574};
        for (int i = 0; i < documented.length; i++) {
            // printed to 6 decimals from lifetimes' own fits of both models: 1e-6 relative
            assertThat(clv.value(i)).as("customer %s", clv.customerId(i))
                    .isCloseTo(documented[i], withinPercentage(1e-4));
        }
    }

    @Test
    void discountedPurchases_lifetimesUtilsKnownValues_onTheExampleData() throws IOException {
        // lifetimes tests/test_utils.py test_customer_lifetime_value_with_known_values: BG/NBD on the example
        // summary in days, monetary value 1, time=1 month (30 days): discount 0 gives predict(30) of ids 0..4,
        // discount 1 halves it; asserted to 5 decimals (|difference| < 1.5e-5)
        RfmSummary example = lifetimesExampleSummary();
        BgNbdModel bg = BgNbd.fit(example);
        double[] predict30 = {0.016053, 0.021171, 0.030461, 0.031686, 0.001607};
        CustomerLifetimeValue undiscounted = CustomerLifetimeValue.of(bg, GG,
                ClvSettings.horizon(30, TimeScale.DAYS).period(MONTHS));
        CustomerLifetimeValue halved = CustomerLifetimeValue.of(bg, GG,
                ClvSettings.horizon(30, TimeScale.DAYS).period(MONTHS).discountRate(1));
        for (int id = 0; id < predict30.length; id++) {
            int row = example.indexOf(String.valueOf(id));
            int x = example.frequency(row);
            double tx = example.recency(row);
            double t = example.T(row);
            assertThat(undiscounted.discountedPurchases(x, tx, t)).as("id %d", id)
                    .isCloseTo(predict30[id], within(1.5e-5));
            assertThat(halved.discountedPurchases(x, tx, t)).as("id %d", id)
                    .isCloseTo(predict30[id] / 2, within(1.5e-5));
        }
    }

    private static RfmSummary lifetimesExampleSummary() throws IOException {
        String resource = "lifetimes-example/example_transactions.csv";
        try (InputStream in = Objects.requireNonNull(CustomerLifetimeValueTest.class.getClassLoader().getResourceAsStream(resource));
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            TransactionLog log = TransactionReader.of(CsvMapping.of("id", "date")).read(reader, resource).value();
            return RfmSummary.builder().unit(TimeScale.DAYS).observationEnd(LocalDate.of(2014, 12, 31)).build(log);
        }
    }

    @Test
    void value_poissonCustomer_matchesHandComputation() {
        // 0.5 purchases a week forever, 3 weekly periods at 10% a period:
        // 0.5/1.1 + 0.5/1.21 + 0.5/1.331 = 0.454545.. + 0.413223.. + 0.375657.. = 1.243426..
        // E[M] for p=2, q=3, gamma=10, x=2, mean 20: 2 (10 + 2·20) / (2·2 + 3 - 1) = 100/6
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(new PoissonStub(0.5, TimeScale.WEEKS),
                GammaGammaModel.of(2, 3, 10), ClvSettings.horizon(3, TimeScale.WEEKS).discountRate(0.1));
        double purchases = 0.5 / 1.1 + 0.5 / 1.21 + 0.5 / 1.331;
        assertThat(clv.discountedPurchases(2, 5, 10)).isCloseTo(purchases, within(1e-12));
        assertThat(clv.value(2, 5, 10, 20)).isCloseTo(purchases * 100 / 6, within(1e-10));
        assertThat(purchases).isCloseTo(1.243426, within(1e-6));
    }

    @Test
    void discountedPurchases_bgNbdMonthlyOverAYear_equalsBruteForceSum() {
        ClvSettings settings = ClvSettings.horizon(360, TimeScale.DAYS).period(MONTHS).discountRate(0.01);
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BG, GG, settings);
        assertThat(settings.periods()).isEqualTo(12);
        assertThat(clv.periodInModelUnits()).isCloseTo(30.0 / 7, within(1e-15));
        int[][] customers = {{0, 0}, {2, 0}, {7, 1}};
        double[] recencies = {0, 30.43, 29.43};
        for (int c = 0; c < customers.length; c++) {
            int x = customers[c][0];
            double brute = 0;
            for (int k = 1; k <= 12; k++) {
                double now = BG.conditionalExpectedPurchases(k * 30.0 / 7, x, recencies[c], 38.86);
                double before = BG.conditionalExpectedPurchases((k - 1) * 30.0 / 7, x, recencies[c], 38.86);
                brute += (now - before) / Math.pow(1.01, k);
            }
            assertThat(clv.discountedPurchases(x, recencies[c], 38.86)).isCloseTo(brute, withinPercentage(1e-10));
        }
    }

    @Test
    void estimate_zeroDiscount_isExpectedPurchasesOverTheHorizonTimesSpend() {
        ClvEstimates clv = CustomerLifetimeValue.of(BG, GG, ClvSettings.horizon(52, TimeScale.WEEKS)).estimate(CDNOW);
        double[] purchases = BG.conditionalExpectedPurchases(52, CDNOW);
        double[] spend = GG.conditionalExpectedSpend(CDNOW);
        double total = 0;
        for (int i = 0; i < CDNOW.size(); i++) {
            assertThat(clv.value(i)).isCloseTo(purchases[i] * spend[i], withinPercentage(1e-9));
            total += purchases[i] * spend[i];
        }
        assertThat(clv.total()).isCloseTo(total, withinPercentage(1e-9));
    }

    @Test
    void estimate_customerWithoutRepeatPurchase_usesPopulationMeanSpend() {
        ClvEstimates clv = CustomerLifetimeValue.of(BG, GG, ClvSettings.horizon(12, MONTHS)).estimate(CDNOW);
        int row = CDNOW.indexOf("3"); // x = 0
        assertThat(CDNOW.frequency(row)).isZero();
        assertThat(clv.expectedSpend(row)).isEqualTo(GG.p() * GG.gamma() / (GG.q() - 1));
        assertThat(clv.get(row).value()).isEqualTo(clv.discountedPurchases(row) * clv.expectedSpend(row));
    }

    @Test
    void estimate_summaryInDays_equalsSummaryInWeeks() {
        int n = CDNOW.size();
        String[] ids = new String[n];
        double[] tx = CDNOW.recencies();
        double[] t = CDNOW.ages();
        for (int i = 0; i < n; i++) {
            ids[i] = CDNOW.customerId(i);
            tx[i] *= 7;
            t[i] *= 7;
        }
        RfmSummary days = RfmSummary.fromArrays(ids, CDNOW.frequencies(), tx, t, CDNOW.monetaryValues(),
                TimeScale.DAYS);
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BG, GG, ClvSettings.horizon(12, MONTHS).discountRate(0.01));
        ClvEstimates inWeeks = clv.estimate(CDNOW);
        ClvEstimates inDays = clv.estimate(days);
        for (int i = 0; i < n; i++) {
            assertThat(inDays.value(i)).isCloseTo(inWeeks.value(i), withinPercentage(1e-9));
        }
    }

    @Test
    void top_cdnow_highestValuesFirstAndReadable() {
        ClvEstimates clv = CustomerLifetimeValue.of(BG, GG, ClvSettings.horizon(12, MONTHS).discountRate(0.01))
                .estimate(CDNOW);
        var top = clv.top(10);
        assertThat(top).hasSize(10);
        double max = 0;
        for (int i = 0; i < clv.size(); i++) {
            max = Math.max(max, clv.value(i));
        }
        assertThat(top.get(0).value()).isEqualTo(max);
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).value()).isLessThanOrEqualTo(top.get(i - 1).value());
        }
        assertThat(clv.toString()).contains("2,357 customers").contains("12 periods of months of 30 days")
                .contains("discount rate 1% per period").contains(top.get(0).customerId());
    }

    @Test
    void estimate_infiniteExpectedSpend_isRejectedNamingTheCustomer() {
        // q = 0.5 <= 1: the population mean spend does not exist, so x = 0 customers have no finite value
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(BG, GammaGammaModel.of(1, 0.5, 10),
                ClvSettings.horizon(12, MONTHS));
        assertThatThrownBy(() -> clv.estimate(CDNOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer '3'").hasMessageContaining("infinite");
    }

    @Test
    void estimate_emptySummary_isRejected() {
        RfmSummary empty = RfmSummary.fromArrays(new String[0], new int[0], new double[0], new double[0], null,
                TimeScale.WEEKS);
        assertThatThrownBy(() -> CustomerLifetimeValue.of(BG, GG, ClvSettings.horizon(12, MONTHS)).estimate(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customers");
    }

    @Test
    void settings_calendarMonthsOrPartialPeriods_areRejectedAtOnce() {
        assertThatThrownBy(() -> ClvSettings.horizon(12, TimeScale.CALENDAR_MONTHS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TimeScale.months(30)");
        ClvSettings year = ClvSettings.horizon(1, TimeScale.YEARS);
        assertThatThrownBy(() -> year.period(TimeScale.CALENDAR_MONTHS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calendar months");
        assertThatThrownBy(() -> year.period(TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("52.1775 periods of weeks").hasMessageContaining("whole number");
        assertThatThrownBy(() -> year.discountRate(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> ClvSettings.horizon(0, TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThat(ClvSettings.horizon(364, TimeScale.DAYS).period(TimeScale.WEEKS).periods()).isEqualTo(52);
        assertThat(ClvSettings.horizon(1.5, TimeScale.WEEKS, TimeScale.ofDays("half weeks", 3.5)).periods()).isEqualTo(3);
        assertThatThrownBy(() -> ClvSettings.horizon(1.5, TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5 periods of weeks");
    }

    @Test
    void of_modelInCalendarMonths_isRejected() {
        BgNbdModel monthly = BgNbdModel.of(0.24, 1, 0.8, 2.4, TimeScale.CALENDAR_MONTHS);
        assertThatThrownBy(() -> CustomerLifetimeValue.of(monthly, GG, ClvSettings.horizon(12, MONTHS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calendar months");
    }
}
