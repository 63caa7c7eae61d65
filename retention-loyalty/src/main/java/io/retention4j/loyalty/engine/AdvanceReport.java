package io.retention4j.loyalty.engine;

import java.time.Instant;

/**
 * What {@link LoyaltyEngine#advanceTo} did.
 *
 * @param until      the instant time was advanced to
 * @param customers  customers visited
 * @param changed    customers whose journal got entries
 * @param entries    entries written
 * @param actions    actions emitted
 */
public record AdvanceReport(Instant until, long customers, long changed, long entries, long actions) {
    @Override
    public String toString() {
        return "advanced to " + until + ": " + customers + " customers, " + changed + " changed, " + entries
                + " entries, " + actions + " actions";
    }
}
