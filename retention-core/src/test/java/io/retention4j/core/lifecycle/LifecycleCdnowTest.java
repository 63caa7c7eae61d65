package io.retention4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.DateFormat;
import io.retention4j.core.io.InputFormat;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.lifecycle.ReferenceLifecycle.Naive;
import io.retention4j.core.lifecycle.ReferenceLifecycle.Transition;
import io.retention4j.core.lifecycle.ReferenceLifecycle.Tx;
import io.retention4j.core.log.TransactionLog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled CDNOW sample (2,357 customers, 1997-01-01 .. 1998-06-30): one customer's history
 * counted by hand, and every customer's states and transitions under each kind of policy against
 * {@link ReferenceLifecycle}.
 */
class LifecycleCdnowTest {
    private static final Instant END = Instant.parse("1998-07-01T00:00:00Z").minusMillis(1);
    private static TransactionLog log;
    private static List<Tx> txs;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        Path sample = Path.of(Objects.requireNonNull(LifecycleCdnowTest.class.getClassLoader()
                .getResource("cdnow/CDNOW_sample.txt")).toURI());
        log = TransactionReader.of(CsvMapping.of("id", "date", "amount").dateFormat(DateFormat.BASIC_DATE))
                .format(InputFormat.whitespace().withoutHeader("master_id", "id", "date", "cds", "amount"))
                .read(sample).value();
        txs = log.stream().map(t -> new Tx(t.customerId(), t.at(), t.amount().doubleValue())).toList();
    }

    @Test
    void replay_customer0001_handCounted() {
        // purchases 1997-01-01, 01-18, 08-02, 12-12; fixed 60 / 90 / 180, new and reactivation windows 30
        // NEW until 01-31; from 01-18: at risk 03-19, dormant 04-18, churned 07-17; 08-02 after 196 days
        // (churned) reactivates until 09-01; from 08-02: at risk 10-01, dormant 10-31; 12-12 reactivates
        // until 1998-01-11; from 12-12: at risk 02-10, dormant 03-12, churned 06-10
        Lifecycle lifecycle = Lifecycle.of(FixedInactivityPolicy.defaults());
        LifecycleTransitions all = lifecycle.replay(log, END);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.customerId(i).equals("0001")) {
                mine.add(all.at(i).atZone(ZoneOffset.UTC).toLocalDate() + " " + all.toState(i));
            }
        }
        assertThat(mine).containsExactly("1997-01-01 NEW", "1997-01-31 ACTIVE", "1997-03-19 AT_RISK",
                "1997-04-18 DORMANT", "1997-07-17 CHURNED", "1997-08-02 REACTIVATED", "1997-09-01 ACTIVE",
                "1997-10-01 AT_RISK", "1997-10-31 DORMANT", "1997-12-12 REACTIVATED", "1998-01-11 ACTIVE",
                "1998-02-10 AT_RISK", "1998-03-12 DORMANT", "1998-06-10 CHURNED");
        // 1998-06-30 is 200 days after 1997-12-12
        assertThat(lifecycle.state(log, "0001", END).orElseThrow().reason())
                .isEqualTo("no purchase for 200 days >= churned threshold 180 days (fixed inactivity)");
    }

    private static void assertMatchesReference(DormancyPolicy policy, Naive naive) {
        Lifecycle lifecycle = Lifecycle.of(policy);
        ReferenceLifecycle reference = new ReferenceLifecycle(ZoneOffset.UTC, naive, 30, 30);
        Map<String, List<Transition>> expected = reference.transitions(txs, Long.MIN_VALUE, END.toEpochMilli());
        LifecycleTransitions replayed = lifecycle.replay(log, END);
        Map<String, List<Transition>> actual = new TreeMap<>();
        for (int i = 0; i < replayed.size(); i++) {
            LifecycleState from = replayed.fromState(i);
            actual.computeIfAbsent(replayed.customerId(i), c -> new ArrayList<>()).add(new Transition(
                    replayed.customerId(i), from == null ? -1 : from.ordinal(), replayed.toState(i).ordinal(),
                    replayed.epochMillis(i)));
        }
        assertThat(actual).isEqualTo(expected);
        // the states at the end are the last transitions of the reference
        LifecycleStates states = lifecycle.states(log, END);
        assertThat(states.size()).isEqualTo(2357);
        for (int i = 0; i < states.size(); i++) {
            List<Transition> list = expected.get(states.customerId(i));
            assertThat(states.state(i).ordinal()).as("state of %s", states.customerId(i))
                    .isEqualTo(list.get(list.size() - 1).to());
        }
    }

    @Test
    void fixedInactivity_everyCustomer_matchesReference() {
        assertMatchesReference(FixedInactivityPolicy.defaults(), ReferenceLifecycle.fixed(60, 90, 180));
    }

    @Test
    void ownCadence_everyCustomer_matchesReference() {
        assertMatchesReference(OwnCadencePolicy.defaults(),
                ReferenceLifecycle.cadence(2, 3, 6, 2, ReferenceLifecycle.fixed(60, 90, 180)));
    }

    @Test
    void aliveProbability_everyCustomer_matchesReference() {
        TestModels.BgNbd model = TestModels.BgNbd.cdnowWeeks();
        assertMatchesReference(AliveProbabilityPolicy.of(model), ReferenceLifecycle.model(model, true, 0, 0.7, 0.5, 0.3));
    }

    @Test
    void noPurchase_everyCustomer_matchesReference() {
        TestModels.BgNbd model = TestModels.BgNbd.cdnowWeeks();
        assertMatchesReference(NoPurchasePolicy.of(model, 13),
                ReferenceLifecycle.model(model, false, 13, 0.5, 0.7, 0.9));
    }

    @Test
    void summaryAndRates_consistentWithTheTransitions() {
        LifecycleTransitions all = Lifecycle.of(FixedInactivityPolicy.defaults()).replay(log, END);
        TransitionSummary summary = all.summary();
        assertThat(summary.total()).isEqualTo(all.size());
        // every customer's first purchase is within Q1 1997, more than 30 days before the end: all NEW first
        assertThat(summary.count(null, LifecycleState.NEW)).isEqualTo(2357);
        assertThat(summary.outOf(null)).isEqualTo(2357);
        ReactivationRates rates = all.reactivationRates(io.retention4j.core.time.CalendarPeriod.months(ZoneOffset.UTC),
                30);
        assertThat((long) rates.becameDormant()).isEqualTo(summary.count(LifecycleState.AT_RISK, LifecycleState.DORMANT)
                + summary.count(LifecycleState.REACTIVATED, LifecycleState.DORMANT)
                + summary.count(LifecycleState.ACTIVE, LifecycleState.DORMANT)
                + summary.count(LifecycleState.NEW, LifecycleState.DORMANT));
    }
}
