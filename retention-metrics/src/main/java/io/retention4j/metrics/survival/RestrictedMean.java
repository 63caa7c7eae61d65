package io.retention4j.metrics.survival;

import java.util.Locale;

/**
 * The restricted mean survival time up to a horizon τ: the area under the Kaplan-Meier curve,
 * {@code RMST(τ) = ∫_0^τ S(u) du}, the expected event-free time within the first τ time units (units
 * of the durations). The curve's last value is carried past its last time when τ is beyond it.
 *
 * <p>Variance (R {@code print.survfit}'s {@code se(rmean)}, Klein and Moeschberger section 4.5):
 * {@code Σ_j A_j^2 d_j / (n_j (n_j - d_j))} over the event times {@code t_j <= τ}, with
 * {@code A_j = ∫_{t_j}^τ S(u) du}; a term with {@code n_j = d_j} counts 0, as in R. The interval is
 * the normal one, {@code estimate ± z · standardError}.
 *
 * @param tau           the horizon τ, {@code >= 0}
 * @param estimate      the area, in time units; 0 for τ = 0
 * @param variance      the variance of the estimate, in squared time units
 * @param standardError {@code sqrt(variance)}
 * @param lower         {@code estimate - z · standardError}
 * @param upper         {@code estimate + z · standardError}
 * @param level         the confidence level of the interval
 */
public record RestrictedMean(double tau, double estimate, double variance, double standardError, double lower,
                             double upper, double level) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "restricted mean to %s: %.4f (se %.4f, %s CI %.4f to %.4f)",
                Format.number(tau), estimate, standardError, Format.level(level), lower, upper);
    }
}
