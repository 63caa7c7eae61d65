package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.loyalty.ledger.Balance;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed scenarios: every expected number below is worked out in the comment next to it. */
class LoyaltyEngineTest {
    private final MutableClock clock = MutableClock.at("2026-03-10T12:00:00Z");
    private final List<Action> actions = new ArrayList<>();

    private static LoyaltyProgram.Builder basic() {
        return LoyaltyProgram.builder("test").zone("UTC").currency("EUR").earn(EarnRule.baseRate("base", "1"));
    }

    private LoyaltyEngine engine(LoyaltyProgram program) {
        return LoyaltyEngine.builder(program).store(LedgerStore.inMemory()).clock(clock).listener(actions::add).build();
    }

    @Test
    void balance_twoEnginesOnOneInMemoryStore_seeEachOthersCommands() {
        LedgerStore shared = LedgerStore.inMemory();
        LoyaltyEngine a = LoyaltyEngine.builder(basic().build()).store(shared).clock(clock).build();
        LoyaltyEngine b = LoyaltyEngine.builder(basic().build()).store(shared).clock(clock).build();
        a.enrol(Enrolment.of("c1"));
        a.purchase(Purchase.of("o1", "c1", "100"));
        assertThat(a.balance("c1").available()).isEqualTo(100); // a caches c1
        b.purchase(Purchase.of("o2", "c1", "30"));
        assertThat(a.balance("c1").available()).isEqualTo(130);
    }

    @Test
    void purchase_earnsBaseRateRoundedDown() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        CommandResult result = engine.purchase(Purchase.of("o1", "c1", "42.99"));
        // 42.99 * 1 = 42.99, rounded down: 42
        assertThat(result.points("c1")).isEqualTo(42);
        assertThat(engine.balance("c1").available()).isEqualTo(42);
    }

    @Test
    void purchase_repeatedWithSameOrderId_earnsOnce() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        CommandResult first = engine.purchase(Purchase.of("o1", "c1", "10"));
        CommandResult again = engine.purchase(Purchase.of("o1", "c1", "10"));
        assertThat(again.replayed()).isTrue();
        assertThat(again.entries()).isEqualTo(first.entries());
        assertThat(engine.balance("c1").available()).isEqualTo(10);
    }

    @Test
    void purchase_sameOrderIdOtherAmount_isRejectedAndChangesNothing() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "10"));
        int before = engine.entries("c1").size();
        assertThatThrownBy(() -> engine.purchase(Purchase.of("o1", "c1", "11")))
                .isInstanceOf(IdempotencyConflictException.class).hasMessageContaining("o1").hasMessageContaining("11");
        assertThat(engine.entries("c1")).hasSize(before);
    }

    @Test
    void purchase_unknownCustomer_isRejected() {
        LoyaltyEngine engine = engine(basic().build());
        assertThatThrownBy(() -> engine.purchase(Purchase.of("o1", "nobody", "10")))
                .isInstanceOf(UnknownCustomerException.class).hasMessageContaining("nobody");
    }

    @Test
    void purchase_negativeAmount_isRejectedAtConstruction() {
        assertThatThrownBy(() -> Purchase.of("o1", "c1", "-5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5").hasMessageContaining("o1");
    }

    @Test
    void purchase_multipliersTierAndCampaign_addTheirExtras() {
        LoyaltyProgram program = basic()
                .earn(EarnRule.multiplier("books", Dimension.CATEGORY, "books", "2"),
                        EarnRule.campaign("black-friday", LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"), "3"))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("gold", TierBenefits.earnMultiplier("1.5"), Requirement.spend("100"))),
                        TierWindow.lifetime(), DowngradePolicy.NEVER, null))
                .build();
        LoyaltyEngine engine = engine(program);
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o0", "c1", "100")); // base 100, campaign (3-1)*100 = 200, then gold
        CommandResult result = engine.purchase(Purchase.inCategory("o1", "c1", "10", "books"));
        // base 10; books (2-1)*10 = 10; campaign (3-1)*10 = 20; gold tier (1.5-1)*10 = 5: total 45
        assertThat(result.points("c1")).isEqualTo(45);
        assertThat(result.entries()).filteredOn(e -> e.type() == EntryType.EARN).extracting(LedgerEntry::rule)
                .containsExactly("base", "books", "black-friday", "tier:gold");
        assertThat(engine.tier("c1").tier().id()).isEqualTo("gold");
    }

    @Test
    void event_capPerMonth_cutsTheThirdReview() {
        LoyaltyProgram program = basic().earn(EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH)).build();
        LoyaltyEngine engine = engine(program);
        engine.enrol(Enrolment.of("c1"));
        engine.event(CustomerEvent.of("e1", "c1", "review"));
        engine.event(CustomerEvent.of("e2", "c1", "review"));
        CommandResult third = engine.event(CustomerEvent.of("e3", "c1", "review"));
        assertThat(third.points("c1")).isZero();
        clock.set("2026-04-01T00:00:00Z"); // a new month: the cap starts over
        assertThat(engine.event(CustomerEvent.of("e4", "c1", "review")).points("c1")).isEqualTo(50);
        assertThat(engine.balance("c1").available()).isEqualTo(150);
    }

    @Test
    void redeem_soonestExpiringFirst_drawsTheOlderLotOfEndOfMonthExpiry() {
        LoyaltyProgram program = basic().expiry(ExpiryPolicy.endOfMonth(1)).rewards(Reward.of("mug", RewardKind.PRODUCT, 30)).build();
        LoyaltyEngine engine = engine(program);
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "20")); // lot A: 20, expires 2026-05-01
        clock.set("2026-04-02T00:00:00Z");
        engine.purchase(Purchase.of("o2", "c1", "20")); // lot B: 20, expires 2026-06-01
        CommandResult r = engine.redeem(Redemption.reward("r1", "c1", "mug", 1));
        LedgerEntry redeem = r.entries().get(0);
        // 30 points: all 20 of lot A (soonest expiring) then 10 of lot B
        assertThat(redeem.allocations()).extracting(a -> a.points()).containsExactly(20L, 10L);
        assertThat(engine.balance("c1").available()).isEqualTo(10);
        assertThat(engine.balance("c1").nextExpiry()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void redeem_moreThanBalance_isRejectedAndChangesNothing() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "20"));
        assertThatThrownBy(() -> engine.redeem(Redemption.points("r1", "c1", 21)))
                .isInstanceOf(InsufficientPointsException.class).hasMessageContaining("20 available").hasMessageContaining("21");
        assertThat(engine.balance("c1").available()).isEqualTo(20);
        // the key was not used up: the same key works once the points are there
        engine.purchase(Purchase.of("o2", "c1", "1"));
        assertThat(engine.redeem(Redemption.points("r1", "c1", 21)).points("c1")).isEqualTo(-21);
    }

    @Test
    void redeem_unknownReward_isRejected() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        assertThatThrownBy(() -> engine.redeem(Redemption.reward("r1", "c1", "yacht", 1)))
                .isInstanceOf(CommandRejectedException.class).hasMessageContaining("yacht");
    }

    @Test
    void redeem_stockAndPerCustomerLimit_areEnforced() {
        LoyaltyProgram program = basic().rewards(Reward.of("tee", RewardKind.PRODUCT, 10).withStock(2).withPerCustomerLimit(1)).build();
        LoyaltyEngine engine = engine(program);
        for (String c : List.of("a", "b", "c")) {
            engine.enrol(Enrolment.of(c));
            engine.purchase(Purchase.of("o-" + c, c, "100"));
        }
        engine.redeem(Redemption.reward("ra", "a", "tee", 1));
        assertThatThrownBy(() -> engine.redeem(Redemption.reward("ra2", "a", "tee", 1)))
                .isInstanceOf(CommandRejectedException.class).hasMessageContaining("limited to 1 per customer");
        engine.redeem(Redemption.reward("rb", "b", "tee", 1));
        assertThatThrownBy(() -> engine.redeem(Redemption.reward("rc", "c", "tee", 1)))
                .isInstanceOf(CommandRejectedException.class).hasMessageContaining("out of stock");
        assertThat(engine.balance("c").available()).isEqualTo(100);
    }

    @Test
    void refund_partial_reversesInProportionFromTheSameLots() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "100")); // 100 points
        engine.refund(Refund.partial("f1", "c1", "o1", "25")); // floor(100 * 25/100) = 25 reversed
        assertThat(engine.balance("c1").available()).isEqualTo(75);
        engine.refund(Refund.partial("f2", "c1", "o1", "33.33")); // floor(100*58.33/100) - 25 = 58 - 25 = 33
        assertThat(engine.balance("c1").available()).isEqualTo(42);
        engine.refund(Refund.full("f3", "c1", "o1")); // the rest: 100 - 58 = 42
        assertThat(engine.balance("c1").available()).isZero();
        assertThatThrownBy(() -> engine.refund(Refund.partial("f4", "c1", "o1", "1")))
                .isInstanceOf(CommandRejectedException.class).hasMessageContaining("only 0");
    }

    @Test
    void refund_afterSpending_clawsBackFromOtherLots() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "50"));
        engine.redeem(Redemption.points("r1", "c1", 40)); // o1's lot has 10 left
        engine.purchase(Purchase.of("o2", "c1", "30"));   // another lot of 30
        engine.refund(Refund.full("f1", "c1", "o1"));     // owes 50: 10 from o1's lot, 40 claw-back, only 30 there
        Balance balance = engine.balance("c1");
        assertThat(balance.available()).isZero();
        assertThat(balance.debt()).isZero();
        assertThat(engine.explain("c1").toString()).contains("10 unrecovered");
    }

    @Test
    void refund_afterSpending_leavesDebtWhenTheProgramAllowsIt_andLaterEarningsPayIt() {
        LoyaltyEngine engine = engine(basic().refundShortfall(RefundShortfall.ALLOW_NEGATIVE_BALANCE).build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "50"));
        engine.redeem(Redemption.points("r1", "c1", 40));
        engine.refund(Refund.full("f1", "c1", "o1")); // 10 from the lot, 40 debt
        assertThat(engine.balance("c1").available()).isEqualTo(-40);
        engine.purchase(Purchase.of("o2", "c1", "30")); // pays 30 of the debt
        assertThat(engine.balance("c1").available()).isEqualTo(-10);
        assertThat(engine.balance("c1").debt()).isEqualTo(10);
        engine.purchase(Purchase.of("o3", "c1", "25"));
        assertThat(engine.balance("c1").available()).isEqualTo(15);
        assertThat(engine.balance("c1").debt()).isZero();
    }

    @Test
    void pending_releasedAfterTheReturnsWindow_orOnConfirm() {
        LoyaltyEngine engine = engine(basic().pendingPeriod(Period.ofDays(30)).build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "10"));
        engine.purchase(Purchase.of("o2", "c1", "5"));
        assertThat(engine.balance("c1").available()).isZero();
        assertThat(engine.balance("c1").pending()).isEqualTo(15);
        engine.confirm("c-o2", "c1", "o2");
        assertThat(engine.balance("c1").available()).isEqualTo(5);
        // as of 30 days later the other lot is released in the computation, nothing written yet
        Instant later = Instant.parse("2026-04-09T12:00:00Z");
        assertThat(engine.balance("c1", later).available()).isEqualTo(15);
        assertThat(engine.balance("c1", later.minusMillis(1)).available()).isEqualTo(5);
        engine.advanceTo(later);
        assertThat(engine.entries("c1")).filteredOn(e -> e.type() == EntryType.RELEASE).hasSize(2);
    }

    @Test
    void expiry_afterPeriod_expiresOnTheDueInstantAndTimeTravelSeesBothSides() {
        LoyaltyEngine engine = engine(basic().expiry(ExpiryPolicy.afterPeriod(Period.ofMonths(12))).build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "10"));
        Instant due = Instant.parse("2027-03-10T12:00:00Z");
        engine.advanceTo(due.plus(Duration.ofDays(3)));
        assertThat(actions).filteredOn(a -> a.type() == ActionType.POINTS_EXPIRED).singleElement()
                .satisfies(a -> assertThat(a.at()).isEqualTo(due));
        assertThat(engine.balance("c1", due.minusMillis(1)).available()).isEqualTo(10);
        assertThat(engine.balance("c1", due).available()).isZero();
        Lot lot = engine.lots("c1", due).get(0);
        assertThat(lot.expired()).isEqualTo(10);
        assertThat(lot.points()).isEqualTo(lot.spent() + lot.expired() + lot.reversed() + lot.remaining());
    }

    @Test
    void expiry_rollingInactivity_anyActivityExtendsAllLots() {
        LoyaltyEngine engine = engine(basic().expiry(ExpiryPolicy.rollingInactivity(Period.ofMonths(6))).build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "10"));
        clock.set("2026-09-01T00:00:00Z");
        engine.purchase(Purchase.of("o2", "c1", "5"));   // extends both lots to 2027-03-01
        engine.advanceTo(Instant.parse("2027-02-28T23:59:59Z"));
        assertThat(engine.balance("c1", Instant.parse("2027-02-28T23:59:59Z")).available()).isEqualTo(15);
        engine.advanceTo(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(engine.balance("c1", Instant.parse("2027-03-01T00:00:00Z")).available()).isZero();
    }

    @Test
    void transfer_movesLotsKeepingTheirExpiry_andConservesPoints() {
        LoyaltyEngine engine = engine(basic().expiry(ExpiryPolicy.endOfYear(0)).spendOrder(SpendOrder.OLDEST_FIRST).build());
        engine.enrol(Enrolment.of("a"));
        engine.enrol(Enrolment.of("b"));
        engine.purchase(Purchase.of("o1", "a", "30"));
        engine.transfer(new Transfer("t1", "a", "b", 20));
        assertThat(engine.balance("a").available()).isEqualTo(10);
        assertThat(engine.balance("b").available()).isEqualTo(20);
        assertThat(engine.lots("b").get(0).expiresAt()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThatThrownBy(() -> engine.transfer(new Transfer("t2", "a", "b", 11)))
                .isInstanceOf(InsufficientPointsException.class);
    }

    @Test
    void tier_downgradeOneTierAtATime_afterGrace() {
        LoyaltyProgram program = basic().tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("silver", null, Requirement.spend("100")),
                        Tier.of("gold", null, Requirement.spend("500"))),
                TierWindow.rollingMonths(1), DowngradePolicy.ONE_TIER_AT_A_TIME, Period.ofDays(10))).build();
        LoyaltyEngine engine = engine(program);
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "600"));
        assertThat(engine.tier("c1").tier().id()).isEqualTo("gold");
        // reviews on the 1st of each month, effective 10 days later: 2026-04-11 the window
        // (2026-03-11..2026-04-11] has no spend -> one tier down to silver; 2026-05-11 -> member
        clock.set("2026-04-11T00:00:00Z");
        engine.advance();
        assertThat(engine.tier("c1").tier().id()).isEqualTo("silver");
        clock.set("2026-05-11T00:00:00Z");
        engine.advance();
        assertThat(engine.tier("c1").tier().id()).isEqualTo("member");
        assertThat(engine.tier("c1", Instant.parse("2026-04-10T23:59:59Z")).tier().id()).isEqualTo("gold");
        assertThat(actions).filteredOn(a -> a.type() == ActionType.TIER_CHANGED).hasSize(3);
    }

    @Test
    void tierReview_refundOfAPurchaseOutsideTheWindow_doesNotCountAgainstTheWindow() {
        LoyaltyProgram program = basic().tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("silver", null, Requirement.spend("100")),
                        Tier.of("gold", null, Requirement.spend("500"))),
                TierWindow.rollingMonths(12), DowngradePolicy.AT_WINDOW_END, null)).build();
        LoyaltyEngine engine = engine(program);
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("a", "c1", "600"));          // 2026-03-10: gold
        clock.set("2027-02-01T12:00:00Z");
        engine.purchase(Purchase.of("b", "c1", "150"));
        clock.set("2027-02-15T12:00:00Z");
        engine.refund(Refund.full("ra", "c1", "a"));              // refunds the 2026 purchase
        // review of 2027-04-01: the window (2026-04-01, 2027-04-01] holds purchase b (150) only; the
        // refund belongs to purchase a, outside the window: silver (spend >= 100), not member (150 - 600)
        clock.set("2027-04-01T00:00:00Z");
        engine.advance();
        assertThat(engine.tier("c1").tier().id()).isEqualTo("silver");
        assertThat(engine.tier("c1").windowSpend()).isEqualByComparingTo("150");
    }

    @Test
    void assignTier_invitationOnlyFloor_holdsWhateverTheSpend() {
        LoyaltyProgram program = basic().tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                Tier.of("gold", null, Requirement.spend("500")), Tier.invitationOnly("vip", null)),
                null, null, null)).build();
        LoyaltyEngine engine = engine(program);
        engine.enrol(Enrolment.of("c1"));
        engine.assignTier("vip-1", "c1", "vip", "founder");
        assertThat(engine.tier("c1").tier().id()).isEqualTo("vip");
        engine.purchase(Purchase.of("o1", "c1", "600"));
        assertThat(engine.tier("c1").tier().id()).isEqualTo("vip");
    }

    @Test
    void balanceAsOf_birthdayBetweenLastEntryAndAsOf_includesTheBonusBeforeAnyAdvance() {
        LoyaltyProgram program = basic().campaigns(new io.retention4j.loyalty.program.CampaignRules(0, 0, 25, 0, 0)).build();
        LoyaltyEngine engine = engine(program);
        engine.enrol(Enrolment.of("c1").birthday(LocalDate.parse("1990-03-20")));
        engine.purchase(Purchase.of("o1", "c1", "10"));
        // the birthday (2026-03-20, UTC) lies after the last entry (2026-03-10): 10 + 25 as of the 21st, 10 before
        assertThat(engine.balance("c1", Instant.parse("2026-03-19T23:59:59Z")).available()).isEqualTo(10);
        assertThat(engine.balance("c1", Instant.parse("2026-03-21T00:00:00Z")).available()).isEqualTo(35);
    }

    @Test
    void explain_listsEveryEntryWithItsRule() {
        LoyaltyEngine engine = engine(basic().build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "12"));
        Explanation explanation = engine.explain("c1");
        assertThat(explanation.entries()).extracting(LedgerEntry::type)
                .containsExactly(EntryType.ENROL, EntryType.PURCHASE, EntryType.EARN);
        assertThat(explanation.toString()).contains("base: 1 per unit").contains("+12");
    }
}
