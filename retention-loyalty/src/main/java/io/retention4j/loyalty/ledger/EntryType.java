package io.retention4j.loyalty.ledger;

/**
 * The kinds of journal entry. Points entries move points; record entries keep the facts the engine
 * derives tiers, caps, goals and triggers from, so a customer's whole state is a fold of the journal.
 */
public enum EntryType {
    /** Points credited and spendable at once; opens a lot. */
    EARN(true, true),
    /** Points credited but not spendable until released (the returns window); opens a pending lot. */
    PENDING(true, true),
    /** A pending lot becomes spendable (on time or on confirmation); moves no points. */
    RELEASE(true, false),
    /** Points spent on a reward or at checkout; draws from lots. */
    REDEEM(true, false),
    /** Points that reached their expiry; draws from one lot. */
    EXPIRE(true, false),
    /** Points taken back by a refund or cancellation; draws from the lots that earned them (and others, by policy). */
    REVERSE(true, false),
    /** Points received from another customer; opens a lot with the expiry of the lot they came from. */
    TRANSFER_IN(true, true),
    /** Points given to another customer; draws from lots. */
    TRANSFER_OUT(true, false),
    /** A manual correction: positive opens a lot, negative draws from lots. */
    ADJUST(true, false),
    /** Enrolment: membership start, birthday and attributes. */
    ENROL(false, false),
    /** A purchase as a fact (amount, orders) for tiers and goals. */
    PURCHASE(false, false),
    /** A refund as a fact (negative amount) for tiers and goals. */
    REFUND(false, false),
    /** A customer event (review, login, ...) as a fact. */
    EVENT(false, false),
    /** A tier change or manual tier floor. */
    TIER(false, false),
    /** A trigger or goal that fired, so it fires once (birthday of a year, win-back of a spell, ...). */
    MARK(false, false);

    private final boolean points;
    private final boolean opensLot;

    EntryType(boolean points, boolean opensLot) {
        this.points = points;
        this.opensLot = opensLot;
    }

    /** @return whether this kind of entry belongs to the points ledger */
    public boolean isPoints() {
        return points;
    }

    /** @return whether every entry of this kind opens a lot (ADJUST opens one only when positive) */
    public boolean opensLot() {
        return opensLot;
    }
}
