package io.retention4j.loyalty.internal;

import io.retention4j.loyalty.ledger.LedgerEntry;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A part of the program the engine runs inside its commands: goals, referrals, campaign triggers.
 * Called under the locks of the customers the command touches; everything written through
 * {@link Effects} commits atomically with the command (or the advance) that caused it, so an
 * extension's effects are exactly as durable and idempotent as the command's. Implementations must
 * be deterministic functions of the journals and the instants they are given (never the wall
 * clock), so replaying a journal gives the same state.
 */
public interface Extension {
    /**
     * Customers besides {@code customerId} that an activity of this customer may write to (the
     * referrer of a referred friend). Called before locking.
     *
     * @param customerId the customer the command is about
     * @param attributes the customer's enrolment attributes (for an enrolment, the new ones); empty when unknown
     * @return further customer ids to lock, empty for none
     */
    default Set<String> alsoTouches(String customerId, Map<String, String> attributes) {
        return Set.of();
    }

    /**
     * Reacts to an activity just written: ENROL, PURCHASE, REFUND or EVENT.
     *
     * @param effects  what the extension may do
     * @param account  the customer's account, the activity applied
     * @param activity the activity entry
     */
    default void afterActivity(Effects effects, Account account, LedgerEntry activity) {
    }

    /**
     * Lets time pass for a customer: fires what falls due in (from, until]. Called before every
     * command on the customer and by {@code advanceTo}, after releases, expiries and tier reviews.
     *
     * @param effects what the extension may do
     * @param account the customer's account
     * @param from    the instant the customer was last brought up to (exclusive)
     * @param until   the instant to bring them up to (inclusive)
     */
    default void housekeep(Effects effects, Account account, Instant from, Instant until) {
    }
}
