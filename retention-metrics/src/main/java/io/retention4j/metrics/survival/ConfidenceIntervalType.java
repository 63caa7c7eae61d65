package io.retention4j.metrics.survival;

/**
 * How a pointwise confidence interval of a Kaplan-Meier survival probability {@code S} is built from
 * the Greenwood sum {@code G = Σ d / (n (n - d))} over the event times up to {@code t} (d events
 * among n at risk), which estimates the variance of {@code ln S}. {@code z} is the two-sided normal
 * quantile of the level (1.959964 for 95%).
 *
 * <p>Both types give {@code [1, 1]} while {@code S = 1} (before the first event) and NaN (R prints NA)
 * once {@code S = 0}, where neither transform is defined.
 */
public enum ConfidenceIntervalType {
    /**
     * The log-log ("exponential Greenwood") interval, lifelines' default:
     * {@code exp(-exp(ln(-ln S) ± z sqrt(G) / |ln S|))}, lower bound with {@code +}. Always inside [0, 1].
     */
    LOG_LOG {
        @Override
        double lower(double s, double greenwood, double z) {
            return s == 1 ? 1 : Math.exp(-Math.exp(Math.log(-Math.log(s)) + z * Math.sqrt(greenwood) / -Math.log(s)));
        }

        @Override
        double upper(double s, double greenwood, double z) {
            return s == 1 ? 1 : Math.exp(-Math.exp(Math.log(-Math.log(s)) - z * Math.sqrt(greenwood) / -Math.log(s)));
        }
    },
    /**
     * The log interval, R {@code survfit}'s default ({@code conf.type = "log"}):
     * {@code S exp(± z sqrt(G))}, the upper bound capped at 1 as R does.
     */
    LOG {
        @Override
        double lower(double s, double greenwood, double z) {
            return s * Math.exp(-z * Math.sqrt(greenwood));
        }

        @Override
        double upper(double s, double greenwood, double z) {
            return Math.min(1, s * Math.exp(z * Math.sqrt(greenwood)));
        }
    };

    /** The lower bound; the caller handles {@code s = 0}. */
    abstract double lower(double s, double greenwood, double z);

    /** The upper bound; the caller handles {@code s = 0}. */
    abstract double upper(double s, double greenwood, double z);
}
