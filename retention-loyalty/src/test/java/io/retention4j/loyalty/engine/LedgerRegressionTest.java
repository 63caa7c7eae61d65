package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.RefundShortfall;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed scenarios of the bugs found while proving the ledger (most by {@link LedgerPropertiesTest}),
 * one test per bug; each fails without its fix.
 */
class LedgerRegressionTest {
    private final MutableClock clock = MutableClock.at("2026-03-10T12:00:00Z");

    private static LoyaltyProgram.Builder basic() {
        return LoyaltyProgram.builder("regression").zone("UTC").currency("EUR").earn(EarnRule.baseRate("base", "1"));
    }

    private LoyaltyEngine engine(LoyaltyProgram program) {
        return LoyaltyEngine.create(program, LedgerStore.inMemory(), clock);
    }

    @Test
    void adjust_underRollingInactivityAfterALongQuiet_isNotBornExpired() {
        LoyaltyEngine engine = engine(basic().expiry(ExpiryPolicy.rollingInactivity(Period.ofMonths(2))).build());
        engine.enrol(Enrolment.of("c1"));
        clock.set("2026-06-01T00:00:00Z"); // last activity (the enrolment) was more than 2 months ago
        engine.adjust(new Adjustment("a1", "c1", 10, "goodwill"));
        assertThat(engine.balance("c1").available()).isEqualTo(10);
        // the credit is activity: the 10 points expire 2 months after it, at 2026-08-01T00:00Z
        assertThat(engine.balance("c1", Instant.parse("2026-07-31T23:59:59Z")).available()).isEqualTo(10);
        assertThat(engine.balance("c1", Instant.parse("2026-08-01T00:00:00Z")).available()).isZero();
    }

    @Test
    void advanceTo_pastATierReviewAndALaterExpiry_writesThemInTimeOrder() {
        LoyaltyEngine engine = engine(basic().expiry(ExpiryPolicy.afterPeriod(Period.ofYears(1)))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null), Tier.of("silver", null, Requirement.spend("100"))),
                        TierWindow.rollingMonths(3), DowngradePolicy.ONE_TIER_AT_A_TIME, Period.ofDays(7)))
                .build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "200")); // silver; 200 points expiring 2027-03-10T12:00Z
        // reviews on the 1st of each month take effect 7 days later; the window (2026-04-08, 2026-07-08]
        // is the first without the purchase, so silver ends at 2026-07-08T00:00Z
        engine.advanceTo(Instant.parse("2027-04-01T00:00:00Z"));
        List<LedgerEntry> journal = engine.entries("c1");
        assertThat(journal).extracting(LedgerEntry::type).containsExactly(EntryType.ENROL, EntryType.PURCHASE,
                EntryType.EARN, EntryType.TIER, EntryType.TIER, EntryType.EXPIRE);
        assertThat(journal).extracting(LedgerEntry::at).containsExactly(Instant.parse("2026-03-10T12:00:00Z"),
                Instant.parse("2026-03-10T12:00:00Z"), Instant.parse("2026-03-10T12:00:00Z"),
                Instant.parse("2026-03-10T12:00:00Z"), Instant.parse("2026-07-08T00:00:00Z"),
                Instant.parse("2027-03-10T12:00:00Z"));
        assertThat(engine.tier("c1", Instant.parse("2026-07-07T23:59:59Z")).tier().id()).isEqualTo("silver");
        assertThat(engine.tier("c1", Instant.parse("2026-07-08T00:00:00Z")).tier().id()).isEqualTo("member");
    }

    @Test
    void command_datedBeforeAnAdvanceToTheFuture_leavesTheEngineAsAFreshOneWouldSeeIt() {
        LoyaltyProgram program = basic().tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("silver", TierBenefits.earnMultiplier("2"), Requirement.spend("100"))),
                TierWindow.rollingMonths(1), DowngradePolicy.AT_WINDOW_END, null)).build();
        LedgerStore store = LedgerStore.inMemory();
        LoyaltyEngine engine = LoyaltyEngine.create(program, store, clock);
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "100")); // 2026-03-10: silver
        // the review of 1 April (window March) keeps silver and writes nothing
        engine.advanceTo(Instant.parse("2026-04-15T00:00:00Z"));
        clock.set("2026-03-20T12:00:00Z");
        CommandResult refund = engine.refund(Refund.full("f1", "c1", "o1"));
        // the customer was brought up to 15 April: the refund cannot be dated earlier, or the review of
        // 1 April would have judged a March that is now different
        assertThat(refund.entries()).extracting(LedgerEntry::at).containsOnly(Instant.parse("2026-04-15T00:00:00Z"));
        clock.set("2026-04-20T00:00:00Z");
        LoyaltyEngine fresh = LoyaltyEngine.create(program, LedgerChecks.copy(store, List.of("c1"), List.of(), program), clock);
        // silver until the review of 1 May (window April: the refund): 10 points + 10 silver extra
        assertThat(engine.purchase(Purchase.of("o2", "c1", "10")).points("c1")).isEqualTo(20);
        assertThat(fresh.purchase(Purchase.of("o2", "c1", "10")).points("c1")).isEqualTo(20);
        assertThat(engine.tier("c1").tier().id()).isEqualTo("silver");
        assertThat(engine.tier("c1", Instant.parse("2026-05-01T00:00:00Z")).tier().id()).isEqualTo("member");
    }

    @Test
    void command_afterACommandThatWroteNothingAndAClockStepBack_isDatedAsAFreshEngineDatesIt() {
        LoyaltyProgram program = basic().build();
        LedgerStore store = LedgerStore.inMemory();
        LoyaltyEngine engine = LoyaltyEngine.create(program, store, clock);
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "10"));     // 2026-03-10T12:00Z, nothing pending
        clock.set("2026-03-12T12:00:00Z");
        assertThat(engine.confirm("k1", "c1", "o1").entries()).isEmpty(); // writes nothing
        clock.set("2026-03-11T12:00:00Z");                  // the clock steps back, still after the last entry
        LoyaltyEngine fresh = LoyaltyEngine.create(program, LedgerChecks.copy(store, List.of("c1"), List.of(), program), clock);
        CommandResult live = engine.purchase(Purchase.of("o2", "c1", "5"));
        assertThat(live.entries()).extracting(LedgerEntry::at).containsOnly(Instant.parse("2026-03-11T12:00:00Z"));
        assertThat(fresh.purchase(Purchase.of("o2", "c1", "5")).entries()).isEqualTo(live.entries());
    }

    @Test
    void advanceTo_report_countsTheEntriesItWrote() {
        LoyaltyEngine engine = engine(basic().expiry(ExpiryPolicy.afterPeriod(Period.ofMonths(1))).build());
        engine.enrol(Enrolment.of("c1"));
        engine.enrol(Enrolment.of("c2"));
        engine.purchase(Purchase.of("o1", "c1", "10")); // expires 2026-04-10T12:00Z
        engine.purchase(Purchase.of("o2", "c1", "20")); // the same instant
        AdvanceReport report = engine.advanceTo(Instant.parse("2026-05-01T00:00:00Z"));
        // two EXPIRE entries for c1, nothing for c2
        assertThat(report.customers()).isEqualTo(2);
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.entries()).isEqualTo(2);
        assertThat(report.actions()).isEqualTo(2);
    }

    @Test
    void eventCap_afterAClawBackDrewFromTheEventLots_givesNoRoomBack() {
        LoyaltyEngine engine = engine(basic().earn(EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH))
                .build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "100")); // 100 points
        engine.redeem(Redemption.points("r1", "c1", 100));
        engine.event(CustomerEvent.of("e1", "c1", "review")); // 50
        engine.event(CustomerEvent.of("e2", "c1", "review")); // 50: the month's cap of 100 is reached
        engine.refund(Refund.full("f1", "c1", "o1"));           // o1's 100 points were spent: claw back e1 and e2
        assertThat(engine.balance("c1").available()).isZero();
        assertThat(engine.event(CustomerEvent.of("e3", "c1", "review")).points("c1")).isZero();
        clock.set("2026-04-01T00:00:00Z");
        assertThat(engine.event(CustomerEvent.of("e4", "c1", "review")).points("c1")).isEqualTo(50);
    }

    @Test
    void eventCap_afterEventLotsPaidARefundDebt_givesNoRoomBack() {
        LoyaltyEngine engine = engine(basic().earn(EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH))
                .refundShortfall(RefundShortfall.ALLOW_NEGATIVE_BALANCE).build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "100"));
        engine.redeem(Redemption.points("r1", "c1", 100));
        engine.refund(Refund.full("f1", "c1", "o1"));           // debt 100
        engine.event(CustomerEvent.of("e1", "c1", "review")); // 50, all paid to the debt
        engine.event(CustomerEvent.of("e2", "c1", "review")); // 50, all paid to the debt: the cap is reached
        assertThat(engine.balance("c1").available()).isZero();
        assertThat(engine.event(CustomerEvent.of("e3", "c1", "review")).points("c1")).isZero();
        assertThat(engine.balance("c1").available()).isZero();
    }

    @Test
    void baseRateCap_afterAFullRefund_givesTheRefundedPointsBack() {
        LoyaltyEngine engine = engine(LoyaltyProgram.builder("regression").zone("UTC").currency("EUR")
                .earn(EarnRule.baseRate("base", "1").cappedAt(150, CapPeriod.MONTH)).build());
        engine.enrol(Enrolment.of("c1"));
        engine.purchase(Purchase.of("o1", "c1", "100"));
        engine.redeem(Redemption.points("r1", "c1", 100));     // o1's points are spent
        engine.purchase(Purchase.of("o2", "c1", "100"));       // 50: the cap of 150 is reached
        engine.refund(Refund.full("f1", "c1", "o1"));           // o1 refunded: 50 clawed back from o2's lot
        // only o2's 50 points count now, so 100 of the month's 150 are left
        assertThat(engine.purchase(Purchase.of("o3", "c1", "120")).points("c1")).isEqualTo(100);
    }
}
