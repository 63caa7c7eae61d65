package io.retention4j.core.lifecycle;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-counted states and transitions of small logs under fixed inactivity; the arithmetic is in the comments. */
class LifecycleTest {
    /** 2026-01-01T00:00Z; {@code day(n)} is n days later at midnight UTC. */
    private static final Instant D0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Lifecycle FIXED = Lifecycle.builder().policy(FixedInactivityPolicy.of(60, 90, 180))
            .newCustomerDays(30).reactivationDays(30).build();

    static Instant day(double n) {
        return D0.plusMillis(Math.round(n * 86_400_000L));
    }

    /** Purchases of "a" on days 0, 10 and 120 at noon. */
    private static TransactionLog threePurchases() {
        return TransactionLog.builder().add("a", day(0.5), 10).add("a", day(10.5), 20).add("a", day(120.5), 30)
                .build();
    }

    private static CustomerState stateOf(TransactionLog log, Instant asOf) {
        return FIXED.state(log, "a", asOf).orElseThrow();
    }

    @Test
    void state_singleCustomer_followsTheRulesDayByDay() {
        TransactionLog log = threePurchases();
        // before the first purchase (day 0 at noon): no state
        assertThat(FIXED.state(log, "a", day(0.5).minusMillis(1))).isEmpty();
        // day 5: first purchase 5 days ago < 30 -> NEW
        CustomerState s = stateOf(log, day(5.5));
        assertThat(s).isEqualTo(new CustomerState("a", LifecycleState.NEW, day(5.5), 1, 5, 5,
                "first purchase on 2026-01-01, 5 days ago (< new-customer window 30 days); "
                        + "no purchase for 5 days < at-risk threshold 60 days (fixed inactivity)"));
        // day 29 (last ms): 29 < 30 -> NEW; day 30 from midnight: ACTIVE (20 days since day 10)
        assertThat(stateOf(log, day(30).minusMillis(1)).state()).isEqualTo(LifecycleState.NEW);
        assertThat(stateOf(log, day(30)).state()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(stateOf(log, day(30)).reason()).isEqualTo(
                "no purchase for 20 days < at-risk threshold 60 days (fixed inactivity)");
        // 59 days after day 10 still ACTIVE; 60 days (day 70, tie) AT_RISK
        assertThat(stateOf(log, day(70).minusMillis(1)).state()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(stateOf(log, day(70))).isEqualTo(new CustomerState("a", LifecycleState.AT_RISK, day(70), 2, 70, 60,
                "no purchase for 60 days >= at-risk threshold 60 days (fixed inactivity)"));
        // 90 days (day 100, tie) DORMANT; still dormant on day 120 before the purchase at noon (110 days)
        assertThat(stateOf(log, day(100).minusMillis(1)).state()).isEqualTo(LifecycleState.AT_RISK);
        assertThat(stateOf(log, day(100)).reason()).isEqualTo(
                "no purchase for 90 days >= dormant threshold 90 days (fixed inactivity)");
        assertThat(stateOf(log, day(120.5).minusMillis(1)).state()).isEqualTo(LifecycleState.DORMANT);
        // the purchase on day 120 (2026-05-01) ended dormancy: REACTIVATED for days 120..149
        assertThat(stateOf(log, day(120.5))).isEqualTo(new CustomerState("a", LifecycleState.REACTIVATED, day(120.5),
                3, 120, 0, "reactivated by the purchase on 2026-05-01, 0 days ago (< reactivation window 30 days), "
                + "which ended: no purchase for 110 days >= dormant threshold 90 days (fixed inactivity); "
                + "now: no purchase for 0 days < at-risk threshold 60 days (fixed inactivity)"));
        assertThat(stateOf(log, day(150).minusMillis(1)).state()).isEqualTo(LifecycleState.REACTIVATED);
        assertThat(stateOf(log, day(150)).state()).isEqualTo(LifecycleState.ACTIVE);
        // 180 days after day 120 = day 300: CHURNED
        assertThat(stateOf(log, day(300)).reason()).isEqualTo(
                "no purchase for 180 days >= churned threshold 180 days (fixed inactivity)");
    }

    @Test
    void replay_singleCustomer_everyChangeAtItsInstant() {
        TransactionLog log = threePurchases();
        LifecycleTransitions t = FIXED.replay(log, day(400));
        // purchases on days 0, 10, 120 (noon); thresholds 60/90/180 after the last purchase day; windows 30
        assertThat(t.size()).isEqualTo(9);
        assertTransition(t, 0, null, LifecycleState.NEW, day(0.5));
        assertTransition(t, 1, LifecycleState.NEW, LifecycleState.ACTIVE, day(30));
        assertTransition(t, 2, LifecycleState.ACTIVE, LifecycleState.AT_RISK, day(70));
        assertTransition(t, 3, LifecycleState.AT_RISK, LifecycleState.DORMANT, day(100));
        assertTransition(t, 4, LifecycleState.DORMANT, LifecycleState.REACTIVATED, day(120.5));
        assertTransition(t, 5, LifecycleState.REACTIVATED, LifecycleState.ACTIVE, day(150));
        assertTransition(t, 6, LifecycleState.ACTIVE, LifecycleState.AT_RISK, day(180));
        assertTransition(t, 7, LifecycleState.AT_RISK, LifecycleState.DORMANT, day(210));
        assertTransition(t, 8, LifecycleState.DORMANT, LifecycleState.CHURNED, day(300));
        assertThat(t.reason(3)).isEqualTo("no purchase for 90 days >= dormant threshold 90 days (fixed inactivity)");
        assertThat(t.get(0).isFirstPurchase()).isTrue();
        // every reason is the reason of the state as of the transition's instant
        for (StateTransition tr : t) {
            assertThat(tr.reason()).isEqualTo(stateOf(log, tr.at()).reason());
        }
    }

    private static void assertTransition(LifecycleTransitions t, int i, LifecycleState from, LifecycleState to,
                                         Instant at) {
        assertThat(t.customerId(i)).isEqualTo("a");
        assertThat(t.fromState(i)).as("from of %d", i).isEqualTo(from);
        assertThat(t.toState(i)).as("to of %d", i).isEqualTo(to);
        assertThat(t.at(i)).as("instant of %d", i).isEqualTo(at);
    }

    @Test
    void replay_fromExactlyAtATransition_leavesItOut() {
        // (from, until]: the AT_RISK -> DORMANT change at day 100 00:00 is at from, so it is not kept;
        // transitions up to day 160: DORMANT -> REACTIVATED (day 120 noon), REACTIVATED -> ACTIVE (day 150)
        LifecycleTransitions t = FIXED.replay(threePurchases(), day(100), day(160));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.fromState(0)).isEqualTo(LifecycleState.DORMANT);
        assertThat(t.toState(0)).isEqualTo(LifecycleState.REACTIVATED);
        assertThat(t.at(1)).isEqualTo(day(150));
        // until exactly at a day start includes that day's change
        assertThat(FIXED.replay(threePurchases(), day(100).minusMillis(1), day(100)).size()).isEqualTo(1);
    }

    @Test
    void replay_purchaseAtTheMidnightDormancyStarts_oneNetTransition() {
        // purchases on day 0 and exactly at day 90 00:00, when 90 days without purchase make the
        // customer dormant: at that instant the customer is REACTIVATED, and just before it AT_RISK
        // (89 days), so the replay gives AT_RISK -> REACTIVATED, not AT_RISK -> DORMANT -> REACTIVATED
        TransactionLog log = TransactionLog.builder().add("b", day(0), 1).add("b", day(90), 1).build();
        LifecycleTransitions t = FIXED.replay(log, day(95));
        assertThat(t.list()).extracting(StateTransition::from, StateTransition::to, StateTransition::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, LifecycleState.NEW, day(0)),
                        org.assertj.core.groups.Tuple.tuple(LifecycleState.NEW, LifecycleState.ACTIVE, day(30)),
                        org.assertj.core.groups.Tuple.tuple(LifecycleState.ACTIVE, LifecycleState.AT_RISK, day(60)),
                        org.assertj.core.groups.Tuple.tuple(LifecycleState.AT_RISK, LifecycleState.REACTIVATED,
                                day(90)));
        assertThat(FIXED.state(log, "b", day(90).minusMillis(1)).orElseThrow().state())
                .isEqualTo(LifecycleState.AT_RISK);
    }

    @Test
    void states_samePurchaseDayMerged_refundsAreNotPurchases() {
        // c: two purchases on day 0 (one purchase day), a refund on day 50 (not a purchase: inactivity
        // keeps counting from day 0) -> as of day 95: 95 days >= 90, DORMANT, 1 purchase day
        // r: only a refund -> no purchase -> not in the states
        TransactionLog log = TransactionLog.builder().add("c", day(0.4), 10).add("c", day(0.7), 5)
                .add("c", day(50), -10).add("r", day(3), -4).build();
        LifecycleStates states = FIXED.states(log, day(95));
        assertThat(states.size()).isEqualTo(1);
        assertThat(states.customerId(0)).isEqualTo("c");
        assertThat(states.state(0)).isEqualTo(LifecycleState.DORMANT);
        assertThat(states.purchaseDays(0)).isEqualTo(1);
        assertThat(states.daysSinceLastPurchase(0)).isEqualTo(95);
        assertThat(states.find("r")).isEmpty();
        assertThat(states.indexOf("nobody")).isEqualTo(-1);
        assertThat(states.count(LifecycleState.DORMANT)).isEqualTo(1);
        assertThat(states.customerIds(LifecycleState.DORMANT)).containsExactly("c");
        assertThat(states.inState(LifecycleState.DORMANT)).extracting(CustomerState::reason)
                .containsExactly("no purchase for 95 days >= dormant threshold 90 days (fixed inactivity)");
    }

    @Test
    void states_zone_countsCalendarDaysOfThatZone() {
        // a purchase at 2026-01-01T23:30Z is on Jan 1 in UTC but on Jan 2 (00:30) in Berlin.
        // As of 2026-03-02T22:30Z (Berlin: Mar 2, 23:30): UTC counts Jan 1 -> Mar 2 = 60 days (AT_RISK),
        // Berlin counts Jan 2 -> Mar 2 = 59 days (ACTIVE); Berlin's day 60 starts at 2026-03-02T23:00Z
        TransactionLog log = TransactionLog.builder().add("z", Instant.parse("2026-01-01T23:30:00Z"), 1).build();
        Instant asOf = Instant.parse("2026-03-02T22:30:00Z");
        Lifecycle berlin = Lifecycle.builder().policy(FixedInactivityPolicy.of(60, 90, 180)).zone("Europe/Berlin")
                .build();
        assertThat(FIXED.state(log, "z", asOf).orElseThrow().daysSinceLastPurchase()).isEqualTo(60);
        assertThat(FIXED.state(log, "z", asOf).orElseThrow().state()).isEqualTo(LifecycleState.AT_RISK);
        assertThat(berlin.state(log, "z", asOf).orElseThrow().daysSinceLastPurchase()).isEqualTo(59);
        assertThat(berlin.state(log, "z", asOf).orElseThrow().state()).isEqualTo(LifecycleState.ACTIVE);
        LifecycleTransitions t = berlin.replay(log, asOf.plusSeconds(3600));
        assertThat(t.at(t.size() - 1)).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
        assertThat(t.toState(t.size() - 1)).isEqualTo(LifecycleState.AT_RISK);
        assertThat(berlin.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void states_emptyLog_emptyResults() {
        TransactionLog empty = TransactionLog.builder().build();
        LifecycleStates states = FIXED.states(empty, D0);
        assertThat(states.size()).isZero();
        assertThat(states.counts()).containsValues(0, 0, 0, 0, 0, 0).hasSize(6);
        assertThat(states.toString()).startsWith("LifecycleStates[0 customers as of 2026-01-01T00:00:00Z: NEW 0,");
        LifecycleTransitions t = FIXED.replay(empty, D0);
        assertThat(t.size()).isZero();
        assertThat(t.summary().total()).isZero();
        ReactivationRates rates = t.reactivationRates(CalendarPeriod.months(ZoneOffset.UTC), 30);
        assertThat(rates.rows()).isEmpty();
        assertThat(rates.rate()).isEmpty();
    }

    @Test
    void replay_listener_getsTheSameTransitionsAndReasonsAsTheList() {
        TransactionLog log = TransactionLog.builder().add("a", day(0.5), 10).add("a", day(10.5), 20)
                .add("a", day(120.5), 30).add("b", day(0), 1).add("b", day(90), 1).add("c", day(5), -3).build();
        List<StateTransition> heard = new ArrayList<>();
        FIXED.replay(log, day(20), day(400), heard::add);
        LifecycleTransitions kept = FIXED.replay(log, day(20), day(400));
        assertThat(heard).isEqualTo(kept.list());
        List<StateTransition> delivered = new ArrayList<>();
        kept.deliver(delivered::add);
        assertThat(delivered).isEqualTo(heard);
    }

    @Test
    void summary_countsPerPair_readable() {
        TransactionLog log = TransactionLog.builder().add("a", day(0.5), 10).add("a", day(10.5), 20)
                .add("a", day(120.5), 30).add("b", day(0), 1).add("b", day(90), 1).build();
        // a: -NEW, NEW-ACTIVE, ACTIVE-AT_RISK, AT_RISK-DORMANT, DORMANT-REACTIVATED, REACTIVATED-ACTIVE,
        //    ACTIVE-AT_RISK (day 180), AT_RISK-DORMANT (day 210)                      (until day 250)
        // b: -NEW, NEW-ACTIVE, ACTIVE-AT_RISK (60), AT_RISK-REACTIVATED (90), REACTIVATED-ACTIVE (120),
        //    ACTIVE-AT_RISK (150), AT_RISK-DORMANT (180)
        TransitionSummary summary = FIXED.replay(log, day(250)).summary();
        assertThat(summary.total()).isEqualTo(15);
        assertThat(summary.count(null, LifecycleState.NEW)).isEqualTo(2);
        assertThat(summary.count(LifecycleState.ACTIVE, LifecycleState.AT_RISK)).isEqualTo(4);
        assertThat(summary.count(LifecycleState.AT_RISK, LifecycleState.DORMANT)).isEqualTo(3);
        assertThat(summary.count(LifecycleState.AT_RISK, LifecycleState.REACTIVATED)).isEqualTo(1);
        assertThat(summary.count(LifecycleState.DORMANT, LifecycleState.REACTIVATED)).isEqualTo(1);
        assertThat(summary.into(LifecycleState.REACTIVATED)).isEqualTo(2);
        assertThat(summary.outOf(LifecycleState.REACTIVATED)).isEqualTo(2);
        assertThat(summary.outOf(null)).isEqualTo(2);
        assertThat(summary.toString()).contains("(first purchase) -> NEW                    2")
                .contains("          ACTIVE -> AT_RISK                4");
    }

    @Test
    void reactivationRates_handCounted() {
        // fixed 60/90/180, replay up to day 400, monthly periods (UTC), window 30 days
        // a: dormant from day 100 (2026-04-11), next purchase day 120: 20 <= 30 -> came back (April);
        //    dormant again from day 210 (2026-07-30), no purchase by day 400 -> not back (July)
        // b: purchase day 0 only: dormant from day 90 (2026-04-01), never back (April); DORMANT -> CHURNED
        //    on day 180 continues that spell
        // c: purchase day 0, dormant day 90 (April), purchase day 125: 35 > 30 -> not back (April);
        //    then dormant again from day 215 (2026-08-03), never back (August)
        // d: purchase day 280, dormant day 370 (2027-01-06), until day 400: 400 - 370 = 30 <= 30 -> censored
        // e: purchase day 282, dormant day 372, back on day 380, but its window is open at day 400 -> censored
        TransactionLog log = TransactionLog.builder().add("a", day(0.5), 10).add("a", day(10.5), 20)
                .add("a", day(120.5), 30).add("b", day(0), 1).add("c", day(0), 1).add("c", day(125), 1)
                .add("d", day(280), 1).add("e", day(282), 1).add("e", day(380), 1).build();
        ReactivationRates rates = FIXED.replay(log, day(400)).reactivationRates(CalendarPeriod.months(ZoneOffset.UTC), 30);
        // rows April 2026 .. January 2027 (10 months)
        assertThat(rates.rows()).hasSize(10);
        ReactivationRate april = rates.rows().get(0);
        assertThat(april.periodStart()).isEqualTo("2026-04-01T00:00");
        assertThat(april).isEqualTo(new ReactivationRate(april.periodStart(), 3, 1, 0));
        assertThat(april.rate()).hasValue(1 / 3.0);
        assertThat(rates.rows().get(3)).isEqualTo(new ReactivationRate(rates.rows().get(3).periodStart(), 1, 0, 0));
        assertThat(rates.rows().get(1).rate()).isEmpty();
        ReactivationRate january = rates.rows().get(9);
        assertThat(january).isEqualTo(new ReactivationRate(january.periodStart(), 2, 0, 2));
        assertThat(january.rate()).isEmpty();
        assertThat(rates.rows().get(4)).isEqualTo(new ReactivationRate(rates.rows().get(4).periodStart(), 1, 0, 0));
        assertThat(rates.becameDormant()).isEqualTo(7);
        assertThat(rates.cameBack()).isEqualTo(1);
        assertThat(rates.censored()).isEqualTo(2);
        assertThat(rates.rate()).hasValue(1 / 5.0);
        // three days later both windows have closed: d resolved not back, e back within 8 days
        ReactivationRates later = FIXED.replay(log, day(403)).reactivationRates(CalendarPeriod.months(ZoneOffset.UTC), 30);
        assertThat(later.censored()).isZero();
        assertThat(later.cameBack()).isEqualTo(2);
        assertThat(later.rate()).hasValue(2 / 7.0);
        assertThat(rates.toString()).contains("2026-04-01T00:00").contains("33.33%").contains("total");
    }

    @Test
    void newAndReactivationWindowsZero_neverNewNorReactivated() {
        Lifecycle plain = Lifecycle.builder().policy(FixedInactivityPolicy.of(60, 90, 180)).newCustomerDays(0)
                .reactivationDays(0).build();
        LifecycleTransitions t = plain.replay(threePurchases(), day(400));
        assertThat(t.list()).extracting(StateTransition::to).doesNotContain(LifecycleState.NEW,
                LifecycleState.REACTIVATED);
        // first purchase -> ACTIVE, AT_RISK (day 70), DORMANT (day 100), the purchase on day 120 -> ACTIVE
        assertThat(t.toState(0)).isEqualTo(LifecycleState.ACTIVE);
        assertThat(t.fromState(3)).isEqualTo(LifecycleState.DORMANT);
        assertThat(t.toState(3)).isEqualTo(LifecycleState.ACTIVE);
        assertThat(t.at(3)).isEqualTo(day(120.5));
    }

    @Test
    void badInput_clearExceptions() {
        assertRejects(IllegalArgumentException.class, () -> Lifecycle.builder().newCustomerDays(-1),
                "newCustomerDays", "-1");
        assertRejects(IllegalArgumentException.class, () -> Lifecycle.builder().reactivationDays(-5),
                "reactivationDays", "-5");
        assertRejects(IllegalArgumentException.class, () -> Lifecycle.builder().zone("Mars/Olympus_Mons"),
                "unknown zone 'Mars/Olympus_Mons'");
        assertRejects(NullPointerException.class, () -> Lifecycle.builder().policy(null), "policy");
        assertRejects(IllegalArgumentException.class, () -> FIXED.replay(threePurchases(), day(10), day(5)),
                "from 2026-01-11T00:00:00Z is after until 2026-01-06T00:00:00Z");
        LifecycleTransitions t = FIXED.replay(threePurchases(), day(400));
        assertRejects(IllegalArgumentException.class,
                () -> t.reactivationRates(CalendarPeriod.months(ZoneOffset.UTC), -1), "withinDays", "-1");
        assertRejects(IndexOutOfBoundsException.class, () -> t.get(9), "transition 9 outside 0..8");
        assertRejects(IllegalArgumentException.class, () -> new StateTransition("a", LifecycleState.NEW,
                LifecycleState.NEW, D0, "x"), "must change the state", "NEW -> NEW");
        assertRejects(IllegalArgumentException.class, () -> new CustomerState("a", LifecycleState.NEW, D0, 1, 2, 3,
                "x"), "daysSinceLastPurchase <= daysSinceFirstPurchase", "3 and 2");
        assertRejects(IllegalArgumentException.class, () -> new ReactivationRate(D0.atZone(ZoneOffset.UTC)
                .toLocalDateTime(), 2, 2, 1), "cameBack + censored <= becameDormant");
    }

    @Test
    void toString_readable() {
        TransactionLog log = threePurchases();
        assertThat(FIXED.toString()).isEqualTo("Lifecycle[fixed inactivity: at risk from 60, dormant from 90, "
                + "churned from 180 days without purchase; new for 30 days, reactivated for 30 days; days in UTC]");
        assertThat(FIXED.states(log, day(100)).toString()).isEqualTo("LifecycleStates[1 customers as of "
                + "2026-04-11T00:00:00Z: NEW 0, ACTIVE 0, AT_RISK 0, DORMANT 1, CHURNED 0, REACTIVATED 0; " + FIXED
                + "]\n           a DORMANT     no purchase for 90 days >= dormant threshold 90 days (fixed inactivity)\n");
        assertThat(FIXED.replay(log, day(400)).get(3).toString()).isEqualTo("2026-04-11T00:00:00Z a AT_RISK -> DORMANT:"
                + " no purchase for 90 days >= dormant threshold 90 days (fixed inactivity)");
        assertThat(FIXED.replay(log, day(400)).get(0).toString()).startsWith(
                "2026-01-01T12:00:00Z a (first purchase) -> NEW: first purchase on 2026-01-01");
    }
}
