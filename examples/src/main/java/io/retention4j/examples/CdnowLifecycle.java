package io.retention4j.examples;

import io.retention4j.core.lifecycle.AliveProbabilityPolicy;
import io.retention4j.core.lifecycle.DormancyPolicy;
import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.LifecycleState;
import io.retention4j.core.lifecycle.LifecycleStates;
import io.retention4j.core.lifecycle.LifecycleTransitions;
import io.retention4j.core.lifecycle.NoPurchasePolicy;
import io.retention4j.core.lifecycle.OwnCadencePolicy;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.clv.BgNbd;
import io.retention4j.metrics.clv.BgNbdModel;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is sleeping in the bundled CDNOW log at the end of the data, under four dormancy policies
 * (fixed inactivity, the customer's own cadence, and two based on a BG/NBD model fitted on the whole
 * period), with the reasons; then the state transitions of replaying the log under the fixed policy,
 * and how many dormant customers came back within 90 days, by month.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.CdnowLifecycle}.
 */
public final class CdnowLifecycle {
    private static final LocalDate LAST_DAY = LocalDate.of(1998, 6, 30);

    private CdnowLifecycle() {
    }

    /**
     * Prints the report.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        TransactionLog log = CdnowReport.readBundledLog().value();
        Instant end = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        BgNbdModel model = BgNbd.fit(RfmSummary.builder().unit(TimeScale.WEEKS).observationEnd(LAST_DAY).build(log));
        out.println("BG/NBD on the whole period: " + model.parameters());

        Map<String, DormancyPolicy> policies = new LinkedHashMap<>();
        policies.put("fixed inactivity", FixedInactivityPolicy.defaults());
        policies.put("own cadence", OwnCadencePolicy.defaults());
        policies.put("P(alive)", AliveProbabilityPolicy.of(model));
        policies.put("P(no purchase in 13 weeks)", NoPurchasePolicy.of(model, 13));
        for (Map.Entry<String, DormancyPolicy> policy : policies.entrySet()) {
            LifecycleStates states = Lifecycle.of(policy.getValue()).states(log, end);
            out.println();
            out.println("Policy " + policy.getKey() + " (" + policy.getValue() + "), as of " + LAST_DAY + ":");
            out.println("  " + states.counts());
            List<String> dormant = states.customerIds(LifecycleState.DORMANT);
            out.println("  " + dormant.size() + " dormant customers, the first three with their reasons:");
            for (String id : dormant.subList(0, Math.min(3, dormant.size()))) {
                out.println("    " + states.find(id).orElseThrow());
            }
        }

        Lifecycle fixed = Lifecycle.of(FixedInactivityPolicy.defaults());
        LifecycleTransitions transitions = fixed.replay(log, end);
        out.println();
        out.println("State transitions replaying the log under the fixed policy (" + transitions.size() + " in all):");
        out.print(transitions.summary().toString().indent(2));
        out.println("Dormant customers who bought again within 90 days, by month in which they became dormant:");
        out.print(transitions.reactivationRates(CalendarPeriod.months(ZoneOffset.UTC), 90).toString().indent(2));
    }
}
