package io.retention4j.loyalty.internal;

import io.retention4j.loyalty.ledger.Allocation;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.AbstractList;
import java.util.RandomAccess;
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
    private static final long NONE = Long.MIN_VALUE; // no Instant has this epoch second
    private final String customerId;
    // Layout, for the collector: a command stores its new objects into accounts that live in the
    // old generation, and G1 must scan every card such a store dirties (concurrently on another
    // core, or in the next pause). So the journal and the lots share one sequence of items (the
    // entry, or for an entry that opens a lot, the lot, which holds its entry; lotAt lists the lots'
    // positions), instants are kept as epoch second and nanosecond (also compared without reading
    // another object), and the items of the accounts an engine caches live in the engine's arena
    // shared by all customers, where a command's items land next to the previous command's and
    // this account keeps only their slot numbers (in the columns, a primitive array the collector
    // never scans). Accounts rebuilt for a query keep their items in a local array.
    private Object[] items;
    private final AppendArena<Object> arena; // a position's slot in it is in the columns
    /** Arena slots of the account this one replaced, reused for the same positions; null once used up. */
    private int[] inherited;
    private int size;
    private int[] lotAt = new int[4];
    private int lotCount;
    private final JournalColumns columns = new JournalColumns();
    private final List<LedgerEntry> journalView = new JournalView();
    private final List<MutableLot> lotsView = new LotsView();
    /** Marks recorded; allocated at the first one (most customers have none). */
    private Set<String> marks;
    /** Amount refunded per order key; allocated at the first refund (most customers have none). */
    private HashMap<String, BigDecimal> refunded;
    private long debt;
    private Instant enrolledAt;
    private Map<String, String> attributes = Map.of();
    private long activitySecond = NONE;
    private int activityNano;
    private String tier;
    private String tierFloor;
    /** The instant up to which releases, expiries and reviews have been applied (NONE: empty). */
    private long settledSecond = NONE;
    private int settledNano;
    /** No lot is released or expires before this (NONE: none ever will); may be early, never late. */
    private long dueSecond = NONE;
    private int dueNano;
    /** Cache of the engine's tier rules: the first review taking effect after settledUntil (NONE: unknown). */
    private long reviewSecond = NONE;
    private int reviewNano;

    /**
     * An empty account.
     *
     * @param customerId the customer
     */
    public Account(String customerId) {
        this.customerId = customerId;
        this.arena = null;
        this.items = new Object[8];
    }

    private Account(String customerId, AppendArena<Object> arena, Account replaced) {
        this.customerId = customerId;
        this.arena = arena;
        if (replaced != null && replaced.arena == arena) {
            // the replaced account is dropped: its slots are reused, so replacing leaks nothing
            int[] owned = replaced.inherited == null ? new int[replaced.size]
                    : java.util.Arrays.copyOf(replaced.inherited, Math.max(replaced.size, replaced.inherited.length));
            for (int i = 0; i < replaced.size; i++) {
                owned[i] = replaced.columns.slot(i);
            }
            inherited = owned.length == 0 ? null : owned;
        }
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
        return fold(new Account(customerId), entries, until);
    }

    /**
     * Rebuilds an account from a journal, keeping its items in a shared arena; for the accounts an
     * engine caches.
     *
     * @param customerId the customer
     * @param entries    the journal in seq order
     * @param arena      the engine's arena
     * @param replaced   the account this one replaces, which must not be used afterwards (its arena
     *                   slots are reused), or null
     * @return the folded account
     */
    public static Account replay(String customerId, List<LedgerEntry> entries, AppendArena<Object> arena,
                                 Account replaced) {
        return fold(new Account(customerId, arena, replaced), entries, null);
    }

    /**
     * The account as it was after its first {@code entries} entries (to undo a command that failed),
     * kept where this one is kept; this account must not be used afterwards.
     *
     * @param entries the number of entries to keep
     * @return the rebuilt account
     */
    public Account rolledBackTo(int entries) {
        List<LedgerEntry> prefix = List.copyOf(journalView.subList(0, entries));
        return arena == null ? replay(customerId, prefix, null) : replay(customerId, prefix, arena, this);
    }

    private static Account fold(Account account, List<LedgerEntry> entries, Instant until) {
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
        if (entry.seq() != size) {
            throw new IllegalStateException("entry " + entry.seq() + " applied to '" + customerId + "' at position "
                    + size);
        }
        columns.add(entry);
        if (entry.opensLot()) {
            MutableLot lot = new MutableLot(entry);
            store(lot);
            if (lotCount == lotAt.length) {
                lotAt = java.util.Arrays.copyOf(lotAt, lotCount * 2); // doubling: see JournalColumns
            }
            lotAt[lotCount++] = size;
            Instant due = earliest(lot.availableAt, lot.expiresAt);
            if (due != null && (dueSecond == NONE || JournalColumns.compare(dueSecond, dueNano, due) > 0)) {
                dueLowerBound(due);
            }
        } else {
            store(entry);
        }
        size++;
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
            activitySecond = entry.at().getEpochSecond();
            activityNano = entry.at().getNano();
        }
        settledUntil(entry.at());
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
        int hi = lotCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long midId = lotAt[mid]; // a lot's id is its opening entry's seq, its position
            if (midId < id) {
                lo = mid + 1;
            } else if (midId > id) {
                hi = mid - 1;
            } else {
                return (MutableLot) item(lotAt[mid]);
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
        return journalView;
    }

    /** @return the number of journal entries, the seq of the next one */
    public int size() {
        return size;
    }

    /** @return every lot, in opening order (live objects: read only) */
    public List<MutableLot> lots() {
        return lotsView;
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
        for (int i = 0; i < lotCount; i++) {
            MutableLot lot = (MutableLot) item(lotAt[i]);
            if (!lot.pending) {
                sum += lot.remaining();
            }
        }
        return sum;
    }

    /** @return the sum of remaining points over pending lots */
    public long pending() {
        long sum = 0;
        for (int i = 0; i < lotCount; i++) {
            MutableLot lot = (MutableLot) item(lotAt[i]);
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
        return instant(activitySecond, activityNano);
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
        return instant(dueSecond, dueNano);
    }

    /**
     * Tightens the bound after a scan of every lot.
     *
     * @param exact the next release or expiry of a lot with points left, or null for none
     */
    public void dueLowerBound(Instant exact) {
        dueSecond = exact == null ? NONE : exact.getEpochSecond();
        dueNano = exact == null ? 0 : exact.getNano();
    }

    /**
     * Whether no lot is due at or before {@code until}, from the primitive copy of the lower bound.
     *
     * @param until an instant
     * @return dueLowerBound &gt; until, or true when nothing is ever due
     */
    public boolean nothingDueBy(Instant until) {
        return dueSecond == NONE || JournalColumns.compare(dueSecond, dueNano, until) > 0;
    }

    /**
     * A cache for the tier rules: the first tier review taking effect after {@link #settledUntil()}.
     *
     * @return the instant, or null when not computed
     */
    public Instant nextTierReview() {
        return instant(reviewSecond, reviewNano);
    }

    /**
     * Sets the tier-review cache.
     *
     * @param at the first review taking effect after the settled instant, or null to forget
     */
    public void nextTierReview(Instant at) {
        reviewSecond = at == null ? NONE : at.getEpochSecond();
        reviewNano = at == null ? 0 : at.getNano();
    }

    /**
     * Whether the cached next tier review is known and takes effect after {@code until}.
     *
     * @param until an instant
     * @return nextTierReview != null and nextTierReview &gt; until
     */
    public boolean tierReviewAfter(Instant until) {
        return reviewSecond != NONE && JournalColumns.compare(reviewSecond, reviewNano, until) > 0;
    }

    /** @return the instant up to which housekeeping has been applied, or null for an empty account */
    public Instant settledUntil() {
        return instant(settledSecond, settledNano);
    }

    /**
     * Records that housekeeping ran up to an instant without writing anything.
     *
     * @param until the instant
     */
    public void settledUntil(Instant until) {
        if (settledSecond == NONE || JournalColumns.compare(settledSecond, settledNano, until) < 0) {
            settledSecond = until.getEpochSecond();
            settledNano = until.getNano();
        }
    }

    /**
     * Whether the state is settled past {@code at}, compared without reading the settled instant
     * (an object elsewhere in the heap).
     *
     * @param at an instant
     * @return settledUntil &gt; at; false when never settled
     */
    public boolean settledAfter(Instant at) {
        return settledSecond != NONE && JournalColumns.compare(settledSecond, settledNano, at) > 0;
    }

    /**
     * Whether the last entry happened after {@code at}.
     *
     * @param at an instant
     * @return false for an empty journal
     */
    public boolean lastAfter(Instant at) {
        int last = columns.size() - 1;
        return last >= 0 && columns.isAfter(last, at);
    }

    /**
     * The instant of the last entry.
     *
     * @return its instant
     * @throws IndexOutOfBoundsException when the journal is empty
     */
    public Instant lastAt() {
        return journalView.get(size - 1).at();
    }

    /**
     * The journal's instants, types and compact amounts in primitive columns.
     *
     * @return the columns, read-only for callers
     */
    public JournalColumns columns() {
        return columns;
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
        for (LedgerEntry e : journalView) {
            if (e.type() == EntryType.PURCHASE && e.key().equals(orderKey)) {
                return e.amount();
            }
        }
        return null;
    }

    private Object item(int position) {
        return arena == null ? items[position] : arena.get(columns.slot(position));
    }

    /** Stores the item at position {@code size}. */
    private void store(Object item) {
        if (arena == null) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, 2 * size);
            }
            items[size] = item;
            return;
        }
        int slot;
        if (inherited != null) {
            slot = inherited[size];
            if (size == inherited.length - 1) {
                inherited = null;
            }
        } else {
            slot = arena.reserve(1);
        }
        columns.slot(size, slot);
        arena.set(slot, item);
    }

    private static Instant instant(long second, int nano) {
        return second == NONE ? null : Instant.ofEpochSecond(second, nano);
    }

    /** The journal, read-only and live, unwrapping the lots back to their opening entries. */
    private final class JournalView extends AbstractList<LedgerEntry> implements RandomAccess {
        @Override
        public LedgerEntry get(int index) {
            java.util.Objects.checkIndex(index, size);
            Object item = item(index);
            return item instanceof MutableLot lot ? lot.opening : (LedgerEntry) item;
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The lots in id order, read-only and live. */
    private final class LotsView extends AbstractList<MutableLot> implements RandomAccess {
        @Override
        public MutableLot get(int index) {
            java.util.Objects.checkIndex(index, lotCount);
            return (MutableLot) item(lotAt[index]);
        }

        @Override
        public int size() {
            return lotCount;
        }
    }
}
