package io.retention4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.internal.TestTimes;
import io.retention4j.core.lifecycle.ReferenceLifecycle.Naive;
import io.retention4j.core.lifecycle.ReferenceLifecycle.Transition;
import io.retention4j.core.lifecycle.ReferenceLifecycle.Tx;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * {@link Lifecycle} on random logs, zones and policies against {@link ReferenceLifecycle}: states as
 * of random instants, the replayed transitions (customer, from, to, instant), the agreement of the
 * replay's end with the states, and reasons from the listener against reasons computed later.
 */
class LifecyclePropertiesTest {
    private static final long DAY = TestTimes.MILLIS_PER_DAY;
    private static final long HOUR = 3_600_000L;

    /** A policy under test and its naive twin. */
    record Policy(String name, DormancyPolicy policy, Naive naive) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A random log with the lifecycle options and the instants to look at. */
    record Scenario(ZoneId zone, Policy policy, int newDays, int reactDays, List<Tx> txs, long asOf, long from,
                    long until) {
        @Override
        public String toString() {
            return zone + ", " + policy + ", new " + newDays + ", reactivated " + reactDays + ", as of "
                    + Instant.ofEpochMilli(asOf) + ", from " + Instant.ofEpochMilli(from) + " until "
                    + Instant.ofEpochMilli(until) + ", " + txs;
        }
    }

    private static Arbitrary<Policy> fixedPolicies(int maxDays) {
        return Combinators.combine(Arbitraries.integers().between(1, maxDays), Arbitraries.integers().between(1, maxDays),
                Arbitraries.integers().between(1, 2 * maxDays)).as((a, d, c) -> new Policy(
                        "fixed " + a + "/" + (a + d) + "/" + (a + d + c), FixedInactivityPolicy.of(a, a + d, a + d + c),
                        ReferenceLifecycle.fixed(a, a + d, a + d + c)));
    }

    private static Arbitrary<Policy> cadencePolicies() {
        return Combinators.combine(Arbitraries.of(0.5, 1.0, 1.5, 2.0, 2.5), Arbitraries.of(0.5, 1.0, 1.7),
                Arbitraries.of(1.0, 3.0), Arbitraries.integers().between(2, 4), fixedPolicies(15))
                .as((k1, d, c, min, fallback) -> {
                    FixedInactivityPolicy f = (FixedInactivityPolicy) fallback.policy();
                    return new Policy("cadence " + k1 + "/" + (k1 + d) + "/" + (k1 + d + c) + " from " + min + ", "
                            + fallback, OwnCadencePolicy.builder().multiples(k1, k1 + d, k1 + d + c)
                            .minPurchaseDays(min).fallback(f).build(),
                            ReferenceLifecycle.cadence(k1, k1 + d, k1 + d + c, min, fallback.naive()));
                });
    }

    private static Arbitrary<double[]> orderedProbabilities() {
        return Arbitraries.doubles().between(0.02, 0.98).ofScale(2).array(double[].class).ofSize(3)
                .filter(p -> p[0] != p[1] && p[1] != p[2] && p[0] != p[2]).map(p -> {
                    double[] s = p.clone();
                    Arrays.sort(s);
                    return s;
                });
    }

    private static Arbitrary<Policy> modelPolicies() {
        Arbitrary<AliveProbability> models = Arbitraries.of(TestModels.BgNbd.cdnowDays(), TestModels.BgNbd.cdnowWeeks(),
                new TestModels.BgNbd(0.5, 1.2, 0.9, 1.5, TimeScale.CALENDAR_MONTHS), new TestModels.Linear());
        Arbitrary<Policy> alive = Combinators.combine(models, orderedProbabilities()).as((m, p) -> new Policy(
                "P(alive) " + Arrays.toString(p) + " " + m, AliveProbabilityPolicy.of(m, p[2], p[1], p[0]),
                ReferenceLifecycle.model(m, true, 0, p[2], p[1], p[0])));
        Arbitrary<Policy> none = Combinators.combine(models, orderedProbabilities(), Arbitraries.of(1.0, 4.0, 20.0))
                .as((m, p, h) -> new Policy("P(no purchase in " + h + ") " + Arrays.toString(p) + " " + m,
                        NoPurchasePolicy.of(m, h, p[0], p[1], p[2]), ReferenceLifecycle.model(m, false, h, p[0], p[1],
                                p[2])));
        return Arbitraries.oneOf(alive, none);
    }

    private static Arbitrary<Policy> policies() {
        return Arbitraries.frequencyOf(Tuple.of(3, fixedPolicies(20)), Tuple.of(3, cadencePolicies()),
                Tuple.of(3, modelPolicies()));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        // purchases spread over four months from a base instant (often near an offset transition)
        Arbitrary<Scenario> anywhere = Arbitraries.of(TestTimes.AWKWARD_ZONES).flatMap(zone ->
                TestTimes.epochMillis(zone).flatMap(base -> scenario(zone, base, policies(),
                        Arbitraries.frequencyOf(Tuple.of(5, uniform(-3 * DAY, 120 * DAY)), Tuple.of(1, uniform(-DAY, DAY))),
                        uniform(-5 * DAY, 250 * DAY))));
        // St John's clocks going back from 00:01 to 23:01 of the previous day: purchases and instants
        // within two days of it, thresholds of a few days
        ZoneId stJohns = ZoneId.of("America/St_Johns");
        Arbitrary<Scenario> backwards = Arbitraries.of(TestTimes.backwardDateTransitions(stJohns)).flatMap(base ->
                scenario(stJohns, base, fixedPolicies(2), Arbitraries.oneOf(uniform(-2 * HOUR, 2 * HOUR),
                        uniform(-2 * DAY, 2 * DAY)), Arbitraries.oneOf(uniform(-2 * HOUR, 2 * HOUR), uniform(-DAY, 5 * DAY))));
        return Arbitraries.frequencyOf(Tuple.of(5, anywhere), Tuple.of(1, backwards));
    }

    /** Longs spread evenly (jqwik's default crowds them near zero). */
    private static Arbitrary<Long> uniform(long min, long max) {
        return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Scenario> scenario(ZoneId zone, long base, Arbitrary<Policy> policies,
                                                Arbitrary<Long> offset, Arbitrary<Long> instant) {
        Arbitrary<Double> amount = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.doubles().between(0.01, 100)
                .ofScale(2)), Tuple.of(1, Arbitraries.just(0.0)), Tuple.of(2, Arbitraries.doubles().between(-50, -0.01)
                .ofScale(2)));
        Arbitrary<Tx> tx = Combinators.combine(Arbitraries.of("1", "2", "10", "a", "b"), offset, amount)
                .as((c, o, a) -> new Tx(c, Instant.ofEpochMilli(base + o), a));
        return Combinators.combine(policies, Arbitraries.of(0, 1, 7, 30), Arbitraries.of(0, 1, 5, 30),
                tx.list().ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform()), instant, instant, instant).as((p, n, r, txs, a, f, u) ->
                new Scenario(zone, p, n, r, txs, base + a, base + Math.min(f, u), base + Math.max(f, u)));
    }

    private static Lifecycle lifecycle(Scenario s) {
        return Lifecycle.builder().policy(s.policy().policy()).zone(s.zone()).newCustomerDays(s.newDays())
                .reactivationDays(s.reactDays()).build();
    }

    private static ReferenceLifecycle reference(Scenario s) {
        return new ReferenceLifecycle(s.zone(), s.policy().naive(), s.newDays(), s.reactDays());
    }

    private static Map<String, List<Transition>> byCustomer(LifecycleTransitions t) {
        Map<String, List<Transition>> out = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            LifecycleState from = t.fromState(i);
            out.computeIfAbsent(t.customerId(i), c -> new ArrayList<>()).add(new Transition(t.customerId(i),
                    from == null ? -1 : from.ordinal(), t.toState(i).ordinal(), t.epochMillis(i)));
        }
        return out;
    }

    @Property(tries = 400)
    void replay_randomLogs_matchesReference(@ForAll("scenarios") Scenario s) {
        TransactionLog log = ReferenceLifecycle.log(s.txs());
        LifecycleTransitions t = lifecycle(s).replay(log, Instant.ofEpochMilli(s.from()), Instant.ofEpochMilli(s.until()));
        assertThat(byCustomer(t)).isEqualTo(reference(s).transitions(s.txs(), s.from(), s.until()));
        LifecycleTransitions all = lifecycle(s).replay(log, Instant.ofEpochMilli(s.until()));
        assertThat(byCustomer(all)).isEqualTo(reference(s).transitions(s.txs(), Long.MIN_VALUE, s.until()));
    }

    @Property(tries = 400)
    void states_randomLogs_matchReferenceAndTheReplaysLastTransition(@ForAll("scenarios") Scenario s) {
        TransactionLog log = ReferenceLifecycle.log(s.txs());
        Lifecycle lifecycle = lifecycle(s);
        ReferenceLifecycle reference = reference(s);
        for (long asOf : new long[] {s.asOf(), s.until()}) {
            LifecycleStates states = lifecycle.states(log, Instant.ofEpochMilli(asOf));
            Map<String, Integer> expected = new TreeMap<>();
            for (int c = 0; c < log.customerCount(); c++) {
                int state = reference.state(s.txs(), log.customerId(c), asOf);
                if (state >= 0) {
                    expected.put(log.customerId(c), state);
                }
            }
            Map<String, Integer> actual = new TreeMap<>();
            for (int i = 0; i < states.size(); i++) {
                actual.put(states.customerId(i), states.state(i).ordinal());
                List<Long> days = reference.purchaseDays(s.txs(), states.customerId(i), asOf);
                long asOfDay = reference.day(asOf);
                assertThat(states.purchaseDays(i)).isEqualTo(days.size());
                assertThat(states.daysSinceLastPurchase(i)).isEqualTo(asOfDay - days.get(days.size() - 1));
                assertThat(states.daysSinceFirstPurchase(i)).isEqualTo(asOfDay - days.get(0));
            }
            assertThat(actual).as("states as of %s", Instant.ofEpochMilli(asOf)).isEqualTo(expected);
        }
        // the state as of until is the "to" of each customer's last transition up to until
        LifecycleStates atUntil = lifecycle.states(log, Instant.ofEpochMilli(s.until()));
        LifecycleTransitions all = lifecycle.replay(log, Instant.ofEpochMilli(s.until()));
        Map<String, LifecycleState> last = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            last.put(all.customerId(i), all.toState(i));
        }
        Map<String, LifecycleState> now = new TreeMap<>();
        for (int i = 0; i < atUntil.size(); i++) {
            now.put(atUntil.customerId(i), atUntil.state(i));
        }
        assertThat(last).isEqualTo(now);
    }

    @Property(tries = 200)
    void reasons_listenerAndLaterAgree_andMatchTheStateAsOfTheInstant(@ForAll("scenarios") Scenario s) {
        TransactionLog log = ReferenceLifecycle.log(s.txs());
        Lifecycle lifecycle = lifecycle(s);
        List<StateTransition> heard = new ArrayList<>();
        lifecycle.replay(log, Instant.ofEpochMilli(s.from()), Instant.ofEpochMilli(s.until()), heard::add);
        LifecycleTransitions kept = lifecycle.replay(log, Instant.ofEpochMilli(s.from()), Instant.ofEpochMilli(s.until()));
        assertThat(kept.list()).isEqualTo(heard);
        for (StateTransition t : heard) {
            CustomerState state = lifecycle.state(log, t.customerId(), t.at()).orElseThrow();
            assertThat(state.state()).isEqualTo(t.to());
            assertThat(state.reason()).isEqualTo(t.reason());
        }
    }

    @Property(tries = 200)
    void reactivationRates_randomLogs_matchSpellsCountedFromTheReference(@ForAll("scenarios") Scenario s,
                                                                          @ForAll("windows") int within) {
        TransactionLog log = ReferenceLifecycle.log(s.txs());
        ReferenceLifecycle reference = reference(s);
        ReactivationRates rates = lifecycle(s).replay(log, Instant.ofEpochMilli(s.from()), Instant.ofEpochMilli(s.until()))
                .reactivationRates(CalendarPeriod.months(s.zone()), within);
        // spells: into DORMANT or CHURNED from anything else; the next purchase after the start decides
        TreeMap<LocalDateTime, int[]> expected = new TreeMap<>();
        reference.transitions(s.txs(), s.from(), s.until()).forEach((customer, list) -> {
            for (Transition t : list) {
                boolean into = LifecycleState.values()[t.to()].isDormant();
                boolean was = t.from() >= 0 && LifecycleState.values()[t.from()].isDormant();
                if (!into || was) {
                    continue;
                }
                LocalDateTime month = Instant.ofEpochMilli(t.millis()).atZone(s.zone()).toLocalDate().withDayOfMonth(1)
                        .atStartOfDay();
                int[] counts = expected.computeIfAbsent(month, m -> new int[3]);
                counts[0]++;
                long next = s.txs().stream().filter(x -> x.customer().equals(customer) && x.amount() >= 0
                        && x.at().toEpochMilli() > t.millis()).mapToLong(x -> x.at().toEpochMilli()).min()
                        .orElse(Long.MAX_VALUE);
                long startDay = reference.day(t.millis());
                // a window still open at the end is censored, returned or not (no early-returner bias)
                if (reference.day(s.until()) - startDay <= within) {
                    counts[2]++;
                } else if (next <= s.until() && reference.day(next) - startDay <= within) {
                    counts[1]++;
                }
            }
        });
        Map<LocalDateTime, int[]> actual = new TreeMap<>();
        for (ReactivationRate r : rates.rows()) {
            if (r.becameDormant() > 0) {
                actual.put(r.periodStart(), new int[] {r.becameDormant(), r.cameBack(), r.censored()});
            }
        }
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        if (!rates.rows().isEmpty()) {
            assertThat(rates.rows().get(0).periodStart()).isEqualTo(expected.firstKey());
            assertThat(rates.rows().get(rates.rows().size() - 1).periodStart())
                    .isEqualTo(expected.lastKey());
        }
    }

    @Provide
    Arbitrary<Integer> windows() {
        return Arbitraries.of(0, 1, 7, 30);
    }
}
