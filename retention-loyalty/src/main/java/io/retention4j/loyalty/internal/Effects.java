package io.retention4j.loyalty.internal;

import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Instant;

/**
 * What an {@link Extension} may do inside a command: read the accounts the command locked, credit
 * points, record marks (so a trigger fires once), set a tier floor, emit actions. Every write is
 * an entry of the command's commit.
 */
public interface Effects {
    /** @return the command's now */
    Instant now();

    /** @return the command's idempotency key (use it, or a key derived from it, for the entries written) */
    String key();

    /** @return the program */
    LoyaltyProgram program();

    /** @return the program's calendar */
    ProgramCalendar calendar();

    /**
     * An account the command locked.
     *
     * @param customerId a customer of the command or returned by {@link Extension#alsoTouches}
     * @return the account, or null when the customer is not enrolled
     * @throws IllegalStateException when the customer is not locked by this command
     */
    Account account(String customerId);

    /**
     * Credits points as a new lot with the program's expiry (pending for the program's pending
     * period when {@code pending}); pays refund debt first when spendable at once.
     *
     * @param account  the customer
     * @param entryKey the entry's key
     * @param at       the entry's instant (not before the journal's last entry)
     * @param points   positive
     * @param rule     the goal, referral or trigger id behind it
     * @param source   what it was about
     * @param pending  whether it waits for the pending period
     * @param note     a note or null
     */
    void credit(Account account, String entryKey, Instant at, long points, String rule, String source, boolean pending,
                String note);

    /**
     * Takes back what is left of one lot (a bonus whose cause was undone, such as a pending referral
     * reward of a refunded order): a REVERSE entry, under the lot's rule, that draws the lot's
     * remaining points. The default refuses; the engine's effects implement it.
     *
     * @param account  the customer
     * @param entryKey the entry's key
     * @param at       the entry's instant (not before the journal's last entry)
     * @param lotId    the lot (the seq of the entry that opened it)
     * @param note     why, shown in explain
     * @return the points taken back: the lot's remaining points, 0 when it had none left (nothing is written)
     */
    default long reverse(Account account, String entryKey, Instant at, long lotId, String note) {
        throw new UnsupportedOperationException("these effects cannot reverse lots");
    }

    /**
     * Records a mark (a trigger or goal that fired) so it fires once.
     *
     * @param account  the customer
     * @param entryKey the entry's key
     * @param at       the instant
     * @param mark     the mark, unique per occasion (for example {@code birthday:2026})
     * @param note     a note or null
     */
    void mark(Account account, String entryKey, Instant at, String mark, String note);

    /**
     * Raises the customer's manual tier floor to a tier (never lowers it).
     *
     * @param account the customer
     * @param tierId  the tier
     * @param reason  why
     */
    void grantTier(Account account, String tierId, String reason);

    /**
     * The id of the tier in force for the customer.
     *
     * @param account the customer
     * @return the tier id
     */
    String tierOf(Account account);

    /**
     * Emits an action (delivered to listeners after the commit).
     *
     * @param type       the name of an {@code ActionType}
     * @param customerId the customer
     * @param at         when
     * @param points     points involved, 0 for none
     * @param detail     what exactly
     */
    void emit(String type, String customerId, Instant at, long points, String detail);
}
