package io.retention4j.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.TimeScale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the published CDNOW calibration summaries (Fader, Hardie &amp; Lee 2005; the files of
 * Python lifetimes) for all 2,357 customers. The published values are rounded to 2 decimals, so
 * recency, T and zbar are compared within half a cent of rounding (0.005).
 */
class RfmSummaryCdnowTest {
    private static final double ROUNDING = 0.005 + 1e-9;

    private final TransactionLog log = CdnowFixture.sampleLog();
    private final RfmSummary summary = RfmSummary.builder()
            .unit(TimeScale.WEEKS)
            .observationEnd(CdnowFixture.CALIBRATION_END)
            .build(log);

    @Test
    void cdnowSummary_matchesPublishedFrequencyRecencyAndT_forEveryCustomer() {
        Map<String, CdnowFixture.Published> published = CdnowFixture.published();
        assertThat(summary.size()).isEqualTo(2357).isEqualTo(published.size());
        published.forEach((id, p) -> {
            RfmRow row = summary.row(id);
            assertThat(row.frequency()).as("frequency of %s", id).isEqualTo(p.frequency());
            assertThat(row.recency()).as("recency of %s", id).isCloseTo(p.recency(), within(ROUNDING));
            assertThat(row.T()).as("T of %s", id).isCloseTo(p.T(), within(ROUNDING));
        });
    }

    @Test
    void cdnowSummary_matchesPublishedZbar_forEveryCustomer() {
        Map<String, CdnowFixture.Published> published = CdnowFixture.publishedWithZbar();
        assertThat(published).hasSize(2357);
        published.forEach((id, p) -> {
            RfmRow row = summary.row(id);
            assertThat(row.frequency()).as("x of %s", id).isEqualTo(p.frequency());
            assertThat(row.monetaryValue()).as("zbar of %s", id).isCloseTo(p.zbar(), within(ROUNDING));
        });
    }

    @Test
    void cdnowSummary_matchesReadmeAggregates() {
        // README: 946 customers have x > 0; sum of x = 2,457; mean zbar over repeaters = 35.08
        assertThat(summary.repeatCustomerCount()).isEqualTo(946);
        int sumX = 0;
        double sumZbar = 0;
        for (int i = 0; i < summary.size(); i++) {
            sumX += summary.frequency(i);
            sumZbar += summary.monetaryValue(i);
        }
        assertThat(sumX).isEqualTo(2457);
        assertThat(sumZbar / 946).isCloseTo(35.08, within(0.005));
        // T ranges 27.00 .. 38.86 weeks
        double minT = Double.MAX_VALUE;
        double maxT = 0;
        for (int i = 0; i < summary.size(); i++) {
            minT = Math.min(minT, summary.T(i));
            maxT = Math.max(maxT, summary.T(i));
        }
        assertThat(minT).isCloseTo(27.00, within(ROUNDING));
        assertThat(maxT).isCloseTo(38.86, within(ROUNDING));
    }
}
