package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import java.time.Instant;

/**
 * One customer's lifecycle state as of an instant, with the reason.
 *
 * @param customerId             the customer
 * @param state                  the state (see {@link LifecycleState} for the rules)
 * @param asOf                   the instant; purchases after it were ignored
 * @param purchaseDays           distinct purchase days (calendar days in the lifecycle's zone) by
 *                               {@code asOf}, at least 1
 * @param daysSinceFirstPurchase as-of day minus first purchase day, in calendar days
 * @param daysSinceLastPurchase  as-of day minus last purchase day, in calendar days (0 when the last
 *                               purchase was on the as-of day)
 * @param reason                 the rule and the numbers behind the state, for example "no purchase
 *                               for 97 days &gt;= dormant threshold 90 days (fixed inactivity)"
 */
public record CustomerState(String customerId, LifecycleState state, Instant asOf, int purchaseDays,
                            long daysSinceFirstPurchase, long daysSinceLastPurchase, String reason) {
    /**
     * Validates the fields.
     *
     * @param customerId             the customer, non-blank
     * @param state                  the state, not null
     * @param asOf                   the instant, not null
     * @param purchaseDays           {@code >= 1}
     * @param daysSinceFirstPurchase {@code >= daysSinceLastPurchase}
     * @param daysSinceLastPurchase  {@code >= 0}
     * @param reason                 not null
     */
    public CustomerState {
        Checks.notBlank("customerId", customerId);
        Checks.notNull("state", state);
        Checks.notNull("asOf", asOf);
        Checks.notNull("reason", reason);
        Checks.positive("purchaseDays", purchaseDays);
        if (daysSinceLastPurchase < 0 || daysSinceFirstPurchase < daysSinceLastPurchase) {
            throw new IllegalArgumentException("need 0 <= daysSinceLastPurchase <= daysSinceFirstPurchase, got "
                    + daysSinceLastPurchase + " and " + daysSinceFirstPurchase + " for customer '" + customerId + "'");
        }
    }

    @Override
    public String toString() {
        return customerId + " " + state + " as of " + asOf + ": " + reason;
    }
}
