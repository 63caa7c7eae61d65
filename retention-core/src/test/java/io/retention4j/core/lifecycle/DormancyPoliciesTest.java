package io.retention4j.core.lifecycle;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static io.retention4j.core.lifecycle.LifecycleTest.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmRow;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-counted levels, first days and reasons of the built-in policies, and their bad input. */
class DormancyPoliciesTest {

    private static TransactionLog purchasesOnDays(String customer, int... days) {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int d : days) {
            b.add(customer, day(d + 0.5), 10);
        }
        return b.build();
    }

    private static List<String> transitions(Lifecycle lifecycle, TransactionLog log, double untilDay) {
        List<String> out = new ArrayList<>();
        LifecycleTransitions t = lifecycle.replay(log, day(untilDay));
        for (int i = 0; i < t.size(); i++) {
            long dayNumber = (t.epochMillis(i) - day(0).toEpochMilli()) / 86_400_000L;
            out.add(dayNumber + ":" + t.toState(i));
        }
        return out;
    }

    @Test
    void ownCadence_medianGapOddAndEven_thresholdsStrictlyBeyondTheMultiple() {
        // purchase days 0, 2, 12, 15, 30; multiples 2 / 3 / 6; new window 0, reactivation window 5
        // after day 0 (one purchase day): fallback 60 / 90 / 180, next purchase on day 2: nothing
        // after day 2: gaps {2}, median 2: at risk s > 4 -> day 7, dormant s > 6 -> day 9, churned s > 12 -> 15 > 12
        // day 12: 10 days > 6 -> was DORMANT: reactivation -> REACTIVATED until day 12 + 5 = 17
        // after day 12: gaps {2, 10}, median 6: at risk s > 12 -> day 25 > next purchase 15
        // after day 15: gaps {2, 3, 10}, median 3: day 17 ACTIVE (window over), at risk s > 6 -> day 22,
        //   dormant s > 9 -> day 25, churned s > 18 -> 34 > 30
        // day 30: 15 days > 9 (not > 18) -> DORMANT before: REACTIVATED until day 35
        // after day 30: gaps {2, 3, 10, 15}, median 6.5: at risk s > 13 -> day 44, dormant s > 19.5 -> day 50,
        //   churned s > 39 -> day 70
        Lifecycle cadence = Lifecycle.builder().policy(OwnCadencePolicy.builder().multiples(2, 3, 6).build())
                .newCustomerDays(0).reactivationDays(5).build();
        TransactionLog log = purchasesOnDays("a", 0, 2, 12, 15, 30);
        assertThat(transitions(cadence, log, 100)).containsExactly("0:ACTIVE", "7:AT_RISK", "9:DORMANT",
                "12:REACTIVATED", "17:ACTIVE", "22:AT_RISK", "25:DORMANT", "30:REACTIVATED", "35:ACTIVE",
                "44:AT_RISK", "50:DORMANT", "70:CHURNED");
        assertThat(cadence.state(log, "a", day(50)).orElseThrow().reason()).isEqualTo("no purchase for 20 days > 3 x "
                + "median gap 6.5 days = 19.5 days (dormant threshold; own cadence over 5 purchase days)");
        // tie: 13 days = 2 x 6.5 exactly is not beyond the multiple
        assertThat(cadence.state(log, "a", day(43)).orElseThrow().reason()).isEqualTo("no purchase for 13 days <= "
                + "2 x median gap 6.5 days = 13 days (at-risk limit; own cadence over 5 purchase days)");
        assertThat(cadence.state(log, "a", day(43)).orElseThrow().state()).isEqualTo(LifecycleState.ACTIVE);
    }

    @Test
    void ownCadence_oneTimeBuyerAndTooFewDays_useTheFallback() {
        OwnCadencePolicy policy = OwnCadencePolicy.builder().multiples(2, 3, 6).minPurchaseDays(3)
                .fallback(FixedInactivityPolicy.of(10, 20, 30)).build();
        Lifecycle cadence = Lifecycle.builder().policy(policy).newCustomerDays(0).reactivationDays(0).build();
        // one purchase day (day 0): fixed 10 / 20 / 30
        TransactionLog once = purchasesOnDays("o", 0);
        assertThat(transitions(cadence, once, 40)).containsExactly("0:ACTIVE", "10:AT_RISK", "20:DORMANT",
                "30:CHURNED");
        assertThat(cadence.state(once, "o", day(25)).orElseThrow().reason()).isEqualTo("1 purchase day (own cadence "
                + "needs 3), fallback: no purchase for 25 days >= dormant threshold 20 days (fixed inactivity)");
        // days 0 and 1: two purchase days < 3 -> still the fallback, counted from day 1
        TransactionLog twice = purchasesOnDays("t", 0, 1);
        assertThat(cadence.state(twice, "t", day(12)).orElseThrow().reason()).startsWith("2 purchase days (own "
                + "cadence needs 3), fallback: no purchase for 11 days >= at-risk threshold 10 days");
        assertThat(policy.toString()).isEqualTo("own cadence: at risk beyond 2, dormant beyond 3, churned beyond 6 x "
                + "the median gap between purchase days (from 3 purchase days; otherwise fixed inactivity: at risk "
                + "from 10, dormant from 20, churned from 30 days without purchase)");
    }

    @Test
    void ownCadence_medianMatchesTheCustomerProfileDefinition() {
        // gaps of days 0, 1, 5, 6, 20: {1, 4, 1, 14} -> sorted {1, 1, 4, 14} -> median (1 + 4) / 2 = 2.5
        List<Double> medians = new ArrayList<>();
        DormancyPolicy recording = new DormancyPolicy() {
            @Override
            public DormancyLevel level(PurchaseHistory history, long day) {
                medians.add(history.medianGapDays());
                return DormancyLevel.ACTIVE;
            }

            @Override
            public String explain(PurchaseHistory history, long day) {
                return "";
            }
        };
        Lifecycle.builder().policy(recording).reactivationDays(0).build()
                .states(purchasesOnDays("a", 0, 1, 5, 6, 20), day(21));
        assertThat(medians).containsExactly(2.5);
    }

    @Test
    void alivePolicy_linearModel_crossesByHandAndBisectionFindsTheDays() {
        // Linear: P(alive) = 1 - (days since last purchase) / 100 for x > 0, 1 for x = 0.
        // thresholds 0.7 / 0.5 / 0.3: at risk when 1 - s/100 < 0.7, i.e. s > 30 (s = 30 gives exactly 0.7:
        // a tie, not below); dormant s > 50; churned s > 70 (1 - 0.7 = 0.30000000000000004, not below 0.3)
        AliveProbabilityPolicy policy = AliveProbabilityPolicy.of(new TestModels.Linear(), 0.7, 0.5, 0.3);
        Lifecycle model = Lifecycle.builder().policy(policy).newCustomerDays(0).reactivationDays(10).build();
        TransactionLog log = purchasesOnDays("a", 0, 10, 80);
        // x = 0 on day 0: P(alive) = 1 until day 10. After day 10: at risk day 41, dormant day 61;
        // day 80 (70 days, not > 70) ended dormancy -> REACTIVATED until day 90; then at risk day 111,
        // dormant day 131, churned day 151
        assertThat(transitions(model, log, 200)).containsExactly("0:ACTIVE", "41:AT_RISK", "61:DORMANT",
                "80:REACTIVATED", "90:ACTIVE", "111:AT_RISK", "131:DORMANT", "151:CHURNED");
        assertThat(model.state(log, "a", day(40)).orElseThrow().reason())
                .isEqualTo("P(alive) = 0.7000 >= at-risk threshold 0.7 (x = 1, t_x = 10, T = 40 days)");
        assertThat(model.state(log, "a", day(61)).orElseThrow().reason())
                .isEqualTo("P(alive) = 0.4900 < dormant threshold 0.5 (x = 1, t_x = 10, T = 61 days)");
        // a one-time buyer is never flagged by P(alive) in such a model
        assertThat(transitions(model, purchasesOnDays("o", 0), 500)).containsExactly("0:ACTIVE");
    }

    @Test
    void noPurchasePolicy_linearModel_flagsOneTimeBuyers() {
        // P(no purchase in the next 10 days) = (s + 10) / 100; above 0.5 / 0.7 / 0.9 -> s > 40 / 60 / 80
        NoPurchasePolicy policy = NoPurchasePolicy.of(new TestModels.Linear(), 10, 0.5, 0.7, 0.9);
        Lifecycle model = Lifecycle.builder().policy(policy).newCustomerDays(0).reactivationDays(0).build();
        TransactionLog once = purchasesOnDays("o", 0);
        assertThat(transitions(model, once, 100)).containsExactly("0:ACTIVE", "41:AT_RISK", "61:DORMANT",
                "81:CHURNED");
        assertThat(model.state(once, "o", day(61)).orElseThrow().reason()).isEqualTo("P(no purchase in the next 10 "
                + "days) = 0.7100 > dormant threshold 0.7 (x = 0, t_x = 0, T = 61 days)");
        assertThat(policy.horizon()).isEqualTo(10);
        assertThat(policy.threshold(DormancyLevel.CHURNED)).isEqualTo(0.9);
    }

    @Test
    void modelPolicies_seeTheHistoryRfmSummaryGives() {
        // purchases on days 0 (twice), 7, 21, a refund on day 30; as of day 35 (end of day) in weeks:
        // x = 2 repeat days, t_x = 21 / 7 = 3, T = 35 / 7 = 5
        List<double[]> seen = new ArrayList<>();
        AliveProbability recording = new AliveProbability() {
            @Override
            public TimeScale unit() {
                return TimeScale.WEEKS;
            }

            @Override
            public double probabilityAlive(int x, double tx, double T) {
                seen.add(new double[] {x, tx, T});
                return 1;
            }

            @Override
            public double probabilityNoPurchase(double t, int x, double tx, double T) {
                return 0;
            }
        };
        TransactionLog log = TransactionLog.builder().add("a", day(0.2), 5).add("a", day(0.9), 5)
                .add("a", day(7.5), 5).add("a", day(21.5), 5).add("a", day(30), -5).build();
        Instant asOf = day(36).minusMillis(1);
        Lifecycle.builder().policy(AliveProbabilityPolicy.of(recording)).reactivationDays(0).build().states(log, asOf);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).containsExactly(2, 3, 5);
        RfmRow rfm = RfmSummary.of(log, asOf, TimeScale.WEEKS).row("a");
        assertThat(seen.get(0)).containsExactly(rfm.frequency(), rfm.recency(), rfm.T());
    }

    @Test
    void modelPolicies_answerOutsideZeroOne_namesTheCustomer() {
        AliveProbability broken = new AliveProbability() {
            @Override
            public TimeScale unit() {
                return TimeScale.DAYS;
            }

            @Override
            public double probabilityAlive(int x, double tx, double T) {
                return Double.NaN;
            }

            @Override
            public double probabilityNoPurchase(double t, int x, double tx, double T) {
                return 1.5;
            }
        };
        TransactionLog log = purchasesOnDays("c7", 0, 3);
        assertRejects(IllegalStateException.class, () -> Lifecycle.of(AliveProbabilityPolicy.of(broken))
                .states(log, day(10)), "P(alive) = NaN", "customer 'c7'", "x = 1, t_x = 3, T = 10 days");
        assertRejects(IllegalStateException.class, () -> Lifecycle.of(NoPurchasePolicy.of(broken, 5))
                .states(log, day(10)), "P(no purchase in the next 5 days) = 1.5", "customer 'c7'");
    }

    @Test
    void badThresholds_clearExceptions() {
        assertRejects(IllegalArgumentException.class, () -> FixedInactivityPolicy.of(0, 90, 180),
                "atRiskDays must be >= 1", "got 0");
        assertRejects(IllegalArgumentException.class, () -> FixedInactivityPolicy.of(-3, 90, 180), "got -3");
        assertRejects(IllegalArgumentException.class, () -> FixedInactivityPolicy.of(60, 60, 180),
                "dormantDays must be > atRiskDays (60), got 60");
        assertRejects(IllegalArgumentException.class, () -> FixedInactivityPolicy.of(60, 200, 180),
                "churnedDays must be > dormantDays (200), got 180");
        assertRejects(IllegalArgumentException.class, () -> OwnCadencePolicy.builder().multiples(0, 3, 6),
                "atRisk multiple must be positive and finite, got 0.0");
        assertRejects(IllegalArgumentException.class, () -> OwnCadencePolicy.builder().multiples(2, 2, 6),
                "dormant multiple must be > atRisk multiple (2.0), got 2.0");
        assertRejects(IllegalArgumentException.class, () -> OwnCadencePolicy.builder().multiples(2, 3, Double.NaN),
                "churned multiple", "NaN");
        assertRejects(IllegalArgumentException.class, () -> OwnCadencePolicy.builder().minPurchaseDays(1),
                "minPurchaseDays must be in 2..", "got 1");
        AliveProbability model = new TestModels.Linear();
        assertRejects(IllegalArgumentException.class, () -> AliveProbabilityPolicy.of(model, 1.5, 0.5, 0.3),
                "at-risk threshold must be in 0..1, got 1.5");
        assertRejects(IllegalArgumentException.class, () -> AliveProbabilityPolicy.of(model, 0.7, Double.NaN, 0.3),
                "dormant threshold must be in 0..1, got NaN");
        assertRejects(IllegalArgumentException.class, () -> AliveProbabilityPolicy.of(model, 0.7, 0.5, -0.1),
                "churned threshold must be in 0..1, got -0.1");
        assertRejects(IllegalArgumentException.class, () -> AliveProbabilityPolicy.of(model, 0.3, 0.5, 0.1),
                "dormant threshold must be below the at-risk threshold (0.3) for P(alive), got 0.5");
        assertRejects(IllegalArgumentException.class, () -> AliveProbabilityPolicy.of(model, 0.7, 0.5, 0.5),
                "churned threshold must be below the dormant threshold (0.5)");
        assertRejects(IllegalArgumentException.class, () -> NoPurchasePolicy.of(model, -1),
                "horizon must be positive and finite (in the model's unit, days), got -1.0");
        assertRejects(IllegalArgumentException.class, () -> NoPurchasePolicy.of(model, 10, 0.5, 0.4, 0.9),
                "dormant threshold must be above the at-risk threshold (0.5) for P(no purchase), got 0.4");
        assertRejects(IllegalArgumentException.class, () -> NoPurchasePolicy.of(model, 10, 0.5, 0.7, 1.01),
                "churned threshold must be in 0..1, got 1.01");
        assertRejects(NullPointerException.class, () -> AliveProbabilityPolicy.of(null), "model");
    }

    @Test
    void levelOnADayBeforeTheLastPurchase_rejected() {
        TransactionLog log = purchasesOnDays("a", 0, 10);
        List<IllegalArgumentException> errors = new ArrayList<>();
        DormancyPolicy probe = new DormancyPolicy() {
            @Override
            public DormancyLevel level(PurchaseHistory history, long day) {
                try {
                    FixedInactivityPolicy.defaults().level(history, history.lastDay() - 1);
                } catch (IllegalArgumentException e) {
                    errors.add(e);
                }
                return DormancyLevel.ACTIVE;
            }

            @Override
            public String explain(PurchaseHistory history, long day) {
                return "";
            }
        };
        Lifecycle.builder().policy(probe).reactivationDays(0).build().states(log, day(20));
        assertThat(errors).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("day 2026-01-10 is before the last purchase day 2026-01-11 of customer 'a'");
    }

    @Test
    void fixedPolicy_firstDayAtLevel_closedFormAndLimit() {
        FixedInactivityPolicy policy = FixedInactivityPolicy.of(5, 8, 13);
        PurchaseHistory history = new PurchaseHistory(java.time.ZoneOffset.UTC);
        history.reset(io.retention4j.core.log.IdDictionary.of(new String[] {"a"}), 0);
        history.append(100);
        assertThat(policy.firstDayAtLevel(history, DormancyLevel.AT_RISK, 200)).isEqualTo(105);
        assertThat(policy.firstDayAtLevel(history, DormancyLevel.CHURNED, 113)).isEqualTo(113);
        assertThat(policy.firstDayAtLevel(history, DormancyLevel.CHURNED, 112)).isEqualTo(DormancyPolicy.NEVER);
        // the interface's bisection gives the same days
        DormancyPolicy bisected = new DormancyPolicy() {
            @Override
            public DormancyLevel level(PurchaseHistory h, long day) {
                return policy.level(h, day);
            }

            @Override
            public String explain(PurchaseHistory h, long day) {
                return policy.explain(h, day);
            }
        };
        for (DormancyLevel level : DormancyLevel.values()) {
            for (long limit = 99; limit < 120; limit++) {
                assertThat(bisected.firstDayAtLevel(history, level, limit)).as("%s by %d", level, limit)
                        .isEqualTo(limit < 100 ? DormancyPolicy.NEVER : policy.firstDayAtLevel(history, level, limit));
            }
        }
    }
}
