package io.retention4j.metrics.survival;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The median survival time of a Kaplan-Meier curve with its confidence interval.
 *
 * <p>Rule (R {@code survfit}'s, {@code print.survfit} / {@code quantile.survfit}): the median is the
 * first time at which the curve is at or below 0.5. When the curve is exactly 0.5 there (within
 * 2<sup>-26</sup>, R's tolerance) and drops below 0.5 later, the median is the midpoint between that
 * time and the time of the next drop: for the curve that is 0.5 on [32, 34) it is 33, not 32
 * (lifelines would say 32). When the curve stays at exactly 0.5 to its end, it is the first time.
 * The interval limits apply the same rule to the lower and the upper confidence band: the lower limit
 * is where the lower band reaches 0.5, the upper limit where the upper band does.
 *
 * @param estimate the median, empty when the curve never reaches 0.5
 * @param lower    the lower confidence limit, empty when the lower band never reaches 0.5
 * @param upper    the upper confidence limit, empty when the upper band never reaches 0.5 (R prints NA)
 * @param level    the confidence level of the bands
 * @param type     the interval type of the bands
 */
public record MedianSurvival(OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper, double level,
                             ConfidenceIntervalType type) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %s (%s %s CI %s to %s)", text(estimate), Format.level(level),
                type == ConfidenceIntervalType.LOG ? "log" : "log-log", text(lower), text(upper));
    }

    private static String text(OptionalDouble v) {
        return v.isPresent() ? Format.number(v.getAsDouble()) : "NA";
    }
}
