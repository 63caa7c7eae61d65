package io.retention4j.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Cox regression against R {@code coxph} on the Rossi data (the README of the shared data and R's
 * {@code summary} output), against a naive Efron likelihood written out here, and against the
 * log-rank test (the score test of a single group indicator without tied times is the log-rank
 * statistic).
 */
class CoxProportionalHazardsTest {
    private static final RossiData ROSSI = RossiData.load();

    @Test
    void fit_rossi_matchesRCoefficientsAndStandardErrors() {
        // README (R survival::coxph, ties = "efron"; lifelines matches): week ~ fin + age + race + wexp + mar + paro + prio
        CoxModel cox = CoxProportionalHazards.fit(ROSSI.coxData());
        double[] coef = {-0.3794222, -0.0574377, 0.3138998, -0.1497957, -0.4337039, -0.0848711, 0.0914971};
        double[] se = {0.19138, 0.02200, 0.30799, 0.21222, 0.38187, 0.19576, 0.02865};
        for (int j = 0; j < coef.length; j++) {
            String name = RossiData.COVARIATES[j];
            assertThat(cox.coefficient(name)).as("coef %s", name).isCloseTo(coef[j], within(1e-4));
            assertThat(cox.standardError(name)).as("se %s", name).isCloseTo(se[j], within(1e-4));
        }
        assertThat(cox.subjects()).isEqualTo(432);
        assertThat(cox.events()).isEqualTo(114);
        assertThat(cox.covariateNames()).containsExactly(RossiData.COVARIATES);
        assertThat(cox.standardErrors()[6]).isEqualTo(cox.standardError("prio"));
        assertThat(cox.hazardRatio("fin")).isCloseTo(Math.exp(coef[0]), within(1e-4));
        CoxData data = ROSSI.coxData();
        assertThat(data.column("prio")).containsExactly(ROSSI.column("prio"));
        assertThat(data.value(0, 1)).isEqualTo(27); // first row: week 20, arrest 1, fin 0, age 27
        assertThat(data.toString()).contains("432 subjects, 114 events");
    }

    @Test
    void fit_rossi_matchesRLikelihoodTestsAndConcordance() {
        // README: partial log-likelihood -658.7477, LR 33.27 on 7 df, concordance 0.640; R's summary also prints
        // "Likelihood ratio test= 33.27 on 7 df, p=2.362e-05", "Wald test = 32.11 on 7 df, p=3.871e-05",
        // "Score (logrank) test = 33.53 on 7 df, p=2.11e-05", "Concordance= 0.64"
        CoxModel cox = CoxProportionalHazards.fit(ROSSI.coxData());
        assertThat(cox.logLikelihood()).isCloseTo(-658.7477, within(1e-3));
        assertThat(cox.likelihoodRatioTest().statistic()).isCloseTo(33.27, within(0.01));
        assertThat(cox.likelihoodRatioTest().degreesOfFreedom()).isEqualTo(7);
        assertThat(cox.likelihoodRatioTest().pValue()).isCloseTo(2.362e-5, within(0.0005e-5));
        assertThat(cox.waldTest().statistic()).isCloseTo(32.11, within(0.005));
        assertThat(cox.waldTest().pValue()).isCloseTo(3.871e-5, within(0.0005e-5));
        assertThat(cox.scoreTest().statistic()).isCloseTo(33.53, within(0.005));
        assertThat(cox.scoreTest().pValue()).isCloseTo(2.11e-5, within(0.005e-5));
        assertThat(cox.concordance().index()).isCloseTo(0.640, within(0.001));
        assertThat(cox.nullLogLikelihood()).isCloseTo(cox.logLikelihood() - 33.27 / 2, within(0.005));
    }

    @Test
    void fit_rossi_matchesRWaldColumnsAndHazardRatioIntervals() {
        // R summary (R codes race as "other" and mar as "not married", the reverse of this file's 0/1, so those
        // two rows change sign; the z of the others and every |z| and p are comparable):
        //   z: fin -1.983, age -2.611, race 1.019, wexp -0.706, mar 1.136, paro -0.434, prio 3.194
        //   Pr(>|z|): 0.04742 0.00903 0.30812 0.48029 0.25606 0.66461 0.00140
        //   exp(coef) lower .95 / upper .95: fin 0.4702 0.9957, age 0.9043 0.9858, wexp 0.5679 1.3049,
        //   paro 0.6259 1.3482, prio 1.0360 1.1591, race(other) 0.3995 1.3361, mar(not married) 0.7300 3.2614
        CoxModel cox = CoxProportionalHazards.fit(ROSSI.coxData());
        double[] z = {-1.983, -2.611, 1.019, -0.706, 1.136, -0.434, 3.194};
        double[] p = {0.04742, 0.00903, 0.30812, 0.48029, 0.25606, 0.66461, 0.00140};
        for (int j = 0; j < z.length; j++) {
            String name = RossiData.COVARIATES[j];
            assertThat(Math.abs(cox.z(name))).as("|z| %s", name).isCloseTo(Math.abs(z[j]), within(5e-4));
            assertThat(cox.pValue(name)).as("p %s", name).isCloseTo(p[j], within(5e-6));
        }
        assertHazardRatioInterval(cox, "fin", 0.4702, 0.9957);
        assertHazardRatioInterval(cox, "age", 0.9043, 0.9858);
        assertHazardRatioInterval(cox, "wexp", 0.5679, 1.3049);
        assertHazardRatioInterval(cox, "paro", 0.6259, 1.3482);
        assertHazardRatioInterval(cox, "prio", 1.0360, 1.1591);
        // reversed coding: the interval of exp(-β) is [1 / upper, 1 / lower]
        assertHazardRatioInterval(cox, "race", 1 / 1.3361, 1 / 0.3995);
        assertHazardRatioInterval(cox, "mar", 1 / 3.2614, 1 / 0.7300);
    }

    private static void assertHazardRatioInterval(CoxModel cox, String name, double lower, double upper) {
        assertThat(Math.exp(cox.lower95(name))).as("lower %s", name).isCloseTo(lower, within(5e-5 * Math.max(1, lower)));
        assertThat(Math.exp(cox.upper95(name))).as("upper %s", name).isCloseTo(upper, within(5e-5 * Math.max(1, upper)));
    }

    @Test
    void fit_tiedTimes_maximizesTheNaiveEfronLikelihood() {
        // small data with ties among events and between events and censorings; two covariates
        double[] t = {1, 1, 2, 2, 2, 3, 4, 4, 5, 6, 6, 7};
        int[] e = {1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1};
        double[] x1 = {0.5, 1.2, -0.3, 0.8, 0.0, 1.5, -1.0, 0.3, 0.9, -0.6, 0.4, -1.2};
        double[] x2 = {1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1};
        CoxModel cox = CoxProportionalHazards.fit(CoxData.builder(t, e).covariate("x1", x1).covariate("x2", x2).build());
        double[] beta = cox.coefficients();
        double at = naiveEfron(t, e, x1, x2, beta[0], beta[1]);
        assertThat(cox.logLikelihood()).isCloseTo(at, within(1e-10));
        assertThat(cox.nullLogLikelihood()).isCloseTo(naiveEfron(t, e, x1, x2, 0, 0), within(1e-10));
        // a maximum: the naive likelihood's central-difference gradient vanishes and nearby points are lower
        double h = 1e-6;
        assertThat((naiveEfron(t, e, x1, x2, beta[0] + h, beta[1]) - naiveEfron(t, e, x1, x2, beta[0] - h, beta[1]))
                / (2 * h)).isCloseTo(0, within(1e-6));
        assertThat((naiveEfron(t, e, x1, x2, beta[0], beta[1] + h) - naiveEfron(t, e, x1, x2, beta[0], beta[1] - h))
                / (2 * h)).isCloseTo(0, within(1e-6));
        // observed information: the naive likelihood's second differences
        double hh = 1e-4;
        double f0 = naiveEfron(t, e, x1, x2, beta[0], beta[1]);
        double d11 = -(naiveEfron(t, e, x1, x2, beta[0] + hh, beta[1]) - 2 * f0
                + naiveEfron(t, e, x1, x2, beta[0] - hh, beta[1])) / (hh * hh);
        double d22 = -(naiveEfron(t, e, x1, x2, beta[0], beta[1] + hh) - 2 * f0
                + naiveEfron(t, e, x1, x2, beta[0], beta[1] - hh)) / (hh * hh);
        double d12 = -(naiveEfron(t, e, x1, x2, beta[0] + hh, beta[1] + hh)
                - naiveEfron(t, e, x1, x2, beta[0] + hh, beta[1] - hh)
                - naiveEfron(t, e, x1, x2, beta[0] - hh, beta[1] + hh)
                + naiveEfron(t, e, x1, x2, beta[0] - hh, beta[1] - hh)) / (4 * hh * hh);
        double det = d11 * d22 - d12 * d12;
        double[][] cov = cox.covariance();
        assertThat(cov[0][0]).isCloseTo(d22 / det, within(1e-5 * cov[0][0]));
        assertThat(cov[1][1]).isCloseTo(d11 / det, within(1e-5 * cov[1][1]));
        assertThat(cov[0][1]).isCloseTo(-d12 / det, within(1e-5 * Math.abs(cov[0][0])));
    }

    /**
     * Efron's partial log-likelihood straight from its definition: for each distinct event time, the tied
     * events D and the risk set R (time at least t), sum over D of x'b minus sum_{l<m} ln(sum_R r - l/m sum_D r).
     */
    private static double naiveEfron(double[] t, int[] e, double[] x1, double[] x2, double b1, double b2) {
        double ll = 0;
        java.util.TreeSet<Double> eventTimes = new java.util.TreeSet<>();
        for (int i = 0; i < t.length; i++) {
            if (e[i] == 1) {
                eventTimes.add(t[i]);
            }
        }
        for (double time : eventTimes) {
            double riskSum = 0;
            double deathSum = 0;
            int m = 0;
            for (int i = 0; i < t.length; i++) {
                double r = Math.exp(b1 * x1[i] + b2 * x2[i]);
                if (t[i] >= time) {
                    riskSum += r;
                }
                if (t[i] == time && e[i] == 1) {
                    deathSum += r;
                    m++;
                    ll += b1 * x1[i] + b2 * x2[i];
                }
            }
            for (int l = 0; l < m; l++) {
                ll -= Math.log(riskSum - (double) l / m * deathSum);
            }
        }
        return ll;
    }

    @Test
    void scoreTest_groupIndicatorWithoutTies_equalsLogRankStatistic() {
        double[] t = {3, 5, 8, 9, 12, 15, 17, 20, 22, 30};
        int[] e = {1, 1, 0, 1, 1, 1, 0, 1, 1, 0};
        double[] group = {0, 1, 0, 0, 1, 1, 0, 1, 0, 1};
        CoxModel cox = CoxProportionalHazards.fit(CoxData.builder(t, e).covariate("g", group).build());
        String[] labels = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            labels[i] = group[i] == 1 ? "b" : "a";
        }
        assertThat(cox.scoreTest().statistic()).isCloseTo(LogRankTest.of(t, e, labels).chiSquare(), within(1e-12));
    }

    @Test
    void fit_badInput_throwsNamingTheProblem() {
        double[] t = {1, 2, 3, 4};
        int[] e = {1, 0, 1, 1};
        assertThatThrownBy(() -> CoxData.builder(t, e).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one covariate");
        assertThatThrownBy(() -> CoxData.builder(t, e).covariate("x", new double[] {1, 2, Double.NaN, 4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[2]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> CoxData.builder(t, e).covariate("x", new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x has 2");
        assertThatThrownBy(() -> CoxData.builder(t, e).covariate("x", t).covariate("x", t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> CoxData.builder(t, new int[] {1, 0, 3, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events[2]");
        assertThatThrownBy(() -> CoxProportionalHazards.fit(CoxData.builder(t, new int[] {0, 0, 0, 0})
                .covariate("x", new double[] {1, 2, 3, 5}).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no events");
        assertThatThrownBy(() -> CoxProportionalHazards.fit(CoxData.builder(t, e)
                .covariate("x", new double[] {1, 2, 3, 5}).covariate("twice", new double[] {2, 4, 6, 10}).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[twice]");
        assertThatThrownBy(() -> CoxProportionalHazards.fit(CoxData.builder(t, e)
                .covariate("constant", new double[] {7, 7, 7, 7}).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[constant]");
    }

    @Test
    void fit_covariateSeparatesEvents_throwsNamingTheRunawayCoefficient() {
        // every subject with x = 1 fails before every subject with x = 0: beta -> infinity
        double[] t = {1, 2, 3, 4, 5, 6};
        int[] e = {1, 1, 1, 1, 1, 1};
        double[] x = {1, 1, 1, 0, 0, 0};
        assertThatThrownBy(() -> CoxProportionalHazards.fit(CoxData.builder(t, e).covariate("x", x).build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'x'").hasMessageContaining("infinite");
    }

    @Test
    void toString_printsRStyleSummary() {
        String text = CoxProportionalHazards.fit(ROSSI.coxData()).toString();
        assertThat(text).contains("n = 432, events = 114").contains("exp(coef)").contains("prio")
                .contains("Likelihood ratio test = 33.27 on 7 df").contains("Concordance = 0.64");
    }
}
