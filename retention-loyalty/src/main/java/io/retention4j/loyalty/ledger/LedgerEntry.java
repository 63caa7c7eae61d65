package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable line of a customer's journal. Entries are only ever appended; a customer's balance,
 * lots, tier and trigger history are folds of the journal up to an instant.
 *
 * <p>A lot is identified by the {@code seq} of the entry that opened it. Points entries that open a
 * lot ({@link EntryType#opensLot()}, or a positive ADJUST) carry the lot's points (positive),
 * expiry and release instant; debits (REDEEM, EXPIRE, REVERSE, TRANSFER_OUT, negative ADJUST) carry
 * negative points equal to minus the sum of their allocations; RELEASE carries 0 points and one
 * allocation naming the lot it releases (with the points released).
 *
 * @param seq         position in the customer's journal, from 0; also the id of the lot it opens
 * @param customerId  the customer
 * @param type        the kind
 * @param points      the signed change of the customer's points; 0 for record entries and RELEASE
 * @param at          when it takes effect; a journal is ordered by {@code at} (ties keep append order)
 * @param key         the idempotency key of the command that wrote it; releases and expiries the
 *                    engine writes as time passes carry {@code housekeeping:release} and
 *                    {@code housekeeping:expiry}
 * @param rule        the earn rule, reward, tier, goal or trigger behind it; null when none
 * @param source      what it was about: the order or event id, the other customer of a transfer, the reason; null when none
 * @param expiresAt   for a lot: when it expires, null for never (and for rolling expiry)
 * @param availableAt for a pending lot: when it is released unless confirmed earlier; else null
 * @param amount      PURCHASE and REFUND: the money amount (refunds negative); REDEEM: units redeemed; else null
 * @param note        a human note (caps applied, unrecovered points, ...); null when none
 * @param debt        REVERSE only: the change of the customer's debt, positive when a refund could not be
 *                    covered and the program allows a negative balance, negative when a later credit pays
 *                    debt back; 0 otherwise
 * @param allocations for debits and RELEASE: the lots drawn from; else empty
 * @param attributes  ENROL: customer attributes (birthday, email, referral code, ...); else empty
 */
public record LedgerEntry(long seq, String customerId, EntryType type, long points, Instant at, String key, String rule,
                          String source, Instant expiresAt, Instant availableAt, BigDecimal amount, String note,
                          long debt, List<Allocation> allocations, Map<String, String> attributes) {
    /**
     * Validates the shape of the entry.
     *
     * @param seq         non-negative
     * @param customerId  non-blank
     * @param type        not null
     * @param points      sign consistent with the type
     * @param at          not null
     * @param key         non-blank
     * @param rule        null or non-blank
     * @param source      null or non-blank
     * @param expiresAt   null unless the entry opens a lot
     * @param availableAt non-null exactly for PENDING
     * @param amount      amount or null
     * @param note        note or null
     * @param debt        non-zero only for REVERSE
     * @param allocations null means none; sum must equal minus points for debits
     * @param attributes  null means none
     */
    public LedgerEntry {
        Require.nonNegative("entry.seq", seq);
        Require.notBlank("entry.customerId", customerId);
        Require.notNull("entry.type", type);
        Require.notNull("entry.at", at);
        Require.notBlank("entry.key", key);
        Require.nullOrNotBlank("entry.rule", rule);
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        boolean opens = opensLot(type, points);
        if (opens && points <= 0) {
            throw invalid(seq, type, customerId, "a lot needs positive points, got " + points);
        }
        if (!opens && expiresAt != null) {
            throw invalid(seq, type, customerId, "expiresAt is only for entries that open a lot");
        }
        if ((type == EntryType.PENDING) != (availableAt != null)) {
            throw invalid(seq, type, customerId, "availableAt is required for PENDING and only for PENDING");
        }
        long drawn = 0;
        for (Allocation a : allocations) {
            drawn += a.points();
        }
        boolean debit = type == EntryType.REDEEM || type == EntryType.EXPIRE || type == EntryType.REVERSE
                || type == EntryType.TRANSFER_OUT || (type == EntryType.ADJUST && points < 0);
        if (debt != 0 && type != EntryType.REVERSE) {
            throw invalid(seq, type, customerId, "only reversals change the debt, got debt " + debt);
        }
        if (debit && drawn + debt != -points) {
            throw invalid(seq, type, customerId, "points " + points + " must be minus the allocated " + drawn
                    + " minus the debt change " + debt);
        }
        if (type == EntryType.RELEASE && (points != 0 || allocations.size() != 1)) {
            throw invalid(seq, type, customerId, "a release moves no points and names one lot");
        }
        if (!type.isPoints() && points != 0) {
            throw invalid(seq, type, customerId, "record entries move no points, got " + points);
        }
        if (!debit && type != EntryType.RELEASE && !allocations.isEmpty()) {
            throw invalid(seq, type, customerId, "only debits and releases draw from lots");
        }
    }

    /** The exception for an entry that breaks a rule; the message is built only when one does. */
    private static IllegalArgumentException invalid(long seq, EntryType type, String customerId, String problem) {
        return new IllegalArgumentException("entry " + seq + " (" + type + ") of customer '" + customerId + "': " + problem);
    }

    /**
     * Whether an entry of this type and points opens a lot.
     *
     * @param type   the type
     * @param points the points
     * @return true for EARN, PENDING, TRANSFER_IN and positive ADJUST
     */
    public static boolean opensLot(EntryType type, long points) {
        return type.opensLot() || (type == EntryType.ADJUST && points > 0);
    }

    /** @return whether this entry opens a lot (its {@code seq} is then the lot id) */
    public boolean opensLot() {
        return opensLot(type, points);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(at).append(" #").append(seq).append(' ').append(type);
        if (type.isPoints() && type != EntryType.RELEASE) {
            s.append(' ').append(points > 0 ? "+" : "").append(points);
        }
        if (rule != null) {
            s.append(" [").append(rule).append(']');
        }
        if (source != null) {
            s.append(" for ").append(source);
        }
        if (amount != null) {
            s.append(" amount ").append(amount.toPlainString());
        }
        if (!allocations.isEmpty()) {
            s.append(" from ").append(allocations);
        }
        if (expiresAt != null) {
            s.append(", expires ").append(expiresAt);
        }
        if (availableAt != null) {
            s.append(", pending until ").append(availableAt);
        }
        if (debt != 0) {
            s.append(debt > 0 ? ", debt +" : ", debt ").append(debt);
        }
        if (note != null) {
            s.append(" (").append(note).append(')');
        }
        if (!attributes.isEmpty()) {
            s.append(' ').append(attributes);
        }
        s.append(" key=").append(key);
        return s.toString();
    }
}
