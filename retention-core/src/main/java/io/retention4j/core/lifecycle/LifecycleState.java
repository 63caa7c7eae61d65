package io.retention4j.core.lifecycle;

/**
 * The lifecycle state of a customer with at least one purchase, as of an instant. The rules, applied
 * in this order on the as-of day d (a calendar day in the {@link Lifecycle}'s zone), with the
 * {@link DormancyPolicy}'s level L on day d:
 * <ol>
 *   <li>L is {@link DormancyLevel#CHURNED}, {@link DormancyLevel#DORMANT} or
 *       {@link DormancyLevel#AT_RISK}: the state of that name (inactivity comes first: a customer
 *       slipping away is flagged even if new or just reactivated);</li>
 *   <li>{@link #REACTIVATED}: some purchase day r with {@code d - r < reactivationDays} was a
 *       reactivation (on day r, before that purchase, the level was DORMANT or CHURNED);</li>
 *   <li>{@link #NEW}: the first purchase day f has {@code d - f < newCustomerDays};</li>
 *   <li>otherwise {@link #ACTIVE}.</li>
 * </ol>
 */
public enum LifecycleState {
    /**
     * First purchase fewer than {@code newCustomerDays} calendar days ago (as-of day minus first
     * purchase day), not at risk, dormant or churned, and not reactivated.
     */
    NEW,
    /** Level {@link DormancyLevel#ACTIVE} and neither new nor reactivated. */
    ACTIVE,
    /** The policy's level is {@link DormancyLevel#AT_RISK}: inactive long enough to watch. */
    AT_RISK,
    /** The policy's level is {@link DormancyLevel#DORMANT}: asleep; a win-back target. */
    DORMANT,
    /** The policy's level is {@link DormancyLevel#CHURNED}: presumed gone. */
    CHURNED,
    /**
     * Level {@link DormancyLevel#ACTIVE} again after a purchase that ended dormancy: a purchase on a
     * day when, just before it, the level was DORMANT or CHURNED, fewer than
     * {@code reactivationDays} calendar days ago. An at-risk customer who buys again is ACTIVE, not
     * reactivated.
     */
    REACTIVATED;

    private static final LifecycleState[] VALUES = values();

    static LifecycleState of(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * Whether this is DORMANT or CHURNED: the states a win-back campaign targets and a dormancy spell
     * consists of.
     *
     * @return true for {@link #DORMANT} and {@link #CHURNED}
     */
    public boolean isDormant() {
        return this == DORMANT || this == CHURNED;
    }
}
