package io.retention4j.core.lifecycle;

/**
 * Grades how inactive a customer is on a day, from their purchase days so far: the pluggable part
 * of a {@link Lifecycle}. Built in: {@link FixedInactivityPolicy} (no purchase for so many days),
 * {@link OwnCadencePolicy} (inactive for more than k times the customer's own median gap) and the
 * model-based {@link AliveProbabilityPolicy} and {@link NoPurchasePolicy} (through an
 * {@link AliveProbability}).
 *
 * <p>Contract, which the lifecycle relies on:
 * <ul>
 *   <li>{@link #level} is a function of the history and the day only (no clock, no state), called
 *       with {@code day >= history.lastDay()};</li>
 *   <li>without a new purchase, the level never improves: for a fixed history it is non-decreasing
 *       in severity as the day grows. The exact replay of {@link Lifecycle#replay} uses this to find
 *       the day a level starts instead of asking day by day;</li>
 *   <li>{@link #explain} names the rule and the numbers behind {@code level(history, day)}.</li>
 * </ul>
 * Implementations must be immutable and thread-safe: the lifecycle calls them from several threads
 * at once on large logs.
 */
public interface DormancyPolicy {
    /** The answer of {@link #firstDayAtLevel} when the level is not reached by the limit. */
    long NEVER = Long.MAX_VALUE;

    /**
     * The level on a day.
     *
     * @param history the customer's purchase days up to the day (a view; do not keep it)
     * @param day     a local epoch day, {@code >= history.lastDay()}
     * @return the level
     */
    DormancyLevel level(PurchaseHistory history, long day);

    /**
     * Why {@link #level} gives what it gives, with the rule and the numbers, for example
     * "no purchase for 97 days &gt;= dormant threshold 90 days (fixed inactivity)".
     *
     * @param history the customer's purchase days up to the day
     * @param day     a local epoch day, {@code >= history.lastDay()}
     * @return one line of text
     */
    String explain(PurchaseHistory history, long day);

    /**
     * The first day in {@code history.lastDay() .. limitDay} on which the level is at least
     * {@code level}, assuming no further purchase. The default searches by bisection over
     * {@link #level}, which the monotonicity of the contract makes exact; policies with a closed
     * form override it.
     *
     * @param history  the customer's purchase days
     * @param level    the level sought
     * @param limitDay the last day of interest
     * @return the day, or {@link #NEVER} when the level is not reached by {@code limitDay}
     */
    default long firstDayAtLevel(PurchaseHistory history, DormancyLevel level, long limitDay) {
        long lo = history.lastDay();
        if (limitDay < lo) {
            return NEVER;
        }
        if (level(history, lo).atLeast(level)) {
            return lo;
        }
        if (!level(history, limitDay).atLeast(level)) {
            return NEVER;
        }
        long hi = limitDay;   // invariant: level(lo) below, level(hi) at least
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (level(history, mid).atLeast(level)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
