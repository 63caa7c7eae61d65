package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD on the CDNOW calibration summary against Fader, Hardie &amp; Lee (2005): r 0.243, alpha
 * 4.414, a 0.793, b 2.426, LL -9582.4; the data README's re-measurement r=0.2426, alpha=4.4135,
 * a=0.7929, b=2.4258, LL=-9582.43; and the paper's predictions.
 */
class BgNbdCdnowTest {
    private static final RfmSummary CDNOW = ClvFixtures.cdnowSummary();
    private static final BgNbdModel FIT = BgNbd.fit(CDNOW);

    @Test
    void fit_cdnow_matchesPublishedParametersAndLogLikelihood() {
        // issue 3: each within 0.001 absolute or 0.1% relative; LL within 0.01
        assertThat(FIT.r()).isCloseTo(0.2426, within(0.001));
        assertThat(FIT.alpha()).isCloseTo(4.4135, within(0.0044));
        assertThat(FIT.a()).isCloseTo(0.7929, within(0.001));
        assertThat(FIT.b()).isCloseTo(2.4258, within(0.0024));
        assertThat(FIT.logLikelihood()).isCloseTo(-9582.43, within(0.01));
        FitReport report = FIT.report().orElseThrow();
        assertThat(report.converged()).isTrue();
        assertThat(report.customers()).isEqualTo(2357);
        assertThat(report.unit()).contains(TimeScale.WEEKS);
    }

    @Test
    void conditionalExpectedPurchases_paperExample_is1point226() {
        // FHL 2005: a customer with x=2, t_x=30.43, T=38.86 buys 1.226 times in the next 39 weeks
        assertThat(FIT.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
    }

    @Test
    void probabilityOfPurchases_publishedParameters_matchReferenceValues() {
        BgNbdModel published = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEKS);
        assertThat(published.probabilityOfPurchases(0, 39)).isCloseTo(0.5737864, within(1e-7));
        assertThat(published.probabilityOfPurchases(10, 2)).isCloseTo(1.07869e-07, within(1e-12));
    }
}
