package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.goal.GoalProgress;
import io.retention4j.loyalty.goal.GoalTracker;
import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.AppendArena;
import io.retention4j.loyalty.internal.Extension;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.internal.Require;
import io.retention4j.loyalty.ledger.Allocation;
import io.retention4j.loyalty.ledger.Balance;
import io.retention4j.loyalty.ledger.CommandReceipt;
import io.retention4j.loyalty.ledger.CommitOutcome;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.Lot;
import io.retention4j.loyalty.ledger.StockChange;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.RefundShortfall;
import io.retention4j.loyalty.program.Reward;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.referral.ReferralRewards;
import io.retention4j.loyalty.referral.ReferralSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The loyalty engine: applies commands (enrol, purchase, refund, confirm, event, redeem, transfer,
 * adjust, assign a tier) to customers' journals in a {@link LedgerStore}, and moves time forward
 * when told ({@link #advanceTo}).
 *
 * <p><b>Thread safety.</b> An engine is safe to share between threads. Commands on one customer are
 * serialized (a lock per customer; a transfer locks both customers in id order, so it cannot
 * deadlock); commands on different customers run in parallel. Every command computes its effects
 * under the lock and commits them to the store in one atomic {@link LedgerStore#commit}; if the
 * store reports that another process changed a customer meanwhile, the engine reloads the customer
 * and computes again. A debit is checked against the available points under the lock and the
 * commit is guarded by the journal size, so no interleaving can overdraw a customer.
 *
 * <p><b>Idempotency.</b> Every command carries a key (the order id of a purchase, the event id of an
 * event, a caller key otherwise). Applying a key again with the same content returns the first
 * result ({@link CommandResult#replayed()}) and writes nothing; with other content it throws
 * {@link IdempotencyConflictException}. A refused command (an exception) writes nothing and does not
 * use up its key.
 *
 * <p><b>Time.</b> "Now" is the injected {@link Clock}, but never earlier than the last entry of a
 * customer the command touches, nor than the instant {@link #advanceTo} brought that customer up to
 * (journals are in time order even if the clock steps back, and what was settled stays settled). Before
 * every command the customers it touches are brought up to now: pending points whose returns window
 * ended are released, due lots expire (entries at their due instants) and tier reviews apply.
 * {@link #advanceTo} does the same for every customer and is where time-driven actions come from;
 * nothing runs on its own.
 */
public final class LoyaltyEngine {
    private static final int MAX_ATTEMPTS = 32;

    private final LoyaltyProgram program;
    private final LedgerStore store;
    private final Clock clock;
    private final List<LoyaltyListener> listeners;
    private final boolean enrolOnFirstPurchase;
    private final ProgramCalendar calendar;
    private final LotOperations lots;
    private final TierRules tiers;
    private final PurchaseEarning earning;
    private final List<Extension> extensions;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    /** The items (entries and lots) of the cached accounts, see {@link Account}. */
    private final AppendArena<Object> cachedItems =
            new AppendArena<>("the engine caches 2^31 journal entries: use several engines over a durable store");

    /** A customer's lock and cached account (null until loaded). */
    private static final class Slot {
        // The slot's monitor is the customer's lock. Not a ReentrantLock: locking one stores the owner
        // thread into the lock object, a reference store into the old generation that G1 then has to
        // refine (a card scan on another core for every command); a monitor only changes the header.
        Account account;
        // an account dropped because the store's state is unknown: the next load reuses its arena slots
        Account retired;

        void retire() {
            if (account != null) {
                retired = account;
                account = null;
            }
        }
    }

    private LoyaltyEngine(Builder builder) {
        this.program = builder.program;
        this.store = builder.store == null ? LedgerStore.inMemory() : builder.store;
        this.clock = builder.clock;
        this.listeners = List.copyOf(builder.listeners);
        this.enrolOnFirstPurchase = builder.enrolOnFirstPurchase;
        this.calendar = new ProgramCalendar(program.zone());
        this.lots = new LotOperations(program, calendar);
        this.tiers = new TierRules(program, calendar);
        this.earning = new PurchaseEarning(program, calendar);
        this.extensions = extensionsFor(program);
    }

    /** The goal, referral and campaign parts the program switches on. */
    private static List<Extension> extensionsFor(LoyaltyProgram program) {
        List<Extension> parts = new ArrayList<>();
        if (!program.goals().isEmpty()) parts.add(new GoalTracker(program));
        if (program.referral() != null) parts.add(new ReferralRewards(program));
        if (program.campaigns().firesAny()) parts.add(new io.retention4j.loyalty.campaign.CampaignTriggers(program));
        return List.copyOf(parts);
    }

    /**
     * An engine with no listeners that requires enrolment before other commands.
     *
     * @param program the program
     * @param store   where journals live
     * @param clock   the source of "now"
     * @return the engine
     */
    public static LoyaltyEngine create(LoyaltyProgram program, LedgerStore store, Clock clock) {
        return builder(program).store(store).clock(clock).build();
    }

    /**
     * Starts an engine.
     *
     * @param program the program
     * @return a builder (in-memory store and the system UTC clock unless set)
     */
    public static Builder builder(LoyaltyProgram program) {
        return new Builder(program);
    }

    /** @return the program */
    public LoyaltyProgram program() {
        return program;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Enrols a customer; the membership starts now. The key is {@code enrol:<customerId>}.
     *
     * @param enrolment the customer and their attributes
     * @return the ENROL entry (and any sign-up points)
     * @throws IdempotencyConflictException when the customer was enrolled with other attributes
     */
    public CommandResult enrol(Enrolment enrolment) {
        String key = "enrol:" + enrolment.customerId();
        return execute(key, "enrol", enrolment.fingerprint(), List.of(enrolment.customerId()),
                enrolment.journalAttributes(), (s, accounts) -> {
            Account account = accounts.get(0);
            if (account.enrolled()) {
                throw new CommandRejectedException("customer '" + enrolment.customerId() + "' is already enrolled");
            }
            LedgerEntry enrolled = s.append(account, key, EntryType.ENROL, 0, s.now, null, null, null, null, null, null, 0,
                    null, enrolment.journalAttributes());
            afterActivity(s, account, enrolled);
        });
    }

    /**
     * Records a purchase and credits the points its earn rules give (pending for the program's
     * pending period, if any); upgrades the tier when the purchase qualifies the customer.
     *
     * @param purchase the purchase; its order id is the key
     * @return the PURCHASE record and the points entries, one per rule
     * @throws UnknownCustomerException     when the customer is not enrolled (and the engine does not enrol on first purchase)
     * @throws CommandRejectedException     when the purchase happened after now, or earns more points than a {@code long} holds
     * @throws IdempotencyConflictException when the order id was used for another command
     */
    public CommandResult purchase(Purchase purchase) {
        String key = purchase.orderId();
        return execute(key, "purchase", purchase.fingerprint(), List.of(purchase.customerId()), (s, accounts) -> {
            Account account = accounts.get(0);
            if (!account.enrolled()) {
                if (!enrolOnFirstPurchase) {
                    throw new UnknownCustomerException(key, purchase.customerId());
                }
                s.append(account, key, EntryType.ENROL, 0, s.now, null, "first purchase", null, null, null, null, 0,
                        null, null);
            }
            if (purchase.occurredAt() != null && purchase.occurredAt().isAfter(s.now)) {
                throw new CommandRejectedException("purchase '" + key + "' occurredAt " + purchase.occurredAt()
                        + " is after the engine's now " + s.now);
            }
            Tier tier = tiers.effectiveTier(account);
            LedgerEntry bought = s.append(account, key, EntryType.PURCHASE, 0, s.now, purchase.channel(), key, null, null,
                    purchase.amount(), null, 0, null, null);
            boolean pending = !program.pendingPeriod().isZero();
            creditAndReact(s, account, bought, earning.purchase(account, purchase, tier, s.now), pending);
        });
    }

    /** Credits an activity's earnings, then upgrades the tier and runs the extensions on it. */
    private void creditAndReact(Session s, Account account, LedgerEntry activity, List<PurchaseEarning.Earning> earnings,
                                boolean pending) {
        for (PurchaseEarning.Earning e : earnings) {
            lots.credit(s, account, EntryType.EARN, e.points(), e.rule(), activity.key(), pending, e.note());
        }
        tiers.upgrade(s, account);
        afterActivity(s, account, activity);
    }

    /**
     * Refunds a purchase in whole or part and reverses its points in proportion (see {@link Refund}),
     * from the lots the purchase opened. Points of those lots already spent or expired are a
     * shortfall, handled by the program's {@link RefundShortfall} policy.
     *
     * @param refund the refund; its refund id is the key
     * @return the REFUND record and the reversals
     * @throws CommandRejectedException when the customer has no such purchase or the refund exceeds what is left of it
     */
    public CommandResult refund(Refund refund) {
        String key = refund.refundId();
        return execute(key, "refund", refund.fingerprint(), List.of(refund.customerId()), (s, accounts) -> {
            Account account = enrolled(key, accounts.get(0));
            LedgerEntry purchase = null;
            BigDecimal refunded = BigDecimal.ZERO;
            for (LedgerEntry e : account.journal()) {
                if (e.type() == EntryType.PURCHASE && e.key().equals(refund.orderId())) {
                    purchase = e;
                } else if (e.type() == EntryType.REFUND && refund.orderId().equals(e.source())) {
                    refunded = refunded.subtract(e.amount());
                }
            }
            if (purchase == null) {
                throw new CommandRejectedException("refund '" + key + "': customer '" + refund.customerId()
                        + "' has no purchase with order id '" + refund.orderId() + "'");
            }
            BigDecimal left = purchase.amount().subtract(refunded);
            BigDecimal amount = refund.amount() == null ? left : refund.amount();
            if (amount.compareTo(left) > 0 || amount.signum() == 0) {
                throw new CommandRejectedException("refund '" + key + "' of " + amount.toPlainString() + " for order '"
                        + refund.orderId() + "': only " + left.toPlainString() + " of " + purchase.amount().toPlainString()
                        + " is left to refund");
            }
            BigDecimal after = refunded.add(amount);
            boolean full = after.compareTo(purchase.amount()) == 0;
            LedgerEntry refunding = s.append(account, key, EntryType.REFUND, 0, s.now, full ? "full" : "partial",
                    refund.orderId(), null, null, amount.negate(), null, 0, null, null);
            reverse(s, account, refund.orderId(), purchase.amount(), refunded, after);
            afterActivity(s, account, refunding);
        });
    }

    private void reverse(Session s, Account account, String orderId, BigDecimal total, BigDecimal before, BigDecimal after) {
        if (total.signum() == 0) {
            return;
        }
        List<Allocation> own = new ArrayList<>();
        long shortfall = 0;
        for (MutableLot lot : account.lots()) {
            if (!orderId.equals(lot.key) || (lot.type != EntryType.EARN && lot.type != EntryType.PENDING)) {
                continue;
            }
            long owed = share(lot.points, after, total) - share(lot.points, before, total);
            long take = Math.min(owed, lot.remaining());
            if (take > 0) {
                own.add(new Allocation(lot.id, take));
            }
            shortfall += owed - take;
        }
        if (!own.isEmpty()) {
            s.append(account, s.key, EntryType.REVERSE, -LotOperations.sum(own), s.now, null, orderId, null, null, null,
                    "refund of " + after.subtract(before).toPlainString() + " of " + total.toPlainString(), 0, own, null);
        }
        if (shortfall == 0) {
            return;
        }
        if (program.refundShortfall() == RefundShortfall.ALLOW_NEGATIVE_BALANCE) {
            s.append(account, s.key, EntryType.REVERSE, -shortfall, s.now, null, orderId, null, null, null,
                    shortfall + " points of the order were already spent or expired: owed as debt", shortfall, null, null);
            return;
        }
        List<Allocation> other = lots.allocate(account, shortfall);
        long got = LotOperations.sum(other);
        String note = "claw-back: " + shortfall + " points of the order were already spent or expired"
                + (got < shortfall ? "; " + (shortfall - got) + " unrecovered" : "");
        if (!other.isEmpty()) {
            s.append(account, s.key, EntryType.REVERSE, -got, s.now, null, orderId, null, null, null, note, 0, other, null);
        } else {
            s.append(account, s.key, EntryType.REFUND, 0, s.now, "unrecovered", orderId, null, null, BigDecimal.ZERO, note,
                    0, null, null);
        }
    }

    /** {@code floor(points * part / total)}: a lot's share of a refunded part. */
    private static long share(long points, BigDecimal part, BigDecimal total) {
        return BigDecimal.valueOf(points).multiply(part).divide(total, 0, RoundingMode.FLOOR).longValueExact();
    }

    /**
     * Confirms a purchase before its returns window ends: its pending points become spendable now.
     *
     * @param key        the idempotency key
     * @param customerId the customer
     * @param orderId    the purchase
     * @return the RELEASE entries (none when nothing was pending)
     * @throws CommandRejectedException when the customer has no such purchase
     */
    public CommandResult confirm(String key, String customerId, String orderId) {
        Require.notBlank("confirm.key", key);
        Require.notBlank("confirm", key, "customerId", customerId);
        Require.notBlank("confirm", key, "orderId", orderId);
        return execute(key, "confirm", "confirm|" + customerId + "|" + orderId, List.of(customerId), (s, accounts) -> {
            Account account = enrolled(key, accounts.get(0));
            if (account.journal().stream().noneMatch(e -> e.type() == EntryType.PURCHASE && e.key().equals(orderId))) {
                throw new CommandRejectedException("confirm '" + key + "': customer '" + customerId
                        + "' has no purchase with order id '" + orderId + "'");
            }
            for (MutableLot lot : new ArrayList<>(account.lots())) {
                if (lot.pending && orderId.equals(lot.key) && lot.remaining() > 0) {
                    s.append(account, key, EntryType.RELEASE, 0, s.now, lot.rule, orderId, null, null, null,
                            "confirmed", 0, List.of(new Allocation(lot.id, lot.remaining())), null);
                    lots.payDebt(s, account, lot.id, key, s.now);
                }
            }
        });
    }

    /**
     * Records a customer event and credits the points of matching EVENT rules (within their caps).
     *
     * @param event the event; its id is the key
     * @return the EVENT record and any points entries
     */
    public CommandResult event(CustomerEvent event) {
        String key = event.eventId();
        return execute(key, "event", event.fingerprint(), List.of(event.customerId()), (s, accounts) -> {
            Account account = enrolled(key, accounts.get(0));
            LedgerEntry happened = s.append(account, key, EntryType.EVENT, 0, s.now, event.type(), key, null, null, null,
                    null, 0, null, null);
            creditAndReact(s, account, happened, earning.event(account, event.type(), s.now), false);
        });
    }

    /**
     * Spends points on a reward or at checkout, drawing from lots in the program's spend order.
     *
     * @param redemption what to redeem
     * @return the REDEEM entry
     * @throws InsufficientPointsException when the available points do not cover the cost
     * @throws CommandRejectedException    when the reward is unknown, the tier too low, the per-customer
     *                                     limit or the stock reached
     */
    public CommandResult redeem(Redemption redemption) {
        String key = redemption.key();
        return execute(key, "redeem", redemption.fingerprint(), List.of(redemption.customerId()), (s, accounts) -> {
            Account account = enrolled(key, accounts.get(0));
            long cost = redemption.points();
            Reward reward = null;
            if (redemption.rewardId() != null) {
                reward = reward(key, redemption.rewardId());
                cost = Math.multiplyExact(reward.cost(), (long) redemption.units());
                checkRewardAllowed(key, account, reward, redemption.units());
            }
            long available = account.available();
            if (available < cost) {
                throw new InsufficientPointsException(key, account.customerId(), cost, available);
            }
            List<Allocation> drawn = lots.allocate(account, cost);
            s.append(account, key, EntryType.REDEEM, -cost, s.now, redemption.rewardId(), null, null, null,
                    reward == null ? null : BigDecimal.valueOf(redemption.units()), null, 0, drawn, null);
            if (reward != null) {
                if (reward.stock() != null) {
                    s.takeStock(new StockChange(reward.id(), redemption.units(), reward.stock()));
                }
                s.emit(new Action(ActionType.REWARD_REDEEMED, account.customerId(), s.now, cost,
                        redemption.units() + " x " + reward));
            }
        });
    }

    private Reward reward(String key, String rewardId) {
        for (Reward reward : program.rewards()) {
            if (reward.id().equals(rewardId)) {
                return reward;
            }
        }
        throw new CommandRejectedException("redemption '" + key + "': unknown reward '" + rewardId + "', the catalogue has "
                + program.rewards().stream().map(Reward::id).toList());
    }

    private void checkRewardAllowed(String key, Account account, Reward reward, int units) {
        if (reward.minimumTier() != null && tiers.effectiveRank(account) < tiers.rank(reward.minimumTier())) {
            throw new CommandRejectedException("redemption '" + key + "': reward '" + reward.id() + "' needs tier "
                    + reward.minimumTier() + " or higher, customer '" + account.customerId() + "' is "
                    + tiers.effectiveTier(account).id());
        }
        if (reward.perCustomerLimit() > 0) {
            long taken = 0;
            for (LedgerEntry e : account.journal()) {
                if (e.type() == EntryType.REDEEM && reward.id().equals(e.rule())) {
                    taken += e.amount().longValueExact();
                }
            }
            if (taken + units > reward.perCustomerLimit()) {
                throw new CommandRejectedException("redemption '" + key + "': reward '" + reward.id() + "' is limited to "
                        + reward.perCustomerLimit() + " per customer, customer '" + account.customerId() + "' has "
                        + taken + " and asks for " + units);
            }
        }
        if (reward.stock() != null && store.redeemedUnits(reward.id()) + units > reward.stock()) {
            throw outOfStock(key, reward);
        }
    }

    private CommandRejectedException outOfStock(String key, Reward reward) {
        return new CommandRejectedException("redemption '" + key + "': reward '" + reward.id() + "' is out of stock ("
                + store.redeemedUnits(reward.id()) + " of " + reward.stock() + " redeemed)");
    }

    /**
     * Moves points from one customer to another (see {@link Transfer}).
     *
     * @param transfer the transfer
     * @return the TRANSFER_OUT entry and the receiver's TRANSFER_IN lots
     * @throws InsufficientPointsException when the giver's available points do not cover it
     */
    public CommandResult transfer(Transfer transfer) {
        String key = transfer.key();
        List<String> ids = List.of(transfer.from(), transfer.to());
        return execute(key, "transfer", transfer.fingerprint(), ids, (s, accounts) -> {
            Account from = enrolled(key, accounts.get(0));
            Account to = enrolled(key, accounts.get(1));
            long available = from.available();
            if (available < transfer.points()) {
                throw new InsufficientPointsException(key, from.customerId(), transfer.points(), available);
            }
            List<Allocation> drawn = lots.allocate(from, transfer.points());
            s.append(from, key, EntryType.TRANSFER_OUT, -transfer.points(), s.now, null, to.customerId(), null, null, null,
                    null, 0, drawn, null);
            for (Allocation a : drawn) {
                lots.receive(s, to, a.points(), from.lotById(a.lotId()).expiresAt,
                        from.customerId() + " lot" + a.lotId());
            }
        });
    }

    /**
     * A manual correction (see {@link Adjustment}).
     *
     * @param adjustment the adjustment
     * @return the ADJUST entry
     * @throws InsufficientPointsException when a negative adjustment exceeds the available points
     */
    public CommandResult adjust(Adjustment adjustment) {
        String key = adjustment.key();
        return execute(key, "adjust", adjustment.fingerprint(), List.of(adjustment.customerId()), (s, accounts) -> {
            Account account = enrolled(key, accounts.get(0));
            if (adjustment.points() > 0) {
                lots.credit(s, account, EntryType.ADJUST, adjustment.points(), null, adjustment.reason(), false, null);
                return;
            }
            long debit = -adjustment.points();
            long available = account.available();
            if (available < debit) {
                throw new InsufficientPointsException(key, account.customerId(), debit, available);
            }
            s.append(account, key, EntryType.ADJUST, adjustment.points(), s.now, null, adjustment.reason(), null, null,
                    null, null, 0, lots.allocate(account, debit), null);
        });
    }

    /**
     * Sets (or clears) a manual tier floor: the customer holds at least this tier whatever they
     * qualify for. The only way to reach an invitation-only tier.
     *
     * @param key        the idempotency key
     * @param customerId the customer
     * @param tierId     a tier of the program, or null to clear the floor
     * @param reason     why, shown in explain
     * @return the TIER entry
     */
    public CommandResult assignTier(String key, String customerId, String tierId, String reason) {
        Require.notBlank("assignTier.key", key);
        Require.notBlank("assignTier", key, "customerId", customerId);
        Require.notBlank("assignTier", key, "reason", reason);
        if (tierId != null) {
            program.tiers().rank(tierId);
        }
        return execute(key, "assign-tier", "tier|" + customerId + "|" + tierId + "|" + reason, List.of(customerId),
                (s, accounts) -> tiers.floor(s, enrolled(key, accounts.get(0)), tierId, reason));
    }

    // ---------------------------------------------------------------- time

    /**
     * Brings every customer up to {@code until}: releases pending points, expires lots and applies
     * tier reviews due by then, and delivers the resulting actions. Customers already past
     * {@code until} are left as they are. Customers are advanced in parallel (the common fork-join
     * pool), each under its own lock as for any command; listeners get the actions afterwards on the
     * calling thread, customer by customer, in time order within a customer.
     *
     * @param until the instant to advance to
     * @return counts of what was done
     */
    public AdvanceReport advanceTo(Instant until) {
        Require.notNull("until", until);
        // every customer with a journal; customers only known to the engine have none, so nothing falls due
        List<String> ids = new ArrayList<>();
        store.forEachCustomer(ids::add);
        String key = "advance:" + until;
        AtomicLong changed = new AtomicLong();
        AtomicLong entries = new AtomicLong();
        @SuppressWarnings("unchecked")
        List<Action>[] emitted = new List[listeners.isEmpty() ? 0 : ids.size()];
        AtomicLong actions = new AtomicLong();
        // customers are independent: advance them in parallel, then deliver on this thread in visiting order
        // (actions are kept only when someone listens)
        java.util.stream.IntStream.range(0, ids.size()).parallel().forEach(i -> {
            List<Action> customerActions = advanceCustomer(ids.get(i), until, key, changed, entries);
            actions.addAndGet(customerActions.size());
            if (emitted.length > 0) {
                emitted[i] = customerActions;
            }
        });
        for (List<Action> customerActions : emitted) {
            deliver(customerActions);
        }
        return new AdvanceReport(until, ids.size(), changed.get(), entries.get(), actions.get());
    }

    /**
     * {@link #advanceTo} the clock's now.
     *
     * @return counts of what was done
     */
    public AdvanceReport advance() {
        return advanceTo(clock.instant());
    }

    private List<Action> advanceCustomer(String id, Instant until, String key, AtomicLong changed, AtomicLong entries) {
        Slot slot = slot(id);
        synchronized (slot) {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Account account = load(slot, id);
                if (account.size() == 0 || !until.isAfter(account.settledUntil())) {
                    return List.of(); // no journal (nothing to do; its first command sets its time), or done
                }
                int before = account.size();
                Session s = new Session(until, key);
                s.touch(account);
                if (!extensions.isEmpty()) {
                    s.lock(account);
                }
                housekeep(s, s.lockedAccounts(), account, until);
                if (!s.wroteAnything()) {
                    account.settledUntil(until);
                    return s.actions();
                }
                CommitOutcome outcome;
                try {
                    outcome = store.commit(s.commit(null));
                } catch (RuntimeException e) {
                    slot.retire(); // as for a command: the store's state is unknown here
                    throw e;
                }
                if (outcome == CommitOutcome.COMMITTED) {
                    account.settledUntil(until);
                    changed.incrementAndGet();
                    entries.addAndGet(account.size() - before);
                    return s.actions();
                }
                slot.retire();
            }
            throw new IllegalStateException("customer '" + id + "' kept changing during advanceTo(" + until + ")");
        }
    }

    private void housekeep(Session s, Map<String, Account> locked, Account account, Instant until) {
        Instant from = account.settledUntil();
        if (from != null) {
            // releases and expiries due before a review go first, so the journal stays in time order
            tiers.review(s, account, from, until, due -> lots.settle(s, account, due));
        }
        lots.settle(s, account, until);
        if (from != null) {
            if (!extensions.isEmpty() && account.enrolled()) {
                CommandEffects effects = effects(s, locked);
                for (Extension extension : extensions) {
                    extension.housekeep(effects, account, from, until);
                }
            }
        }
    }

    private CommandEffects effects(Session s, Map<String, Account> locked) {
        return new CommandEffects(s, locked, program, calendar, lots, tiers);
    }

    private void afterActivity(Session s, Account account, LedgerEntry activity) {
        if (extensions.isEmpty()) {
            return;
        }
        CommandEffects effects = effects(s, s.lockedAccounts());
        for (Extension extension : extensions) {
            extension.afterActivity(effects, account, activity);
        }
    }

    // ---------------------------------------------------------------- queries

    /**
     * The customer's balance now.
     *
     * @param customerId an enrolled customer
     * @return the balance
     * @throws UnknownCustomerException when the customer has no journal
     */
    public Balance balance(String customerId) {
        return balance(customerId, clock.instant());
    }

    /**
     * The customer's balance as of any instant, past or future, from the journal (releases and
     * expiries due by then are applied in the computation, nothing is written).
     *
     * @param customerId the customer
     * @param asOf       the instant
     * @return the balance
     */
    public Balance balance(String customerId, Instant asOf) {
        Require.notNull("asOf", asOf);
        Slot slot = extensions.isEmpty() ? slots.get(customerId) : null;
        if (slot != null) {
            // the cached account answers when asOf is not before it and nothing falls due in between
            // (not with extensions: a birthday or win-back in between may credit points)
            synchronized (slot) {
                Account cached = slot.account;
                // ... and the store holds nothing this engine has not seen (another engine may share it)
                if (cached != null && cached.enrolled() && !asOf.isBefore(cached.settledUntil())
                        && cached.size() == store.journalSize(customerId)
                        && cached.nothingDueBy(asOf)
                        && (lots.rollingExpiry(cached) == null || lots.rollingExpiry(cached).isAfter(asOf))) {
                    return balanceOf(customerId, cached, asOf);
                }
            }
        }
        return balanceOf(customerId, asOf(customerId, asOf), asOf);
    }

    private Balance balanceOf(String customerId, Account account, Instant asOf) {
        Instant nextExpiry = lots.rollingExpiry(account);
        long expiring = 0;
        if (nextExpiry != null) {
            expiring = account.available() + account.debt();
        } else {
            for (MutableLot lot : account.lots()) {
                if (lot.spendable() && lot.expiresAt != null) {
                    if (nextExpiry == null || lot.expiresAt.isBefore(nextExpiry)) {
                        nextExpiry = lot.expiresAt;
                        expiring = 0;
                    }
                    if (lot.expiresAt.equals(nextExpiry)) {
                        expiring += lot.remaining();
                    }
                }
            }
        }
        return new Balance(customerId, asOf, account.available(), account.pending(), account.debt(), nextExpiry, expiring);
    }

    /**
     * The customer's lots as of an instant.
     *
     * @param customerId the customer
     * @param asOf       the instant
     * @return every lot opened by then, in opening order
     */
    public List<Lot> lots(String customerId, Instant asOf) {
        Account account = asOf(customerId, asOf);
        return account.lots().stream().map(l -> l.snapshot(customerId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The customer's lots now.
     *
     * @param customerId the customer
     * @return every lot, in opening order
     */
    public List<Lot> lots(String customerId) {
        return lots(customerId, clock.instant());
    }

    /**
     * The customer's tier as of an instant.
     *
     * @param customerId the customer
     * @param asOf       the instant
     * @return the tier status
     */
    public TierStatus tier(String customerId, Instant asOf) {
        Account account = asOf(customerId, asOf);
        WindowMetrics metrics = tiers.metrics(account, asOf);
        Tier next = tiers.nextTier(account);
        List<io.retention4j.loyalty.program.Requirement> missing = next == null ? List.of()
                : List.of(tiers.missing(account, next, asOf));
        return new TierStatus(customerId, asOf, tiers.effectiveTier(account), account.tierFloor(), metrics.spend,
                metrics.orders, metrics.qualifyingPoints, next, missing);
    }

    /**
     * The customer's tier now.
     *
     * @param customerId the customer
     * @return the tier status
     */
    public TierStatus tier(String customerId) {
        return tier(customerId, clock.instant());
    }

    /**
     * How many customers hold each tier now (the tier in force, floors included), over every
     * customer with a journal.
     *
     * @return tier id to customer count, in ladder order, every tier present (0 when nobody holds it)
     */
    public Map<String, Long> tierMix() {
        Map<String, Long> mix = new java.util.LinkedHashMap<>();
        for (Tier tier : program.tiers().tiers()) {
            mix.put(tier.id(), 0L);
        }
        forEachLoaded(account -> {
            if (account.enrolled()) {
                mix.merge(tiers.effectiveTier(account).id(), 1L, Long::sum);
            }
        });
        return mix;
    }

    /**
     * Points outstanding over every customer with a journal, as their accounts stand (bring them to
     * a common instant with {@link #advanceTo} first).
     *
     * @return the totals
     */
    public Liability liability() {
        long[] sums = new long[4];
        forEachLoaded(account -> {
            sums[0]++;
            sums[1] += account.available();
            sums[2] += account.pending();
            sums[3] += account.debt();
        });
        return new Liability(sums[0], sums[1], sums[2], sums[3]);
    }

    /**
     * Visits the id of every customer with a journal, each once, in no particular order.
     *
     * @param visitor receives the ids
     */
    public void forEachCustomer(java.util.function.Consumer<String> visitor) {
        store.forEachCustomer(visitor);
    }

    /** Visits every customer's account under its lock, loading it from the store when needed. */
    private void forEachLoaded(java.util.function.Consumer<Account> visitor) {
        store.forEachCustomer(id -> {
            Slot slot = slot(id);
            synchronized (slot) {
                visitor.accept(load(slot, id));
            }
        });
    }

    /**
     * The customer's progress on each of the program's goals as of an instant, past or future (see
     * {@link GoalProgress} for the definitions; nothing is written).
     *
     * @param customerId the customer
     * @param asOf       the instant
     * @return one progress per goal, in the program's order; empty when the program has no goals
     */
    public List<GoalProgress> goals(String customerId, Instant asOf) {
        return new GoalTracker(program).progress(asOf(customerId, asOf), asOf);
    }

    /**
     * The customer's progress on each of the program's goals now.
     *
     * @param customerId the customer
     * @return one progress per goal, in the program's order
     */
    public List<GoalProgress> goals(String customerId) {
        return goals(customerId, clock.instant());
    }

    /**
     * The customer's whole journal.
     *
     * @param customerId the customer
     * @return the entries in order
     */
    public List<LedgerEntry> entries(String customerId) {
        return journal(customerId);
    }

    /**
     * Every entry of the customer with the rule that produced it.
     *
     * @param customerId the customer
     * @return the explanation
     */
    public Explanation explain(String customerId) {
        List<LedgerEntry> entries = journal(customerId);
        List<String> rules = new ArrayList<>();
        for (LedgerEntry e : entries) {
            rules.add(RuleDescriptions.describe(program, e));
        }
        return new Explanation(customerId, balance(customerId), entries, rules);
    }

    /**
     * What a customer earned as a referrer: rewarded and skipped referrals and referral points, now.
     *
     * @param referrerId the customer
     * @return the summary (empty when the program has no referral terms)
     * @throws UnknownCustomerException when the customer has no journal
     */
    public ReferralSummary referrals(String referrerId) {
        return ReferralRewards.summary(asOf(referrerId, clock.instant()), program.referral());
    }

    private List<LedgerEntry> journal(String customerId) {
        Require.notBlank("customerId", customerId);
        List<LedgerEntry> journal = store.journal(customerId);
        if (journal.isEmpty()) {
            throw new UnknownCustomerException("query", customerId);
        }
        return journal;
    }

    private Account asOf(String customerId, Instant asOf) {
        Require.notNull("asOf", asOf);
        Account account = Account.replay(customerId, journal(customerId), asOf);
        Session scratch = new Session(asOf, "as-of");
        scratch.lock(account);
        housekeep(scratch, Map.of(customerId, account), account, asOf);
        return account;
    }

    // ---------------------------------------------------------------- execution

    /** The effects of one command on its accounts (in the order the command named them). */
    @FunctionalInterface
    private interface Body {
        void apply(Session session, List<Account> accounts);
    }

    private CommandResult execute(String key, String kind, String fingerprint, List<String> customerIds, Body body) {
        return execute(key, kind, fingerprint, customerIds, Map.of(), body);
    }

    private CommandResult execute(String key, String kind, String fingerprint, List<String> customerIds,
                                  Map<String, String> newAttributes, Body body) {
        if (customerIds.size() == 1 && extensions.isEmpty()) {
            // the common case: one customer, nobody else to lock
            Slot slot = slot(customerIds.get(0));
            CommandResult result;
            synchronized (slot) {
                result = executeLocked(key, kind, fingerprint, customerIds, customerIds, List.of(slot), body);
            }
            deliver(result.actions());
            return result;
        }
        TreeSet<String> wanted = new TreeSet<>(customerIds);
        wanted.addAll(alsoTouches(customerIds, newAttributes, false));
        while (true) {
            List<String> lockOrder = wanted.size() == 1 ? List.of(wanted.first()) : new ArrayList<>(wanted);
            List<Slot> held = new ArrayList<>(lockOrder.size());
            for (String id : lockOrder) {
                held.add(slot(id));
            }
            CommandResult result = underLocks(held, 0, () -> {
                // enrolment attributes are immutable, but the first look may have missed them (not loaded yet)
                if (wanted.addAll(alsoTouches(customerIds, newAttributes, true))) {
                    return null;
                }
                return executeLocked(key, kind, fingerprint, customerIds, lockOrder, held, body);
            });
            if (result != null) {
                deliver(result.actions());
                return result;
            }
        }
    }

    /** Runs {@code action} holding the monitors of {@code slots} from index {@code i} on, in list order. */
    private static CommandResult underLocks(List<Slot> slots, int i, java.util.function.Supplier<CommandResult> action) {
        if (i == slots.size()) {
            return action.get();
        }
        synchronized (slots.get(i)) {
            return underLocks(slots, i + 1, action);
        }
    }

    /** Customers the extensions also write for an activity of these customers. */
    private java.util.Set<String> alsoTouches(List<String> customerIds, Map<String, String> newAttributes, boolean locked) {
        if (extensions.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> more = new LinkedHashSet<>();
        for (String id : customerIds) {
            Map<String, String> attributes = newAttributes;
            if (attributes.isEmpty()) {
                Slot slot = slots.get(id);
                Account account = slot == null ? null : locked ? load(slot, id) : slot.account;
                attributes = account == null ? Map.of() : account.attributes();
            }
            for (Extension extension : extensions) {
                more.addAll(extension.alsoTouches(id, attributes));
            }
        }
        return more;
    }

    private CommandResult executeLocked(String key, String kind, String fingerprint, List<String> customerIds,
                                        List<String> lockOrder, List<Slot> held, Body body) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<CommandReceipt> receipt = store.receipt(key);
            if (receipt.isPresent()) {
                return replay(receipt.get(), kind, fingerprint);
            }
            Instant now = clock.instant();
            List<Account> accounts;
            Map<String, Account> locked;
            if (lockOrder.size() == 1) {
                // the common case: one customer, no map to build
                Account account = load(held.get(0), lockOrder.get(0));
                now = notBeforeState(account, now);
                accounts = List.of(account);
                locked = Map.of(account.customerId(), account);
            } else {
                accounts = new ArrayList<>(customerIds.size());
                locked = new HashMap<>();
                for (int i = 0; i < lockOrder.size(); i++) {
                    Account account = load(held.get(i), lockOrder.get(i));
                    locked.put(lockOrder.get(i), account);
                    now = notBeforeState(account, now);
                }
                for (String id : customerIds) {
                    accounts.add(locked.get(id));
                }
            }
            Session s = new Session(now, key);
            try {
                for (String id : lockOrder) {
                    Account account = locked.get(id);
                    if (!extensions.isEmpty()) {
                        s.lock(account); // extensions may write any locked account
                    }
                    if (customerIds.contains(id)) {
                        s.touch(account);
                    }
                }
                for (String id : lockOrder) {
                    housekeep(s, locked, locked.get(id), now);
                }
                body.apply(s, accounts);
            } catch (RuntimeException e) {
                restore(s, lockOrder, held);
                throw e;
            }
            CommitOutcome outcome;
            try {
                outcome = store.commit(s.commit(new CommandReceipt(key, kind, fingerprint, s.customerIds(), now)));
            } catch (RuntimeException e) {
                // the store failed (say, a database error): the cached accounts show the command's entries and
                // the store may or may not have them, so drop the cache and read the journals again next time
                held.forEach(Slot::retire);
                throw e;
            }
            switch (outcome) {
                case COMMITTED -> {
                    // settledUntil stays the last entry's instant, as in a fresh engine folding the journal
                    return new CommandResult(key, s.entriesOfCommand(), s.actions(), false);
                }
                case OUT_OF_STOCK -> {
                    restore(s, lockOrder, held);
                    throw new CommandRejectedException("command '" + key + "': a reward ran out of stock while it was applied");
                }
                case KEY_EXISTS -> restore(s, lockOrder, held);
                case CUSTOMER_CHANGED -> held.forEach(Slot::retire);
            }
        }
        throw new IllegalStateException("command '" + key + "' could not commit after " + MAX_ATTEMPTS
                + " attempts: its customers kept changing in the store");
    }

    /** The command's "now": not before the account's last entry nor the time an advanceTo settled it to. */
    private static Instant notBeforeState(Account account, Instant now) {
        if (account.size() == 0) {
            return now;
        }
        now = LotOperations.notBeforeLast(account, now);
        // an advanceTo past the clock judged (reviews) the time up to there on this state
        return account.settledAfter(now) ? account.settledUntil() : now;
    }

    private CommandResult replay(CommandReceipt receipt, String kind, String fingerprint) {
        if (!receipt.command().equals(kind) || !receipt.fingerprint().equals(fingerprint)) {
            // the fingerprints start with the command's kind: show them, not "kind|fingerprint" twice
            throw new IdempotencyConflictException(receipt.key(), receipt.fingerprint(), fingerprint);
        }
        List<LedgerEntry> entries = new ArrayList<>();
        for (String id : receipt.customerIds()) {
            for (LedgerEntry e : store.journal(id)) {
                if (e.key().equals(receipt.key())) {
                    entries.add(e);
                }
            }
        }
        return new CommandResult(receipt.key(), entries, List.of(), true);
    }

    private void restore(Session s, List<String> lockOrder, List<Slot> held) {
        for (Map.Entry<String, Account> e : s.rolledBack().entrySet()) {
            int i = lockOrder.indexOf(e.getKey());
            if (i >= 0) {
                held.get(i).account = e.getValue();
            }
        }
    }

    /** The customer's slot; a plain get first, since computeIfAbsent locks a bin even when the key exists. */
    private Slot slot(String id) {
        Slot slot = slots.get(id);
        return slot != null ? slot : slots.computeIfAbsent(id, k -> new Slot());
    }

    private Account load(Slot slot, String id) {
        if (slot.account == null) {
            slot.account = Account.replay(id, store.journal(id), cachedItems, slot.retired);
            slot.retired = null;
        }
        return slot.account;
    }

    private Account enrolled(String key, Account account) {
        if (!account.enrolled()) {
            throw new UnknownCustomerException(key, account.customerId());
        }
        return account;
    }

    private void deliver(List<Action> actions) {
        if (actions.isEmpty() || listeners.isEmpty()) {
            return;
        }
        for (Action action : actions) {
            for (LoyaltyListener listener : listeners) {
                listener.onAction(action);
            }
        }
    }

    @Override
    public String toString() {
        return "LoyaltyEngine(" + program.name() + ", " + store + ", " + slots.size() + " customers cached)";
    }

    /** Builds a {@link LoyaltyEngine}. */
    public static final class Builder {
        private final LoyaltyProgram program;
        private LedgerStore store;
        private Clock clock = Clock.systemUTC();
        private final List<LoyaltyListener> listeners = new ArrayList<>();
        private boolean enrolOnFirstPurchase;

        private Builder(LoyaltyProgram program) {
            this.program = Require.notNull("program", program);
        }

        /**
         * Where journals live.
         *
         * @param ledgerStore the store
         * @return this builder
         */
        public Builder store(LedgerStore ledgerStore) {
            this.store = Require.notNull("store", ledgerStore);
            return this;
        }

        /**
         * The source of "now".
         *
         * @param source the clock
         * @return this builder
         */
        public Builder clock(Clock source) {
            this.clock = Require.notNull("clock", source);
            return this;
        }

        /**
         * Adds a listener for actions.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(LoyaltyListener listener) {
            listeners.add(Require.notNull("listener", listener));
            return this;
        }

        /**
         * Enrols unknown customers at their first purchase instead of refusing the purchase (for
         * replaying history).
         *
         * @return this builder
         */
        public Builder enrolOnFirstPurchase() {
            this.enrolOnFirstPurchase = true;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public LoyaltyEngine build() {
            return new LoyaltyEngine(this);
        }
    }
}
