package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.goal.GoalProgress;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.Lot;
import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.GoalDefinition;
import io.retention4j.loyalty.program.GoalKind;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goals run by the engine: hand-computed scenarios, every expected number worked out in the comment
 * next to it. Base rate 1 point per EUR (rounded down) unless said otherwise.
 */
class GoalEngineTest {
    private final MutableClock clock = MutableClock.at("2026-03-10T12:00:00Z");
    private final List<Action> actions = new ArrayList<>();

    private static LoyaltyProgram.Builder program(GoalDefinition... goals) {
        return LoyaltyProgram.builder("goals").zone("UTC").currency("EUR").earn(EarnRule.baseRate("base", "1"))
                .goals(goals);
    }

    private LoyaltyEngine engine(LoyaltyProgram program) {
        LoyaltyEngine engine = LoyaltyEngine.builder(program).store(LedgerStore.inMemory()).clock(clock)
                .listener(actions::add).build();
        engine.enrol(Enrolment.of("c1"));
        return engine;
    }

    private List<Action> completions() {
        return actions.stream().filter(a -> a.type() == ActionType.GOAL_COMPLETED).toList();
    }

    private static List<String> marks(LoyaltyEngine engine) {
        return engine.entries("c1").stream().filter(e -> e.type() == EntryType.MARK).map(LedgerEntry::rule).toList();
    }

    private static GoalProgress only(List<GoalProgress> goals) {
        assertThat(goals).hasSize(1);
        return goals.get(0);
    }

    @Test
    void spendTarget_reachedExactly_completesOnceInThePeriod() {
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "3000")
                .withPoints(500)).build());
        engine.purchase(Purchase.of("o1", "c1", "1999.99"));
        GoalProgress before = only(engine.goals("c1"));
        // 3000 - 1999.99 = 1000.01 to go by the end of March; 100 * 1999.99 / 3000 = 66.6663...%
        assertThat(before.progress()).isEqualByComparingTo("1999.99");
        assertThat(before.remaining()).isEqualByComparingTo("1000.01");
        assertThat(before.percent()).isCloseTo(66.6663, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(before.deadline()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(before.periodStart()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(before.completed()).isFalse();

        clock.set("2026-03-20T09:00:00Z");
        CommandResult second = engine.purchase(Purchase.of("o2", "c1", "1000.01")); // 1999.99 + 1000.01 = 3000.00
        assertThat(second.actions()).filteredOn(a -> a.type() == ActionType.GOAL_COMPLETED).singleElement()
                .satisfies(a -> assertThat(a.points()).isEqualTo(500));
        GoalProgress done = only(engine.goals("c1"));
        assertThat(done.completedAt()).isEqualTo(Instant.parse("2026-03-20T09:00:00Z"));
        assertThat(done.remaining()).isEqualByComparingTo("0");
        assertThat(done.percent()).isEqualTo(100.0);

        clock.set("2026-03-25T09:00:00Z");
        engine.purchase(Purchase.of("o3", "c1", "100")); // 3100 in March: already completed, nothing more
        assertThat(completions()).hasSize(1);
        assertThat(marks(engine)).containsExactly("goal:sprint:2026-03-01");
        // floor(1999.99) + floor(1000.01) + 100 + goal 500 = 1999 + 1000 + 100 + 500
        assertThat(engine.balance("c1").available()).isEqualTo(3599);
    }

    @Test
    void spendTarget_dailyGoal_completesOncePerDayAndAgainTheNextDay() {
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("daily", CapPeriod.DAY, "50").withPoints(10)).build());
        engine.purchase(Purchase.of("o1", "c1", "30"));
        engine.purchase(Purchase.of("o2", "c1", "30")); // 60 >= 50 on 10 March: completes
        engine.purchase(Purchase.of("o3", "c1", "30")); // 90 on 10 March: already completed
        clock.set("2026-03-11T00:00:00Z");
        engine.purchase(Purchase.of("o4", "c1", "60")); // 60 on 11 March: completes again
        assertThat(marks(engine)).containsExactly("goal:daily:2026-03-10", "goal:daily:2026-03-11");
        assertThat(completions()).extracting(Action::at)
                .containsExactly(Instant.parse("2026-03-10T12:00:00Z"), Instant.parse("2026-03-11T00:00:00Z"));
        // 30 + 30 + 30 + 60 purchase points + 2 x 10 goal points
        assertThat(engine.balance("c1").available()).isEqualTo(170);
    }

    @Test
    void spendTarget_purchaseAt2330LocalOnTheLastDayOfAMonth_countsInThatMonth() {
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("monthly", CapPeriod.MONTH, "100").withPoints(50))
                .zone("America/New_York").build());
        clock.set("2026-04-01T03:30:00Z"); // 2026-03-31T23:30-04:00 (EDT): still March in New York
        engine.purchase(Purchase.of("o1", "c1", "60"));
        clock.set("2026-04-01T04:00:00Z"); // 2026-04-01T00:00-04:00: April
        engine.purchase(Purchase.of("o2", "c1", "60"));
        // 60 in March and 60 in April: neither month reaches 100 (in UTC both would be April: 120)
        assertThat(completions()).isEmpty();
        GoalProgress march = only(engine.goals("c1", Instant.parse("2026-04-01T03:59:59Z")));
        assertThat(march.periodStart()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(march.progress()).isEqualByComparingTo("60");
        assertThat(march.deadline()).isEqualTo(Instant.parse("2026-04-01T04:00:00Z"));
        GoalProgress april = only(engine.goals("c1"));
        assertThat(april.periodStart()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(april.progress()).isEqualByComparingTo("60");
        assertThat(april.deadline()).isEqualTo(Instant.parse("2026-05-01T04:00:00Z"));

        clock.set("2026-05-01T03:30:00Z"); // 2026-04-30T23:30-04:00: the last half hour of April
        engine.purchase(Purchase.of("o3", "c1", "40")); // April: 60 + 40 = 100
        assertThat(marks(engine)).containsExactly("goal:monthly:2026-04-01");
        assertThat(completions()).singleElement()
                .satisfies(a -> assertThat(a.at()).isEqualTo(Instant.parse("2026-05-01T03:30:00Z")));
    }

    @Test
    void streak_gapResetsTheRun_andThreeConsecutiveMonthsComplete() {
        LoyaltyEngine engine = engine(program(GoalDefinition.streak("three", 3).withPoints(300)).build());
        // enrolled 10 March; purchases in March and April, none in May
        engine.purchase(Purchase.of("o1", "c1", "20"));
        clock.set("2026-04-10T00:00:00Z");
        engine.purchase(Purchase.of("o2", "c1", "20"));
        GoalProgress may = only(engine.goals("c1", Instant.parse("2026-05-20T00:00:00Z")));
        // May not covered yet: the run is March + April = 2, one more month (May) before 1 June
        assertThat(may.progress()).isEqualByComparingTo("2");
        assertThat(may.monthCovered()).isFalse();
        assertThat(may.remaining()).isEqualByComparingTo("1");
        assertThat(may.deadline()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        GoalProgress june = only(engine.goals("c1", Instant.parse("2026-06-05T00:00:00Z")));
        // May was missed: neither June nor May is covered, the run is 0
        assertThat(june.progress()).isEqualByComparingTo("0");
        assertThat(june.remaining()).isEqualByComparingTo("3");

        clock.set("2026-06-05T00:00:00Z");
        engine.purchase(Purchase.of("o3", "c1", "20"));
        GoalProgress covered = only(engine.goals("c1"));
        // June covered: run 1, and the next purchase is due in July, so by 1 August
        assertThat(covered.progress()).isEqualByComparingTo("1");
        assertThat(covered.monthCovered()).isTrue();
        assertThat(covered.deadline()).isEqualTo(Instant.parse("2026-08-01T00:00:00Z"));
        clock.set("2026-07-31T23:00:00Z");
        engine.purchase(Purchase.of("o4", "c1", "20"));
        // four months with purchases (March, April, June, July) but the longest run is 2: no completion
        assertThat(completions()).isEmpty();
        clock.set("2026-08-01T00:00:00Z");
        engine.purchase(Purchase.of("o5", "c1", "20")); // June, July, August: 3
        assertThat(completions()).singleElement().satisfies(a -> assertThat(a.points()).isEqualTo(300));
        clock.set("2026-09-15T00:00:00Z");
        engine.purchase(Purchase.of("o6", "c1", "20")); // run 4: a streak completes once ever
        assertThat(completions()).hasSize(1);
        GoalProgress after = only(engine.goals("c1"));
        assertThat(after.progress()).isEqualByComparingTo("4");
        assertThat(after.completedAt()).isEqualTo(Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(marks(engine)).containsExactly("goal:three");
    }

    @Test
    void streak_fullyRefundedPurchase_doesNotCoverItsMonth() {
        LoyaltyEngine engine = engine(program(GoalDefinition.streak("two", 2)).build());
        engine.purchase(Purchase.of("o1", "c1", "20"));
        engine.refund(Refund.full("f1", "c1", "o1")); // March no longer covered
        clock.set("2026-04-10T00:00:00Z");
        engine.purchase(Purchase.of("o2", "c1", "20"));
        assertThat(completions()).isEmpty();
        assertThat(only(engine.goals("c1")).progress()).isEqualByComparingTo("1");
    }

    @Test
    void streak_completionGrantsATierFloorThatSurvivesDowngradeReviews() {
        TierPolicy tiers = new TierPolicy(List.of(new Tier("member", null, false, null),
                Tier.of("silver", null, Requirement.spend("100")), Tier.of("gold", null, Requirement.spend("1000"))),
                TierWindow.rollingMonths(1), DowngradePolicy.AT_WINDOW_END, Period.ZERO);
        LoyaltyEngine engine = engine(program(GoalDefinition.streak("loyal", 3).withTier("gold")).tiers(tiers).build());
        clock.set("2026-03-15T00:00:00Z");
        engine.purchase(Purchase.of("o1", "c1", "150")); // silver: 150 >= 100 in the month before
        clock.set("2026-04-15T00:00:00Z");
        engine.purchase(Purchase.of("o2", "c1", "150"));
        clock.set("2026-05-15T00:00:00Z");
        engine.purchase(Purchase.of("o3", "c1", "150")); // March, April, May: the streak grants gold
        assertThat(engine.tier("c1").tier().id()).isEqualTo("gold");
        assertThat(engine.tier("c1").floor()).isEqualTo("gold");

        // no more purchases: the review of 1 July sees (1 June, 1 July] empty and drops the qualified tier
        engine.advanceTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(engine.entries("c1")).filteredOn(e -> e.type() == EntryType.TIER && e.note() == null)
                .extracting(LedgerEntry::rule).containsExactly("silver", "member");
        TierStatus status = engine.tier("c1", Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(status.tier().id()).isEqualTo("gold");
        assertThat(only(engine.goals("c1", Instant.parse("2026-09-01T00:00:00Z"))).completed()).isTrue();
        assertThat(actions).filteredOn(a -> a.type() == ActionType.TIER_CHANGED).extracting(Action::detail)
                .anySatisfy(d -> assertThat(d).startsWith("silver -> gold (manual: goal loyal completed"));
    }

    @Test
    void challenge_perWeek_completesOncePerWeekAndAgainNextWeek() {
        LoyaltyEngine engine = engine(program(GoalDefinition.challenge("reviewer", "review", 3, CapPeriod.WEEK)
                .withPoints(100)).build());
        // Tuesday 10 March 2026: the week runs Monday 9 March to Sunday 15 March
        engine.event(CustomerEvent.of("e1", "c1", "review"));
        clock.set("2026-03-12T10:00:00Z");
        engine.event(CustomerEvent.of("e2", "c1", "review"));
        engine.event(CustomerEvent.of("l1", "c1", "login")); // another type: not counted
        GoalProgress two = only(engine.goals("c1"));
        assertThat(two.progress()).isEqualByComparingTo("2");
        assertThat(two.unit()).isEqualTo("review events");
        assertThat(two.periodStart()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(two.deadline()).isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        clock.set("2026-03-15T23:59:59Z");
        engine.event(CustomerEvent.of("e3", "c1", "review")); // third in the week: completes
        engine.event(CustomerEvent.of("e4", "c1", "review")); // fourth: already completed this week
        clock.set("2026-03-16T00:00:00Z");
        engine.event(CustomerEvent.of("e5", "c1", "review")); // a new week: 1 of 3
        assertThat(only(engine.goals("c1")).progress()).isEqualByComparingTo("1");
        assertThat(completions()).singleElement().satisfies(a -> assertThat(a.at())
                .isEqualTo(Instant.parse("2026-03-15T23:59:59Z")));
        assertThat(marks(engine)).containsExactly("goal:reviewer:2026-03-09");
        assertThat(engine.balance("c1").available()).isEqualTo(100);
    }

    @Test
    void goalPoints_areCreditedAsALotOfTheGoalAndShownInExplain() {
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "100")
                .withPoints(500)).build());
        engine.purchase(Purchase.of("o1", "c1", "100"));
        assertThat(engine.lots("c1")).filteredOn(l -> "sprint".equals(l.rule())).singleElement()
                .satisfies(l -> assertThat(l.points()).isEqualTo(500)).extracting(Lot::source).isEqualTo("o1");
        String explained = engine.explain("c1").toString();
        assertThat(explained).contains("EARN +500 [sprint] for o1")
                .contains("sprint: spend 100 per month -> +500 points; completed by o1 at 100 of 100 EUR")
                .contains("MARK [goal:sprint:2026-03-01]").contains("key=o1/goal:sprint");
        assertThat(engine.balance("c1").available()).isEqualTo(600); // 100 + 500
    }

    @Test
    void purchase_retried_doesNotCompleteTheGoalTwice() {
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "100")
                .withPoints(50)).build());
        CommandResult first = engine.purchase(Purchase.of("o1", "c1", "100"));
        CommandResult again = engine.purchase(Purchase.of("o1", "c1", "100"));
        assertThat(first.actions()).extracting(Action::type).contains(ActionType.GOAL_COMPLETED);
        assertThat(again.replayed()).isTrue();
        assertThat(again.actions()).isEmpty();
        assertThat(completions()).hasSize(1);
        assertThat(marks(engine)).hasSize(1);
        assertThat(engine.balance("c1").available()).isEqualTo(150); // 100 + 50 once
    }

    @Test
    void refund_lowersProgressButDoesNotRevokeACompletedGoal() {
        TierPolicy tiers = new TierPolicy(List.of(new Tier("member", null, false, null),
                Tier.of("gold", null, Requirement.spend("5000"))), TierWindow.lifetime(), DowngradePolicy.NEVER, null);
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "300")
                .withPoints(50).withTier("gold")).tiers(tiers).build());
        engine.purchase(Purchase.of("o1", "c1", "200"));
        engine.purchase(Purchase.of("o2", "c1", "100")); // 300: completes, +50 and gold
        assertThat(engine.balance("c1").available()).isEqualTo(350); // 200 + 100 + 50
        engine.refund(Refund.full("f2", "c1", "o2")); // reverses o2's 100 points, not the goal's 50
        GoalProgress afterRefund = only(engine.goals("c1"));
        assertThat(afterRefund.progress()).isEqualByComparingTo("200");
        assertThat(afterRefund.completed()).isTrue();
        assertThat(engine.balance("c1").available()).isEqualTo(250);
        assertThat(engine.tier("c1").tier().id()).isEqualTo("gold");
        engine.purchase(Purchase.of("o3", "c1", "100")); // 300 again in March: not a second completion
        assertThat(completions()).hasSize(1);
        assertThat(engine.balance("c1").available()).isEqualTo(350);

        clock.set("2026-04-02T00:00:00Z");
        engine.refund(Refund.partial("f1", "c1", "o1", "50")); // refunds a March purchase in April
        // April has no purchase: its progress is 0, not -50; March as it stood at its end is 300
        assertThat(only(engine.goals("c1")).progress()).isEqualByComparingTo("0");
        assertThat(only(engine.goals("c1", Instant.parse("2026-03-31T23:59:59Z"))).progress())
                .isEqualByComparingTo("300");
    }

    @Test
    void goals_asOfAPastInstant_showThePeriodAsItWas() {
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "100")).build());
        engine.purchase(Purchase.of("o1", "c1", "60"));
        clock.set("2026-03-20T00:00:00Z");
        engine.purchase(Purchase.of("o2", "c1", "60")); // 120: completes on 20 March
        clock.set("2026-04-05T00:00:00Z");
        GoalProgress now = only(engine.goals("c1"));
        assertThat(now.periodStart()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(now.progress()).isEqualByComparingTo("0");
        assertThat(now.completed()).isFalse();
        GoalProgress midMarch = only(engine.goals("c1", Instant.parse("2026-03-15T00:00:00Z")));
        assertThat(midMarch.progress()).isEqualByComparingTo("60");
        assertThat(midMarch.remaining()).isEqualByComparingTo("40");
        assertThat(midMarch.completed()).isFalse();
        GoalProgress lateMarch = only(engine.goals("c1", Instant.parse("2026-03-25T00:00:00Z")));
        assertThat(lateMarch.progress()).isEqualByComparingTo("120");
        assertThat(lateMarch.completedAt()).isEqualTo(Instant.parse("2026-03-20T00:00:00Z"));
        assertThat(lateMarch.toString()).isEqualTo("c1 sprint (SPEND_TARGET, period from 2026-03-01) as of "
                + "2026-03-25T00:00:00Z: 120 of 100 EUR (100.0%), completed 2026-03-20T00:00:00Z");
    }

    @Test
    void goals_programWithoutGoals_isEmpty() {
        LoyaltyEngine engine = engine(program().build());
        assertThat(engine.goals("c1")).isEmpty();
    }

    @Test
    void tierStatus_spendToNextTier_saysHowMuchMoreReachesGold() {
        TierPolicy tiers = new TierPolicy(List.of(new Tier("member", null, false, null),
                Tier.of("silver", null, Requirement.spend("1000")), Tier.of("gold", null, Requirement.spend("3000"))),
                TierWindow.calendarYear(), DowngradePolicy.AT_WINDOW_END, null);
        LoyaltyEngine engine = engine(program(GoalDefinition.spendTarget("gold-sprint", CapPeriod.MONTH, "3000")
                .withTier("gold")).tiers(tiers).build());
        engine.purchase(Purchase.of("o1", "c1", "1200")); // silver
        TierStatus status = engine.tier("c1");
        GoalProgress sprint = only(engine.goals("c1"));
        String message = "Spend " + status.spendToNextTier().toPlainString() + " " + sprint.unit() + " more by "
                + sprint.deadline() + " to reach " + status.nextTier().id();
        // 3000 - 1200 = 1800, for the calendar-year window and for this month's goal alike
        assertThat(message).isEqualTo("Spend 1800 EUR more by 2026-04-01T00:00:00Z to reach gold");
        assertThat(sprint.remaining()).isEqualByComparingTo(status.spendToNextTier());
        engine.purchase(Purchase.of("o2", "c1", "1800"));
        assertThat(engine.tier("c1").tier().id()).isEqualTo("gold");
        assertThat(engine.tier("c1").spendToNextTier()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(only(engine.goals("c1")).kind()).isEqualTo(GoalKind.SPEND_TARGET);
    }
}
