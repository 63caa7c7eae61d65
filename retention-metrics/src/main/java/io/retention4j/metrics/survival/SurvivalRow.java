package io.retention4j.metrics.survival;

/**
 * One row of a {@link SurvivalTable}: a distinct exit time.
 *
 * @param time          the time (units of the durations)
 * @param atRisk        n: the (weighted) number of subjects at risk just before the time
 * @param events        d: the (weighted) number of events at the time
 * @param censored      the (weighted) number of subjects censored at the time
 * @param survival      the Kaplan-Meier estimate {@code S(t) = Π_{t_j <= t} (1 - d_j / n_j)}
 * @param standardError the Greenwood standard error of S, {@code S sqrt(Σ d_j / (n_j (n_j - d_j)))};
 *                      NaN once S is 0
 * @param lower         the lower confidence bound of the table's type and level; NaN once S is 0
 * @param upper         the upper confidence bound; NaN once S is 0
 */
public record SurvivalRow(double time, double atRisk, double events, double censored, double survival,
                          double standardError, double lower, double upper) {
}
