package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The shifted-beta-geometric model on the worked example of Fader &amp; Hardie (2007), "How to
 * Project Customer Retention": 1,000 "regular" and 1,000 "high end" customers over seven renewal
 * years. References: the data README's MLE (regular 0.7041, 1.1820, LL -1680.27; high end 0.6681,
 * 3.8061, LL -1611.16); the paper's γ, δ (regular 0.704, 1.182; high end 0.668, 3.806, also the
 * expectation of JD Maturen's shifted_beta_geometric_py test, which checks LL(1, 1) = -2.115 per
 * customer on the high-end data); and the README of KobaKhit/eCLV, which prints S(t), P(T = t),
 * r(t), DEL and DERL at its high-end estimates alpha 0.6677123, beta 3.8024773.
 */
class SbgRetentionTest {
    private static final SbgData REGULAR = SbgData.ofAlive(ClvFixtures.sbgAlive("regular"));
    private static final SbgData HIGH_END = SbgData.ofAlive(ClvFixtures.sbgAlive("highend"));
    /** The estimates printed in the eCLV README for the high-end data. */
    private static final SbgModel ECLV = SbgModel.of(0.6677123, 3.8024773);

    @Test
    void fit_regular_matchesReadmeMleAndPaper() {
        SbgModel m = ShiftedBetaGeometric.fit(REGULAR);
        assertThat(m.alpha()).isCloseTo(0.7041, within(0.0001));
        assertThat(m.beta()).isCloseTo(1.1820, within(0.0001));
        assertThat(m.logLikelihood()).isCloseTo(-1680.27, within(0.01));
        assertThat(m.alpha()).isCloseTo(0.704, within(0.0005));
        assertThat(m.beta()).isCloseTo(1.182, within(0.0005));
        assertThat(m.report().orElseThrow().customers()).isEqualTo(1000);
    }

    @Test
    void fit_highEnd_matchesReadmeMleAndPaper() {
        SbgModel m = ShiftedBetaGeometric.fit(HIGH_END);
        assertThat(m.alpha()).isCloseTo(0.6681, within(0.0001));
        assertThat(m.beta()).isCloseTo(3.8061, within(0.0001));
        assertThat(m.logLikelihood()).isCloseTo(-1611.16, within(0.01));
        assertThat(m.alpha()).isCloseTo(0.668, within(0.0005));
        assertThat(m.beta()).isCloseTo(3.806, within(0.0005));
    }

    @Test
    void logLikelihood_alphaBetaOne_matchesHandCountAndMaturenCheck() {
        // at alpha = beta = 1: P(T = t) = 1/(t(t+1)), S(7) = 1/8; churners 131, 126, 90, 60, 42, 34, 26, 491 left
        int[] churned = {131, 126, 90, 60, 42, 34, 26};
        double hand = 491 * Math.log(1.0 / 8);
        for (int t = 1; t <= 7; t++) {
            hand += churned[t - 1] * Math.log(1.0 / (t * (t + 1.0)));
        }
        double ll = -new SbgLikelihood(HIGH_END).valueAndGradient(new double[] {1, 1}, new double[2]);
        assertThat(ll).isCloseTo(hand, within(1e-9));
        assertThat(ll / 1000).isCloseTo(-2.115, within(0.001 * 2.115)); // Maturen: allclose(ll11, -2.115, 1e-3)
    }

    @Test
    void survivalChurnAndRetention_eclvReadmeValues() {
        double[] survival = {0.8506300, 0.7467988, 0.6697305, 0.6098676, 0.5617912, 0.5221811, 0.4888802,
            0.4604211, 0.4357680, 0.4141671};
        double[] churn = {0.14937002, 0.10383116, 0.07706834, 0.05986291, 0.04807638, 0.03961007, 0.03330090,
            0.02845911, 0.02465310, 0.02160086};
        double[] retention = {0.8506300, 0.8779362, 0.8968017, 0.9106164, 0.9211691, 0.9294932, 0.9362273,
            0.9417872, 0.9464553, 0.9504304};
        for (int t = 1; t <= 10; t++) {
            int period = t;
            assertThat(ECLV.survival(t)).as("S(%d)", t)
                    .isCloseTo(survival[t - 1], within(eclvBudget(5e-8, m -> m.survival(period))));
            assertThat(ECLV.churnProbability(t)).as("P(T=%d)", t)
                    .isCloseTo(churn[t - 1], within(eclvBudget(5e-9, m -> m.churnProbability(period))));
            assertThat(ECLV.retentionRate(t)).as("r(%d)", t)
                    .isCloseTo(retention[t - 1], within(eclvBudget(5e-8, m -> m.retentionRate(period))));
        }
        assertThat(ECLV.survival(0)).isEqualTo(1);
    }

    /**
     * The error budget of an eCLV value: half a unit of its printed last digit, plus what the
     * rounding of the printed parameters (7 decimals, so up to 5e-8 each) can move it by.
     */
    private static double eclvBudget(double halfPrintedUnit, ToDoubleFunction<SbgModel> f) {
        double h = 1e-6;
        double dAlpha = (f.applyAsDouble(SbgModel.of(ECLV.alpha() + h, ECLV.beta()))
                - f.applyAsDouble(SbgModel.of(ECLV.alpha() - h, ECLV.beta()))) / (2 * h);
        double dBeta = (f.applyAsDouble(SbgModel.of(ECLV.alpha(), ECLV.beta() + h))
                - f.applyAsDouble(SbgModel.of(ECLV.alpha(), ECLV.beta() - h))) / (2 * h);
        return halfPrintedUnit + 5e-8 * (Math.abs(dAlpha) + Math.abs(dBeta));
    }

    @Test
    void discountedLifetimes_eclvTruncatedSums_andClosedFormsMatchInfiniteSums() {
        SbgModel m = ECLV;
        double z = 1 / 1.1;
        // eCLV sums 70 periods: DEL = Σ_{t=0}^{70} S(t) z^t = 5.920551; DERL(4 renewals) = Σ_{t=5}^{70} S(t)/S(4) z^(t-5)
        double del70 = truncatedDel(m, z);
        assertThat(del70).isCloseTo(5.920551, within(eclvBudget(5e-7, e -> truncatedDel(e, z))));
        double derl70 = truncatedDerl(m, z);
        assertThat(derl70).isCloseTo(6.893253, within(eclvBudget(5e-7, e -> truncatedDerl(e, z))));
        // the closed forms are the untruncated sums
        double del = 0;
        double derl = 0;
        for (int t = 0; t <= 2000; t++) {
            del += m.survival(t) * Math.pow(z, t);
            derl += t >= 5 ? m.survival(t) / m.survival(4) * Math.pow(z, t - 5) : 0;
        }
        assertThat(m.discountedExpectedLifetime(0.1)).isCloseTo(del, within(1e-12 * del));
        assertThat(m.discountedExpectedResidualLifetime(0.1, 4)).isCloseTo(derl, within(1e-12 * derl));
        // DEL = first payment + the discounted DERL of a customer about to renew the first time
        assertThat(m.discountedExpectedLifetime(0.1))
                .isCloseTo(1 + z * m.discountedExpectedResidualLifetime(0.1, 0), within(1e-12));
    }

    private static double truncatedDel(SbgModel m, double z) {
        double sum = 0;
        for (int t = 0; t <= 70; t++) {
            sum += m.survival(t) * Math.pow(z, t);
        }
        return sum;
    }

    private static double truncatedDerl(SbgModel m, double z) {
        double sum = 0;
        for (int t = 5; t <= 70; t++) {
            sum += m.survival(t) / m.survival(4) * Math.pow(z, t - 5);
        }
        return sum;
    }

    @Test
    void fit_multiCohort_matchesMaturenExample() {
        // shifted_beta_geometric_py test(): four yearly cohorts of 10,000; expects alpha 3.80, beta 15.19 (rtol 1e-2)
        SbgData cohorts = SbgData.ofCohorts(new int[] {10000, 8000, 6480, 5307, 4391},
                new int[] {10000, 8000, 6480, 5307}, new int[] {10000, 8000, 6480}, new int[] {10000, 8000});
        SbgModel m = ShiftedBetaGeometric.fit(cohorts);
        assertThat(m.alpha()).isCloseTo(3.80, within(0.038));
        assertThat(m.beta()).isCloseTo(15.19, within(0.1519));
        assertThat(cohorts.churned(1)).isEqualTo(8000);
        assertThat(cohorts.censored(1)).isEqualTo(8000);
        assertThat(cohorts.censored(4)).isEqualTo(4391);
    }

    @Test
    void toString_showsParametersAndFit() {
        assertThat(ShiftedBetaGeometric.fit(REGULAR).toString()).startsWith("sBG[alpha=0.704")
                .contains("sBG fit: log-likelihood -1680.2").contains("1,000 customers");
        assertThat(SbgModel.of(0.5, 2)).hasToString("sBG[alpha=0.500000, beta=2.000000]");
        assertThat(REGULAR).hasToString("SbgData[1 cohort, 1,000 customers, 759 churned, 241 still active, up to 7 "
                + "periods]");
    }
}
