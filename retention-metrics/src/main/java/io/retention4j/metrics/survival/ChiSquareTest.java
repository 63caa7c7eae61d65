package io.retention4j.metrics.survival;

import java.util.Locale;

/**
 * A chi-square test result.
 *
 * @param name             what was tested, for example "log-rank" or "likelihood ratio"
 * @param statistic        the chi-square statistic, {@code >= 0}
 * @param degreesOfFreedom the degrees of freedom, {@code >= 0}
 * @param pValue           {@code P(X >= statistic)} for X chi-square with those degrees of freedom (1 when
 *                         they are 0)
 */
public record ChiSquareTest(String name, double statistic, int degreesOfFreedom, double pValue) {

    static ChiSquareTest of(String name, double statistic, int degreesOfFreedom) {
        return new ChiSquareTest(name, statistic, degreesOfFreedom,
                Stats.chiSquareUpperTail(statistic, degreesOfFreedom));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s test = %.2f on %d df, p = %s", name, statistic, degreesOfFreedom,
                Format.pValue(pValue));
    }
}
