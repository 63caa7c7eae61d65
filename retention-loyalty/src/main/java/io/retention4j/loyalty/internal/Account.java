package io.retention4j.loyalty.internal;

import io.retention4j.loyalty.ledger.Allocation;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One customer's state as the fold of their journal: lots, debt, enrolment, tier, marks. Not
 * thread-safe: the engine serializes access per customer. {@link #apply} is the only mutator, so
 * the live state and a replay of the journal from scratch are the same by construction.
 */
public final class Account {
    private final String customerId;
    private final ArrayList<LedgerEntry> journal = new ArrayList<>();
    private final ArrayList<MutableLot> lots = new ArrayList<>();
    /** Marks recorded; allocated at the first one (most customers have none). */
    private Set<String> marks;
    /** Purchase amounts by order id, and what refunds gave back of them. */
    /** Amount refunded per order key; allocated at the first refund (most customers have none). */
    private HashMap<String, BigDecimal> refunded;
    private long debt;
    private Instant enrolledAt;
    private Map<String, String> attributes = Map.of();
    private Instant lastActivity;
    private String tier;
    private String tierFloor;
    /** The instant up to which releases, expiries and reviews have been applied. */
    private Instant settledUntil;
    /** No lot is released or expires before this (null: none ever will); may be early, never late. */
    private Instant dueLowerBound;
    /** Cache of the engine's tier rules: the first review taking effect after settledUntil, or null if unknown. */
    private Instant nextTierReview;

    /**
     * An empty account.
     *
     * @param customerId the customer
     */
    public Account(String customerId) {
        this.customerId = customerId;
    }

    /**
     * Rebuilds an account from a journal.
     *
     * @param customerId the customer
     * @param entries    the journal in seq order
     * @param until      apply entries with {@code at <= until} only (time travel); null for all
     * @return the folded account
     */
    public static Account replay(String customerId, List<LedgerEntry> entries, Instant until) {
        Account account = new Account(customerId);
        for (LedgerEntry entry : entries) {
            if (until != null && entry.at().isAfter(until)) {
                break;
            }
            account.apply(entry);
        }
        return account;
    }

    /**
     * Folds one entry into the state and appends it to the journal.
     *
     * @param entry the next entry; its seq must be the journal size
     */
    public void apply(LedgerEntry entry) {
        if (entry.seq() != journal.size()) {
            throw new IllegalStateException("entry " + entry.seq() + " applied to '" + customerId + "' at position "
                    + journal.size());
        }
        journal.add(entry);
        if (entry.opensLot()) {
            MutableLot lot = new MutableLot(entry);
            lots.add(lot);
            dueLowerBound = earliest(dueLowerBound, earliest(lot.availableAt, lot.expiresAt));
        }
        switch (entry.type()) {
            case RELEASE -> lot(entry.allocations().get(0).lotId()).pending = false;
            case REDEEM, TRANSFER_OUT, ADJUST -> entry.allocations().forEach(a -> lot(a.lotId()).spent += a.points());
            case EXPIRE -> entry.allocations().forEach(a -> lot(a.lotId()).expired += a.points());
            case REVERSE -> {
                entry.allocations().forEach(a -> lot(a.lotId()).reversed += a.points());
                debt += entry.debt();
            }
            case ENROL -> {
                enrolledAt = entry.at();
                attributes = entry.attributes();
            }
            case TIER -> {
                if ("floor".equals(entry.note())) {
                    tierFloor = entry.rule();
                } else {
                    tier = entry.rule();
                }
            }
            case MARK -> {
                if (marks == null) {
                    marks = new HashSet<>();
                }
                marks.add(entry.rule());
            }
            case REFUND -> {
                if (refunded == null) {
                    refunded = new HashMap<>();
                }
                refunded.merge(entry.source(), entry.amount().negate(), BigDecimal::add);
            }
            default -> {
            }
        }
        if (isActivity(entry)) {
            lastActivity = entry.at();
        }
        if (settledUntil == null || entry.at().isAfter(settledUntil)) {
            settledUntil = entry.at();
        }
        for (Allocation a : entry.allocations()) {
            MutableLot lot = lot(a.lotId());
            if (lot.remaining() < 0) {
                throw new IllegalStateException("entry " + entry + " overdraws lot " + a.lotId() + " of '" + customerId + "'");
            }
        }
    }

    /**
     * Activity that extends rolling expiry: purchases, refunds, events, redemptions, transfers, earning
     * (every entry that opens a lot, so a credit is never born expired).
     */
    private static boolean isActivity(LedgerEntry entry) {
        EntryType type = entry.type();
        return entry.opensLot() || type == EntryType.PURCHASE || type == EntryType.REFUND || type == EntryType.EVENT
                || type == EntryType.REDEEM || type == EntryType.TRANSFER_IN || type == EntryType.TRANSFER_OUT
                || type == EntryType.ENROL;
    }

    /** The lot with an id: lots are in id (journal) order, so a binary search finds it. */
    private MutableLot lot(long id) {
        int lo = 0;
        int hi = lots.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long midId = lots.get(mid).id;
            if (midId < id) {
                lo = mid + 1;
            } else if (midId > id) {
                hi = mid - 1;
            } else {
                return lots.get(mid);
            }
        }
        throw new IllegalStateException("customer '" + customerId + "' has no lot " + id);
    }

    /** @return the customer id */
    public String customerId() {
        return customerId;
    }

    /** @return the journal (read-only view) */
    public List<LedgerEntry> journal() {
        return Collections.unmodifiableList(journal);
    }

    /** @return the number of journal entries, the seq of the next one */
    public int size() {
        return journal.size();
    }

    /** @return every lot, in opening order (live objects: read only) */
    public List<MutableLot> lots() {
        return Collections.unmodifiableList(lots);
    }

    /** @return the lot with an id */
    public MutableLot lotById(long id) {
        return lot(id);
    }

    /** @return outstanding refund debt, non-negative */
    public long debt() {
        return debt;
    }

    /** @return the sum of remaining points over released lots minus the debt */
    public long available() {
        long sum = -debt;
        for (MutableLot lot : lots) {
            if (!lot.pending) {
                sum += lot.remaining();
            }
        }
        return sum;
    }

    /** @return the sum of remaining points over pending lots */
    public long pending() {
        long sum = 0;
        for (MutableLot lot : lots) {
            if (lot.pending) {
                sum += lot.remaining();
            }
        }
        return sum;
    }

    /** @return whether the customer is enrolled */
    public boolean enrolled() {
        return enrolledAt != null;
    }

    /** @return the enrolment instant, or null */
    public Instant enrolledAt() {
        return enrolledAt;
    }

    /** @return enrolment attributes */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** @return the last activity instant, or null */
    public Instant lastActivity() {
        return lastActivity;
    }

    /** @return the current tier id, or null for the base tier */
    public String tier() {
        return tier;
    }

    /** @return the manual tier floor, or null */
    public String tierFloor() {
        return tierFloor;
    }

    /** @return whether a mark was recorded */
    public boolean hasMark(String mark) {
        return marks != null && marks.contains(mark);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /**
     * No lot is released or expires before this instant: housekeeping can skip the lots until then.
     *
     * @return a lower bound of the next release or expiry, or null when no lot will ever fall due
     */
    public Instant dueLowerBound() {
        return dueLowerBound;
    }

    /**
     * Tightens the bound after a scan of every lot.
     *
     * @param exact the next release or expiry of a lot with points left, or null for none
     */
    public void dueLowerBound(Instant exact) {
        dueLowerBound = exact;
    }

    /**
     * A cache for the tier rules: the first tier review taking effect after {@link #settledUntil()}.
     *
     * @return the instant, or null when not computed
     */
    public Instant nextTierReview() {
        return nextTierReview;
    }

    /**
     * Sets the tier-review cache.
     *
     * @param at the first review taking effect after the settled instant, or null to forget
     */
    public void nextTierReview(Instant at) {
        nextTierReview = at;
    }

    /** @return the instant up to which housekeeping has been applied, or null for an empty account */
    public Instant settledUntil() {
        return settledUntil;
    }

    /**
     * Records that housekeeping ran up to an instant without writing anything.
     *
     * @param until the instant
     */
    public void settledUntil(Instant until) {
        if (settledUntil == null || until.isAfter(settledUntil)) {
            settledUntil = until;
        }
    }

    /**
     * The points of a lot that refunds of the purchase that earned it took back, wherever they were
     * taken from (the lot itself, other lots, or a debt): {@code floor(points * refunded / amount)}
     * for an EARN or PENDING lot of a purchase, 0 for any other lot. Unlike {@link MutableLot#reversed},
     * it does not count claw-backs and debt payments that merely drew from the lot.
     *
     * @param lot a lot of this account
     * @return the lot's refunded share, between 0 and its points
     */
    public long refundedShare(MutableLot lot) {
        if (lot.type != EntryType.EARN && lot.type != EntryType.PENDING) {
            return 0;
        }
        BigDecimal back = refunded == null ? null : refunded.get(lot.key);
        if (back == null) {
            return 0;
        }
        BigDecimal amount = purchaseAmount(lot.key);
        if (amount == null || amount.signum() == 0) {
            return 0;
        }
        return BigDecimal.valueOf(lot.points).multiply(back).divide(amount, 0, RoundingMode.FLOOR).longValueExact();
    }

    /** The amount of the purchase with an order key (refunds are rare: a scan is fine), or null. */
    private BigDecimal purchaseAmount(String orderKey) {
        for (LedgerEntry e : journal) {
            if (e.type() == EntryType.PURCHASE && e.key().equals(orderKey)) {
                return e.amount();
            }
        }
        return null;
    }
}
