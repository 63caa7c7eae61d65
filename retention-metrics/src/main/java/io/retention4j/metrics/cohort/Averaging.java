package io.retention4j.metrics.cohort;

import java.util.Objects;

/**
 * How one column of retention rates is averaged across cohorts. For cohort {@code i} with size
 * {@code n_i} and {@code r_i} returned members in the column (rate {@code p_i = r_i / n_i}):
 *
 * <ul>
 *   <li>{@link #POOLED}: {@code sum r_i / sum n_i}, every member counts once;</li>
 *   <li>{@link #MEAN_OF_RATES}: {@code (1/m) sum p_i} over the {@code m} cohorts with {@code n_i > 0},
 *       every cohort counts once;</li>
 *   <li>{@link #MIXPANEL}: {@code sum n_i r_i / sum n_i^2}, rates weighted by the squared size.</li>
 * </ul>
 *
 * <p>Example (the issue's): cohorts of 1000 and 500 members with 500 and 400 returned give 0.60,
 * 0.65 and 0.56. Cohort tables average only complete cells (periods that have ended).
 */
public enum Averaging {
    /**
     * Pooled: {@code sum r_i / sum n_i}, the share of all members who returned. Equal to the mean of
     * rates weighted by size, {@code sum n_i p_i / sum n_i}. NaN when {@code sum n_i = 0}.
     */
    POOLED,
    /**
     * Simple mean of rates: {@code (1/m) sum p_i} over the {@code m} cohorts with {@code n_i > 0}
     * (empty cohorts have no rate). NaN when {@code m = 0}.
     */
    MEAN_OF_RATES,
    /**
     * Mixpanel's weighted average as worked in its documentation example: each cohort gets the
     * weight {@code w_i = n_i / max_j n_j}, and the average is weighted returns over weighted sizes,
     * {@code sum w_i r_i / sum w_i n_i}. The maximum cancels, leaving
     * {@code sum n_i r_i / sum n_i^2 = sum n_i^2 p_i / sum n_i^2}: rates weighted by squared size,
     * which leans further toward large cohorts than {@link #POOLED}. For sizes (1000, 500) and returns
     * (500, 400): weights 1 and 0.5, (500 + 200) / (1000 + 250) = 0.56. NaN when {@code sum n_i = 0}.
     */
    MIXPANEL;

    /**
     * The average of one column over the given cohorts.
     *
     * @param sizes    cohort sizes {@code n_i >= 0}
     * @param returned returned members {@code 0 <= r_i <= n_i}, one per cohort
     * @return the average in [0, 1]; NaN when no cohort has a member (see each constant)
     * @throws IllegalArgumentException when the arrays differ in length or a pair is out of range,
     *                                  naming its position
     */
    public double average(long[] sizes, long[] returned) {
        Objects.requireNonNull(sizes, "sizes must not be null");
        Objects.requireNonNull(returned, "returned must not be null");
        if (sizes.length != returned.length) {
            throw new IllegalArgumentException("one returned count per size expected: " + sizes.length + " sizes, "
                    + returned.length + " returned counts");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 0 || returned[i] < 0 || returned[i] > sizes[i]) {
                throw new IllegalArgumentException("cohort " + i + ": need 0 <= returned <= size, got returned "
                        + returned[i] + " of size " + sizes[i]);
            }
        }
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < sizes.length; i++) {
            double n = sizes[i];
            double r = returned[i];
            switch (this) {
                case POOLED:
                    numerator += r;
                    denominator += n;
                    break;
                case MEAN_OF_RATES:
                    if (n > 0) {
                        numerator += r / n;
                        denominator += 1;
                    }
                    break;
                default:
                    numerator += n * r;
                    denominator += n * n;
                    break;
            }
        }
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
