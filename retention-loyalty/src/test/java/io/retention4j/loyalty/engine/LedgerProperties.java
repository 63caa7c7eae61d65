package io.retention4j.loyalty.engine;

import static io.retention4j.loyalty.engine.LedgerChecks.assertBalanceInvariants;
import static io.retention4j.loyalty.engine.LedgerChecks.assertJournalShape;
import static io.retention4j.loyalty.engine.LedgerChecks.assertReplayMatches;
import static io.retention4j.loyalty.engine.LedgerChecks.assertTransfersConserve;
import static io.retention4j.loyalty.engine.LedgerChecks.journals;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.ledger.Balance;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.StoreFactory;
import io.retention4j.loyalty.ledger.Lot;
import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.Dimension;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.RefundShortfall;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Reward;
import io.retention4j.loyalty.program.RewardKind;
import io.retention4j.loyalty.program.SpendOrder;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the ledger and the engine over random command sequences on four customers (c3 starts
 * unenrolled), in several program variants. After every step:
 * <ul>
 *   <li>each customer's balance is derived from the lots (available = released remainders - debt,
 *       pending = pending remainders), each lot is points = spent + expired + reversed + remaining
 *       with non-negative terms, and available is never negative unless the program allows debt;</li>
 *   <li>folding each journal from scratch gives the engine's balance, lots and tier, and the total
 *       equals the sum of the entries' points; journals are in time order with seq 0..n-1;
 *       transfers conserve points;</li>
 *   <li>each command moved exactly the points an oracle computed from the command alone (earn rates
 *       and caps worked out here, refund shares from the purchase's own lots);</li>
 *   <li>a refused command, a replay and a same-key different-content command write nothing;</li>
 *   <li>a lazy twin engine (never advanced; restarted half way from a copy of its store) gives the
 *       same results, and the same journals at the end;</li>
 *   <li>before the clock moves, the balance, lots and tier asked for as of the new instant are what
 *       the engine reports once the clock is there.</li>
 * </ul>
 * At the end every balance, lot list and tier observed during the run is asked for again as of its
 * instant (time travel) and must be the same. Variants: Europe/Paris or America/New_York; no expiry,
 * fixed periods, end of month or year, rolling inactivity; pending period 0 or 14 days; claw-back or
 * debt; both spend orders; one tier or a silver/gold ladder with rolling, calendar-year or
 * anniversary windows.
 *
 * <p>The same properties run on every store (a subclass per store kind, each with its own number of
 * tries): the engine's and the twin's stores, and the copy the twin restarts from, are stores of that kind.
 */
abstract class LedgerProperties {
    private static final List<String> CUSTOMERS = List.of("c0", "c1", "c2", "c3");
    private static final Instant START = Instant.parse("2026-01-10T09:00:00Z");
    private static final LocalDate XMAS_FROM = LocalDate.parse("2026-12-24");
    private static final LocalDate XMAS_UNTIL = LocalDate.parse("2026-12-26");

    /** The kinds of step. */
    enum Kind { ENROL, PURCHASE, CONFIRM, EVENT, REDEEM_POINTS, REDEEM_REWARD, REFUND, TRANSFER, ADJUST, ADVANCE, REPLAY, CONFLICT }

    /** One step: a kind and three random numbers the step interprets against the state at that point. */
    record Op(Kind kind, int a, int b, int c) {
        @Override
        public String toString() {
            return kind + "(" + a + "," + b + "," + c + ")";
        }
    }

    /**
     * A program variant.
     *
     * @param zone      the program's zone
     * @param expiry    the expiry policy
     * @param pending   the pending period
     * @param shortfall the refund shortfall policy
     * @param order     the spend order
     * @param tiers     null for a single tier, else the silver and gold ladder's window, downgrade and grace
     */
    record Variant(ZoneId zone, ExpiryPolicy expiry, Period pending, RefundShortfall shortfall, SpendOrder order,
                   TierPolicy tiers) {
        boolean tiered() {
            return tiers != null;
        }

        LoyaltyProgram program() {
            LoyaltyProgram.Builder builder = LoyaltyProgram.builder("properties").zone(zone).currency("EUR")
                    .earn(EarnRule.baseRate("base", "1"),
                            EarnRule.multiplier("books", Dimension.CATEGORY, "books", "2"),
                            EarnRule.multiplier("app", Dimension.CHANNEL, "app", "1.5"),
                            EarnRule.campaign("xmas", XMAS_FROM, XMAS_UNTIL, "2"),
                            EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH),
                            EarnRule.event("login", "login", 5).cappedAt(10, CapPeriod.DAY))
                    .expiry(expiry).pendingPeriod(pending).refundShortfall(shortfall).spendOrder(order)
                    .rewards(Reward.of("mug", RewardKind.PRODUCT, 30),
                            Reward.of("tee", RewardKind.PRODUCT, 20).withStock(4).withPerCustomerLimit(2));
            if (tiered()) {
                builder.tiers(tiers).rewards(new Reward("lounge", null, RewardKind.PERK, 15, null, 0, null, "silver"));
            }
            return builder.build();
        }

        boolean negativeAllowed() {
            return shortfall == RefundShortfall.ALLOW_NEGATIVE_BALANCE;
        }
    }

    @Provide
    Arbitrary<Variant> variants() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"));
        Arbitrary<ExpiryPolicy> expiries = Arbitraries.of(ExpiryPolicy.NEVER,
                ExpiryPolicy.afterPeriod(Period.ofMonths(1)), ExpiryPolicy.afterPeriod(Period.ofDays(45)),
                ExpiryPolicy.afterPeriod(Period.ofYears(1)), ExpiryPolicy.endOfMonth(0), ExpiryPolicy.endOfMonth(1),
                ExpiryPolicy.endOfYear(0), ExpiryPolicy.rollingInactivity(Period.ofMonths(2)));
        Arbitrary<Period> pending = Arbitraries.of(Period.ZERO, Period.ofDays(14));
        List<Tier> ladder = List.of(new Tier("member", null, false, null), Tier.of("silver", null, Requirement.spend("200")),
                Tier.of("gold", TierBenefits.earnMultiplier("1.25"), Requirement.spend("600")));
        Arbitrary<TierPolicy> tiers = Arbitraries.of(
                new TierPolicy(ladder, TierWindow.rollingMonths(3), DowngradePolicy.ONE_TIER_AT_A_TIME, Period.ofDays(7)),
                new TierPolicy(ladder, TierWindow.calendarYear(), DowngradePolicy.AT_WINDOW_END, null),
                new TierPolicy(ladder, TierWindow.anniversaryYear(), DowngradePolicy.AT_WINDOW_END, Period.ofMonths(1)));
        return Combinators.combine(zones, expiries, pending, Arbitraries.of(RefundShortfall.class),
                Arbitraries.of(SpendOrder.class), tiers.injectNull(0.4)).as(Variant::new);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(3, Kind.ENROL), Tuple.of(20, Kind.PURCHASE),
                Tuple.of(4, Kind.CONFIRM), Tuple.of(8, Kind.EVENT), Tuple.of(6, Kind.REDEEM_POINTS),
                Tuple.of(6, Kind.REDEEM_REWARD), Tuple.of(10, Kind.REFUND), Tuple.of(7, Kind.TRANSFER),
                Tuple.of(5, Kind.ADJUST), Tuple.of(12, Kind.ADVANCE), Tuple.of(6, Kind.REPLAY), Tuple.of(4, Kind.CONFLICT));
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 1_000_000);
        return Combinators.combine(kinds, n, n, n).as(Op::new).list().ofMinSize(5).ofMaxSize(80);
    }

    /** Runs one sequence on stores of one kind; the subclasses' properties call it. */
    static void check(Supplier<StoreFactory> factory, Variant variant, List<Op> ops) {
        try (StoreFactory stores = factory.get()) {
            Run run = new Run(variant, stores);
            for (int i = 0; i < ops.size(); i++) {
                if (i == ops.size() / 2) {
                    run.restartTwin();
                }
                run.step(ops.get(i));
                run.checkInvariants();
            }
            run.finish();
        }
    }

    /** A purchase the run made, with what the oracle needs for its refunds. */
    private static final class Order {
        final String orderId;
        final String customer;
        final long cents;
        long refundedCents;
        final List<Long> lotIds = new ArrayList<>();
        final List<Long> lotPoints = new ArrayList<>();

        Order(String orderId, String customer, long cents) {
            this.orderId = orderId;
            this.customer = customer;
            this.cents = cents;
        }
    }

    /** An accepted command: how to send it again, how to send its key with other content, and its first result. */
    private record Accepted(String key, Function<LoyaltyEngine, CommandResult> command,
                            Function<LoyaltyEngine, CommandResult> conflicting, CommandResult first) {
    }

    /** A command's result or the refusal it got. */
    private record Outcome(CommandResult result, LoyaltyException error) {
    }

    /** What a customer looked like at an instant during the run. */
    private record Observation(Balance balance, List<Lot> lots, TierStatus tier) {
    }

    /** One run of a sequence: the engine under test, its lazy twin and the oracle's own bookkeeping. */
    private static final class Run {
        final Variant variant;
        final LoyaltyProgram program;
        final ZoneId zone;
        final MutableClock clock = new MutableClock(START);
        final StoreFactory stores;
        final LedgerStore store;
        final LoyaltyEngine engine;
        LedgerStore twinStore;
        LoyaltyEngine twin;
        final Map<String, Boolean> enrolledWithEmail = new HashMap<>();
        final List<Order> orders = new ArrayList<>();
        final List<Accepted> accepted = new ArrayList<>();
        final Map<String, Long> capUsed = new HashMap<>();
        final Map<String, Integer> teeTaken = new HashMap<>();
        int teeStockUsed;
        int next;
        final Map<String, TreeMap<Instant, Observation>> observed = new HashMap<>();

        Run(Variant variant, StoreFactory stores) {
            this.variant = variant;
            this.stores = stores;
            this.store = stores.create();
            this.twinStore = stores.create();
            this.program = variant.program();
            this.zone = variant.zone();
            this.engine = LoyaltyEngine.create(program, store, clock);
            this.twin = LoyaltyEngine.create(program, twinStore, clock);
            for (int i = 0; i < 3; i++) {
                enrol(new Op(Kind.ENROL, i, 1, 0));
            }
        }

        // ------------------------------------------------------------ helpers

        String customer(int n) {
            return CUSTOMERS.get(n % CUSTOMERS.size());
        }

        boolean enrolled(String c) {
            return enrolledWithEmail.containsKey(c);
        }

        String key(String prefix) {
            return prefix + next++;
        }

        Balance balance(String c) {
            return engine.balance(c);
        }

        long available(String c) {
            return enrolled(c) ? balance(c).available() : 0;
        }

        /** Sends a command to the engine and its twin; checks that refusals and replays wrote nothing. */
        Outcome apply(Function<LoyaltyEngine, CommandResult> command) {
            Map<String, List<LedgerEntry>> before = journals(store, CUSTOMERS);
            Outcome main = attempt(engine, command);
            Outcome other = attempt(twin, command);
            if (main.error() != null) {
                assertThat(journals(store, CUSTOMERS)).as("journals after the refusal %s", main.error().getMessage())
                        .isEqualTo(before);
                assertThat(other.error()).as("the twin's outcome").isNotNull().hasSameClassAs(main.error())
                        .hasMessage(main.error().getMessage());
            } else {
                assertThat(other.error()).as("the twin's refusal").isNull();
                assertThat(other.result().entries()).as("the twin's entries").isEqualTo(main.result().entries());
                assertThat(other.result().replayed()).isEqualTo(main.result().replayed());
                if (main.result().replayed()) {
                    assertThat(journals(store, CUSTOMERS)).as("journals after a replay").isEqualTo(before);
                }
            }
            return main;
        }

        private static Outcome attempt(LoyaltyEngine engine, Function<LoyaltyEngine, CommandResult> command) {
            try {
                return new Outcome(command.apply(engine), null);
            } catch (LoyaltyException e) {
                return new Outcome(null, e);
            }
        }

        void accept(String key, Function<LoyaltyEngine, CommandResult> command,
                    Function<LoyaltyEngine, CommandResult> conflicting, Outcome outcome) {
            assertThat(outcome.error()).as("refusal of %s", key).isNull();
            assertThat(outcome.result().replayed()).as("%s replayed", key).isFalse();
            assertThat(outcome.result().key()).isEqualTo(key);
            accepted.add(new Accepted(key, command, conflicting, outcome.result()));
        }

        static void refused(Outcome outcome, Class<? extends LoyaltyException> type, String... mentions) {
            assertThat(outcome.error()).as("the expected refusal").isInstanceOf(type);
            for (String mention : mentions) {
                assertThat(outcome.error().getMessage()).contains(mention);
            }
        }

        // ------------------------------------------------------------ steps

        void step(Op op) {
            switch (op.kind()) {
                case ENROL -> enrol(op);
                case PURCHASE -> purchase(op);
                case CONFIRM -> confirm(op);
                case EVENT -> event(op);
                case REDEEM_POINTS -> redeemPoints(op);
                case REDEEM_REWARD -> redeemReward(op);
                case REFUND -> refund(op);
                case TRANSFER -> transfer(op);
                case ADJUST -> adjust(op);
                case ADVANCE -> advance(op);
                case REPLAY -> replay(op);
                case CONFLICT -> conflict(op);
            }
        }

        void enrol(Op op) {
            String c = customer(op.a());
            boolean email = op.b() % 2 == 0;
            Enrolment plain = Enrolment.of(c);
            Enrolment withEmail = plain.attribute("email", c + "@example.com");
            Function<LoyaltyEngine, CommandResult> command = e -> e.enrol(email ? withEmail : plain);
            Outcome outcome = apply(command);
            Boolean before = enrolledWithEmail.get(c);
            if (before == null) {
                accept("enrol:" + c, command, e -> e.enrol(email ? plain : withEmail), outcome);
                assertThat(outcome.result().entries()).extracting(LedgerEntry::type).containsExactly(EntryType.ENROL);
                enrolledWithEmail.put(c, email);
            } else if (before == email) {
                assertThat(outcome.result().replayed()).isTrue();
            } else {
                refused(outcome, IdempotencyConflictException.class, "enrol:" + c);
            }
        }

        void purchase(Op op) {
            String c = customer(op.a());
            long cents = op.b() % 30_000;
            int shape = op.c() % 6;
            long booksCents = 0;
            String channel = null;
            List<PurchaseLine> lines = null;
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            switch (shape) {
                case 1 -> {
                    booksCents = cents;
                    lines = List.of(new PurchaseLine(null, "books", amount));
                }
                case 2, 4 -> {
                    booksCents = cents / 3;
                    lines = List.of(new PurchaseLine("b1", "books", BigDecimal.valueOf(booksCents, 2)),
                            new PurchaseLine("t1", "toys", BigDecimal.valueOf(cents - booksCents, 2)));
                    channel = shape == 4 ? "app" : "web";
                }
                case 3 -> channel = "app";
                case 5 -> lines = List.of(new PurchaseLine(null, "toys", amount));
                default -> {
                }
            }
            String orderId = key("o");
            Purchase purchase = new Purchase(orderId, c, amount, null, channel, lines);
            Purchase other = new Purchase(orderId, c, amount.add(BigDecimal.ONE), null, channel, null);
            if (!enrolled(c)) {
                refused(apply(e -> e.purchase(purchase)), UnknownCustomerException.class, c, orderId);
                return;
            }
            Balance before = balance(c);
            boolean gold = engine.tier(c).tier().id().equals("gold");
            LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
            boolean xmas = !day.isBefore(XMAS_FROM) && !day.isAfter(XMAS_UNTIL);
            // base 1 per unit, books x2 on books lines, app x1.5 on the whole order, xmas x2, gold x1.25;
            // every extra rounded down on its own
            long expected = cents / 100 + booksCents / 100 + ("app".equals(channel) ? cents / 200 : 0)
                    + (xmas ? cents / 100 : 0) + (gold ? cents / 400 : 0);
            Outcome outcome = apply(e -> e.purchase(purchase));
            accept(orderId, e -> e.purchase(purchase), e -> e.purchase(other), outcome);
            Balance after = balance(c);
            assertThat(outcome.result().points(c)).as("points of %s", purchase).isEqualTo(expected);
            if (variant.pending().isZero()) {
                assertThat(after.available() - before.available()).isEqualTo(expected);
                assertThat(after.pending()).isEqualTo(before.pending());
            } else {
                assertThat(after.pending() - before.pending()).isEqualTo(expected);
                assertThat(after.available()).isEqualTo(before.available());
            }
            Order order = new Order(orderId, c, cents);
            for (LedgerEntry e : outcome.result().entries()) {
                if (e.opensLot()) {
                    assertThat(e.type()).isIn(EntryType.EARN, EntryType.PENDING);
                    order.lotIds.add(e.seq());
                    order.lotPoints.add(e.points());
                }
            }
            orders.add(order);
        }

        void confirm(Op op) {
            String key = key("k");
            if (orders.isEmpty()) {
                String c = customer(op.a());
                Outcome outcome = apply(e -> e.confirm(key, c, "missing"));
                refused(outcome, enrolled(c) ? CommandRejectedException.class : UnknownCustomerException.class, c);
                return;
            }
            Order order = orders.get(op.b() % orders.size());
            String c = op.a() % 7 == 0 ? customer(CUSTOMERS.indexOf(order.customer) + 1) : order.customer;
            Function<LoyaltyEngine, CommandResult> command = e -> e.confirm(key, c, order.orderId);
            if (!enrolled(c)) {
                refused(apply(command), UnknownCustomerException.class, c, key);
                return;
            }
            if (!c.equals(order.customer)) {
                refused(apply(command), CommandRejectedException.class, c, order.orderId, key);
                return;
            }
            Balance before = balance(c);
            long pendingOfOrder = ownLots(c, order).stream().filter(Lot::pending).mapToLong(Lot::remaining).sum();
            Outcome outcome = apply(command);
            accept(key, command, e -> e.confirm(key, c, order.orderId + "-other"), outcome);
            Balance after = balance(c);
            assertThat(before.pending() - after.pending()).isEqualTo(pendingOfOrder);
            assertThat(after.available() - before.available()).isEqualTo(pendingOfOrder);
        }

        List<Lot> ownLots(String c, Order order) {
            return engine.lots(c).stream().filter(l -> order.lotIds.contains(l.lotId())).toList();
        }

        void event(Op op) {
            String c = customer(op.a());
            String type = List.of("review", "login", "survey").get(op.b() % 3);
            String other = List.of("review", "login", "survey").get((op.b() + 1) % 3);
            String key = key("e");
            Function<LoyaltyEngine, CommandResult> command = e -> e.event(CustomerEvent.of(key, c, type));
            if (!enrolled(c)) {
                refused(apply(command), UnknownCustomerException.class, c, key);
                return;
            }
            LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
            long expected = 0;
            String capKey = null;
            if (type.equals("review")) {
                capKey = c + "|review|" + YearMonth.from(day);
                expected = Math.max(0, Math.min(50, 100 - capUsed.getOrDefault(capKey, 0L)));
            } else if (type.equals("login")) {
                capKey = c + "|login|" + day;
                expected = Math.max(0, Math.min(5, 10 - capUsed.getOrDefault(capKey, 0L)));
            }
            Balance before = balance(c);
            Outcome outcome = apply(command);
            accept(key, command, e -> e.event(CustomerEvent.of(key, c, other)), outcome);
            assertThat(outcome.result().points(c)).as("points of %s event %s", type, key).isEqualTo(expected);
            assertThat(balance(c).available() - before.available()).isEqualTo(expected);
            if (capKey != null) {
                capUsed.merge(capKey, expected, Long::sum);
            }
        }

        void redeemPoints(Op op) {
            String c = customer(op.a());
            long available = available(c);
            long points = 1 + op.b() % (Math.max(available, 0) + 20);
            String key = key("r");
            Function<LoyaltyEngine, CommandResult> command = e -> e.redeem(Redemption.points(key, c, points));
            if (!enrolled(c)) {
                refused(apply(command), UnknownCustomerException.class, c, key);
                return;
            }
            Outcome outcome = apply(command);
            if (points > available) {
                refused(outcome, InsufficientPointsException.class, c, key, available + " available", points + " requested");
                return;
            }
            accept(key, command, e -> e.redeem(Redemption.points(key, c, points + 1)), outcome);
            assertThat(available - balance(c).available()).isEqualTo(points);
        }

        void redeemReward(Op op) {
            String c = customer(op.a());
            String reward = List.of("mug", "tee", "lounge", "yacht").get(op.b() % 4);
            int units = 1 + op.c() % 2;
            String key = key("r");
            Function<LoyaltyEngine, CommandResult> command = e -> e.redeem(Redemption.reward(key, c, reward, units));
            if (!enrolled(c)) {
                refused(apply(command), UnknownCustomerException.class, c, key);
                return;
            }
            long available = available(c);
            boolean known = !reward.equals("yacht") && (variant.tiered() || !reward.equals("lounge"));
            Outcome outcome = apply(command);
            if (!known) {
                refused(outcome, CommandRejectedException.class, key, "unknown reward '" + reward + "'");
                return;
            }
            long cost = units * (reward.equals("mug") ? 30 : reward.equals("tee") ? 20 : 15);
            boolean tierTooLow = reward.equals("lounge") && engine.tier(c).tier().id().equals("member");
            boolean overLimit = reward.equals("tee") && teeTaken.getOrDefault(c, 0) + units > 2;
            boolean outOfStock = reward.equals("tee") && teeStockUsed + units > 4;
            if (tierTooLow || overLimit || outOfStock) {
                refused(outcome, CommandRejectedException.class, key, reward);
                return;
            }
            if (cost > available) {
                refused(outcome, InsufficientPointsException.class, c, key);
                return;
            }
            accept(key, command, e -> e.redeem(Redemption.reward(key, c, reward, 3 - units)), outcome);
            assertThat(available - balance(c).available()).isEqualTo(cost);
            if (reward.equals("tee")) {
                teeTaken.merge(c, units, Integer::sum);
                teeStockUsed += units;
                assertThat(store.redeemedUnits("tee")).isEqualTo(teeStockUsed);
            }
        }

        void refund(Op op) {
            String key = key("f");
            if (orders.isEmpty()) {
                String c = customer(op.a());
                Outcome outcome = apply(e -> e.refund(Refund.full(key, c, "missing")));
                refused(outcome, enrolled(c) ? CommandRejectedException.class : UnknownCustomerException.class, c, key);
                return;
            }
            Order order = orders.get(op.b() % orders.size());
            String c = op.a() % 9 == 0 ? customer(CUSTOMERS.indexOf(order.customer) + 1) : order.customer;
            long left = order.cents - order.refundedCents;
            boolean full = op.c() % 3 == 0;
            long cents = full ? left : 1 + op.c() % (left + 30);
            Refund refund = full ? Refund.full(key, c, order.orderId)
                    : new Refund(key, c, order.orderId, BigDecimal.valueOf(cents, 2));
            Refund other = new Refund(key, c, order.orderId, BigDecimal.valueOf(cents + 1, 2));
            Function<LoyaltyEngine, CommandResult> command = e -> e.refund(refund);
            if (!enrolled(c)) {
                refused(apply(command), UnknownCustomerException.class, c, key);
                return;
            }
            if (!c.equals(order.customer)) {
                refused(apply(command), CommandRejectedException.class, c, key, order.orderId);
                return;
            }
            if (cents > left || cents == 0) {
                refused(apply(command), CommandRejectedException.class, key, order.orderId, "is left to refund");
                return;
            }
            Balance before = balance(c);
            List<Lot> lotsBefore = ownLots(c, order);
            long after = order.refundedCents + cents;
            // each lot of p points has had floor(p * refunded / amount) reversed after the refunds so far
            long owed = 0;
            for (long p : order.lotPoints) {
                owed += p * after / order.cents - p * order.refundedCents / order.cents;
            }
            Outcome outcome = apply(command);
            accept(key, command, e -> e.refund(other), outcome);
            order.refundedCents = after;
            Balance balanceAfter = balance(c);
            long taken = before.total() - balanceAfter.total();
            assertThat(outcome.result().points(c)).isEqualTo(-taken);
            if (variant.negativeAllowed()) {
                assertThat(taken).as("points reversed by %s", refund).isEqualTo(owed);
            } else {
                assertThat(taken).as("points reversed by %s", refund).isBetween(0L, owed);
                if (taken < owed) {
                    assertThat(balanceAfter.available()).as("claw-back stopped short with points left").isZero();
                }
            }
            if (after == order.cents) {
                List<Long> neverSpent = lotsBefore.stream().filter(l -> l.spent() == 0 && l.expired() == 0)
                        .map(Lot::lotId).toList();
                for (Lot lot : ownLots(c, order)) {
                    assertThat(lot.remaining()).as("%s after the full refund", lot).isZero();
                    if (neverSpent.contains(lot.lotId())) {
                        assertThat(lot.reversed()).as("never-spent %s after the full refund", lot).isEqualTo(lot.points());
                    }
                }
            }
        }

        void transfer(Op op) {
            String from = customer(op.a());
            String to = customer(op.a() + 1 + op.b() % 3);
            long available = available(from);
            long points = 1 + op.c() % (Math.max(available, 0) + 10);
            String key = key("t");
            Function<LoyaltyEngine, CommandResult> command = e -> e.transfer(new Transfer(key, from, to, points));
            if (!enrolled(from) || !enrolled(to)) {
                refused(apply(command), UnknownCustomerException.class, key, enrolled(from) ? to : from);
                return;
            }
            Balance fromBefore = balance(from);
            Balance toBefore = balance(to);
            Outcome outcome = apply(command);
            if (points > available) {
                refused(outcome, InsufficientPointsException.class, from, key);
                return;
            }
            accept(key, command, e -> e.transfer(new Transfer(key, from, to, points + 1)), outcome);
            assertThat(outcome.result().points()).isZero();
            assertThat(fromBefore.available() - balance(from).available()).isEqualTo(points);
            assertThat(balance(to).available() - toBefore.available()).isEqualTo(points);
            assertThat(balance(from).pending()).isEqualTo(fromBefore.pending());
            assertThat(balance(to).pending()).isEqualTo(toBefore.pending());
        }

        void adjust(Op op) {
            String c = customer(op.a());
            long available = available(c);
            long points = op.b() % 2 == 0 ? 1 + op.c() % 100 : -(1 + op.c() % (Math.max(available, 0) + 20));
            String key = key("a");
            Function<LoyaltyEngine, CommandResult> command = e -> e.adjust(new Adjustment(key, c, points, "goodwill"));
            if (!enrolled(c)) {
                refused(apply(command), UnknownCustomerException.class, c, key);
                return;
            }
            Outcome outcome = apply(command);
            if (points < 0 && -points > available) {
                refused(outcome, InsufficientPointsException.class, c, key);
                return;
            }
            accept(key, command, e -> e.adjust(new Adjustment(key, c, points, "correction")), outcome);
            assertThat(balance(c).available() - available).isEqualTo(points);
        }

        void advance(Op op) {
            Instant now = clock.instant();
            ZonedDateTime local = now.atZone(zone);
            Instant target = switch (op.a() % 6) {
                case 0 -> now.plus(Duration.ofMinutes(1 + op.b() % 720));
                case 1 -> local.toLocalDate().with(TemporalAdjusters.lastDayOfMonth()).atTime(23, 59, 59).atZone(zone)
                        .toInstant();
                case 2 -> local.toLocalDate().with(TemporalAdjusters.firstDayOfNextMonth()).atStartOfDay(zone).toInstant();
                case 3 -> {
                    Instant change = zone.getRules().nextTransition(now).getInstant();
                    yield switch (op.b() % 5) {
                        case 0 -> change.minusSeconds(1);
                        case 1 -> change;
                        case 2 -> change.plusSeconds(1);
                        case 3 -> LocalDate.ofInstant(change, zone).atStartOfDay(zone).toInstant();
                        default -> change.plus(Duration.ofMinutes(90));
                    };
                }
                case 4 -> local.plusYears(1).plusDays(op.b() % 3).toInstant();
                default -> now.plus(Duration.ofDays(1 + op.b() % 40));
            };
            Instant then = target.isAfter(now) ? target : now.plusSeconds(1);
            Map<String, Observation> predicted = new HashMap<>();
            for (String c : enrolledWithEmail.keySet()) {
                predicted.put(c, new Observation(engine.balance(c, then), engine.lots(c, then), engine.tier(c, then)));
            }
            clock.set(then);
            if (op.c() % 2 == 0) {
                Map<String, List<LedgerEntry>> before = journals(store, CUSTOMERS);
                AdvanceReport report = engine.advance();
                Map<String, List<LedgerEntry>> after = journals(store, CUSTOMERS);
                long written = 0;
                long changed = 0;
                for (String c : CUSTOMERS) {
                    written += after.get(c).size() - before.get(c).size();
                    changed += after.get(c).size() > before.get(c).size() ? 1 : 0;
                }
                assertThat(report.entries()).as("%s", report).isEqualTo(written);
                assertThat(report.changed()).as("%s", report).isEqualTo(changed);
                assertThat(report.until()).isEqualTo(then);
            }
            // with no command in between, asking ahead of time and asking when the time has come agree
            predicted.forEach((c, seen) -> {
                assertThat(engine.balance(c)).as("balance of %s at %s", c, then).isEqualTo(seen.balance());
                assertThat(engine.lots(c)).as("lots of %s at %s", c, then).isEqualTo(seen.lots());
                assertThat(engine.tier(c)).as("tier of %s at %s", c, then).isEqualTo(seen.tier());
            });
        }

        void replay(Op op) {
            Accepted first = accepted.get(op.a() % accepted.size());
            Outcome outcome = apply(first.command());
            assertThat(outcome.error()).as("replay of %s", first.key()).isNull();
            assertThat(outcome.result().replayed()).as("replay of %s", first.key()).isTrue();
            assertThat(outcome.result().entries()).as("replay of %s", first.key()).isEqualTo(first.first().entries());
        }

        void conflict(Op op) {
            Accepted first = accepted.get(op.a() % accepted.size());
            refused(apply(first.conflicting()), IdempotencyConflictException.class, "'" + first.key() + "'");
        }

        // ------------------------------------------------------------ checks

        void checkInvariants() {
            Map<String, List<LedgerEntry>> journals = journals(store, CUSTOMERS);
            Instant now = clock.instant();
            for (String c : CUSTOMERS) {
                assertThat(journals.get(c).isEmpty()).as("%s has a journal exactly when enrolled", c).isEqualTo(!enrolled(c));
                if (!enrolled(c)) {
                    continue;
                }
                List<LedgerEntry> journal = engine.entries(c);
                assertJournalShape(c, journal);
                assertBalanceInvariants(engine, c, now, variant.negativeAllowed());
                assertReplayMatches(engine, c, journal);
                observed.computeIfAbsent(c, k -> new TreeMap<>())
                        .put(now, new Observation(engine.balance(c, now), engine.lots(c, now), engine.tier(c, now)));
            }
            assertTransfersConserve(journals);
        }

        /** The twin restarts from a copy of its store: a fresh engine with nothing cached. */
        void restartTwin() {
            LedgerStore copy = LedgerChecks.copy(twinStore, stores.create(), CUSTOMERS,
                    accepted.stream().map(Accepted::key).toList(), program);
            LoyaltyEngine fresh = LoyaltyEngine.create(program, copy, clock);
            for (String c : CUSTOMERS) {
                if (enrolled(c)) {
                    assertThat(fresh.balance(c)).isEqualTo(twin.balance(c));
                    assertThat(fresh.lots(c)).isEqualTo(twin.lots(c));
                    assertThat(fresh.tier(c)).isEqualTo(twin.tier(c));
                }
            }
            twinStore = copy;
            twin = fresh;
        }

        void finish() {
            engine.advance();
            twin.advance();
            assertThat(journals(twinStore, CUSTOMERS)).as("the lazy twin's journals")
                    .isEqualTo(journals(store, CUSTOMERS));
            checkInvariants();
            observed.forEach((c, byInstant) -> byInstant.forEach((t, seen) -> {
                for (LoyaltyEngine e : List.of(engine, twin)) {
                    assertThat(e.balance(c, t)).as("balance of %s as of %s", c, t).isEqualTo(seen.balance());
                    assertThat(e.lots(c, t)).as("lots of %s as of %s", c, t).isEqualTo(seen.lots());
                    assertThat(e.tier(c, t)).as("tier of %s as of %s", c, t).isEqualTo(seen.tier());
                }
            }));
        }
    }
}
