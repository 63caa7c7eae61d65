package io.retention4j.core.lifecycle;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static io.retention4j.core.lifecycle.LifecycleTest.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.lifecycle.ReferenceLifecycle.Transition;
import io.retention4j.core.lifecycle.ReferenceLifecycle.Tx;
import io.retention4j.core.log.TransactionLog;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A log with more customers than the parallel threshold (chunks on the fork-join pool) against the
 * same work on one thread and, at chunk boundaries, against {@link ReferenceLifecycle}; and what
 * happens with a policy that breaks the monotone contract.
 */
class LifecycleLargeLogTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void parallelChunks_sameAsOneThread_andReferenceAtChunkBoundaries() {
        // 70,000 customers (> 65,536), 1..6 rows each over 300 days, about one in eight a refund
        Random random = new Random(20_260_501);
        List<Tx> txs = new ArrayList<>();
        for (int c = 0; c < 70_000; c++) {
            int n = 1 + random.nextInt(6);
            for (int k = 0; k < n; k++) {
                txs.add(new Tx("c" + c, day(random.nextDouble() * 300), random.nextInt(8) == 0 ? -5 : 10));
            }
        }
        TransactionLog log = ReferenceLifecycle.log(txs);
        OwnCadencePolicy policy = OwnCadencePolicy.builder().multiples(1.5, 3, 5)
                .fallback(FixedInactivityPolicy.of(20, 45, 90)).build();
        Lifecycle parallel = Lifecycle.builder().policy(policy).zone(NEW_YORK).build();
        Lifecycle oneThread = Lifecycle.builder().policy(policy).zone(NEW_YORK).parallel(false).build();
        Instant asOf = day(250);
        LifecycleStates a = parallel.states(log, asOf);
        LifecycleStates b = oneThread.states(log, asOf);
        assertThat(a.size()).isEqualTo(b.size()).isGreaterThan(60_000);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.customerId(i)).isEqualTo(b.customerId(i));
            assertThat(a.state(i)).isEqualTo(b.state(i));
            assertThat(a.daysSinceLastPurchase(i)).isEqualTo(b.daysSinceLastPurchase(i));
        }
        LifecycleTransitions p = parallel.replay(log, day(20), day(320));
        LifecycleTransitions q = oneThread.replay(log, day(20), day(320));
        assertThat(p.size()).isEqualTo(q.size()).isGreaterThan(100_000);
        for (int i = 0; i < p.size(); i++) {
            assertThat(p.customerIndex(i)).isEqualTo(q.customerIndex(i));
            assertThat(p.fromState(i)).isEqualTo(q.fromState(i));
            assertThat(p.toState(i)).isEqualTo(q.toState(i));
            assertThat(p.epochMillis(i)).isEqualTo(q.epochMillis(i));
        }
        // customers either side of chunk boundaries (4,096 customers a chunk) against the reference
        ReferenceLifecycle reference = new ReferenceLifecycle(NEW_YORK,
                ReferenceLifecycle.cadence(1.5, 3, 5, 2, ReferenceLifecycle.fixed(20, 45, 90)), 30, 30);
        List<String> sampled = new ArrayList<>();
        for (int boundary = 4096; boundary < log.customerCount(); boundary += 4096 * 4) {
            sampled.add(log.customerId(boundary - 1));
            sampled.add(log.customerId(boundary));
        }
        List<Tx> sampledTxs = txs.stream().filter(t -> sampled.contains(t.customer())).toList();
        Map<String, List<Transition>> expected = reference.transitions(sampledTxs, day(20).toEpochMilli(),
                day(320).toEpochMilli());
        for (String id : sampled) {
            List<Transition> actual = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) {
                if (p.customerId(i).equals(id)) {
                    LifecycleState from = p.fromState(i);
                    actual.add(new Transition(id, from == null ? -1 : from.ordinal(), p.toState(i).ordinal(),
                            p.epochMillis(i)));
                }
            }
            assertThat(actual).as("transitions of %s", id).isEqualTo(expected.getOrDefault(id, List.of()));
            int state = reference.state(sampledTxs, id, asOf.toEpochMilli());
            assertThat(a.find(id).map(s -> s.state().ordinal()).orElse(-1)).as("state of %s", id).isEqualTo(state);
        }
    }

    @Test
    void policyBreakingTheContract_reasonNamesIt() {
        // CHURNED after exactly 3 days, DORMANT from 5 days on: the level falls back without a purchase.
        // The replay's bisection for "dormant or worse" by day 10 lands on day 3 and, finding no
        // "churned" by day 10, calls the customer DORMANT there; the state as of that instant is CHURNED
        DormancyPolicy broken = new DormancyPolicy() {
            @Override
            public DormancyLevel level(PurchaseHistory history, long day) {
                long s = day - history.lastDay();
                return s == 3 ? DormancyLevel.CHURNED : s >= 5 ? DormancyLevel.DORMANT : DormancyLevel.ACTIVE;
            }

            @Override
            public String explain(PurchaseHistory history, long day) {
                return "broken";
            }

            @Override
            public String toString() {
                return "broken policy";
            }
        };
        TransactionLog log = TransactionLog.builder().add("a", day(0), 1).build();
        LifecycleTransitions t = Lifecycle.builder().policy(broken).newCustomerDays(0).build().replay(log, day(10));
        assertThat(t.toState(1)).isEqualTo(LifecycleState.DORMANT);
        assertThat(t.at(1)).isEqualTo(day(3));
        assertRejects(IllegalStateException.class, () -> t.reason(1), "customer 'a' is CHURNED as of "
                + "2026-01-04T00:00:00Z but the replay moved them to DORMANT", "broken policy",
                "breaks the DormancyPolicy contract");
    }
}
