package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.DateFormat;
import io.retention4j.core.io.InputFormat;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.lifecycle.AliveProbabilityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.LifecycleState;
import io.retention4j.core.lifecycle.LifecycleStates;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The BG/NBD model fitted here drives retention-core's model-based dormancy policy through the
 * {@code AliveProbability} contract: on the CDNOW sample at the calibration end, each customer's
 * lifecycle state follows P(alive) computed independently from the RfmSummary row.
 */
class AliveProbabilityLifecycleTest {

    @Test
    void aliveProbabilityPolicy_bgNbdOnCdnow_statesFollowProbabilityAliveOfTheSummary() throws Exception {
        TransactionLog log;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(getClass().getClassLoader()
                .getResourceAsStream("cdnow/CDNOW_sample.txt")), StandardCharsets.UTF_8)) {
            log = TransactionReader.of(CsvMapping.of("id", "date", "amount").dateFormat(DateFormat.BASIC_DATE))
                    .format(InputFormat.whitespace().withoutHeader("master_id", "id", "date", "cds", "amount"))
                    .read(in, "CDNOW_sample.txt").value();
        }
        LocalDate end = LocalDate.of(1997, 9, 30);
        RfmSummary summary = RfmSummary.builder().unit(TimeScale.WEEKS).observationEnd(end).build(log);
        BgNbdModel model = BgNbd.fit(summary);
        LifecycleStates states = Lifecycle.builder()
                .policy(AliveProbabilityPolicy.of(model, 0.7, 0.5, 0.3))
                .zone(ZoneOffset.UTC)
                .build()
                .states(log, end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
        assertThat(states.size()).isEqualTo(summary.size());
        int flagged = 0;
        for (int i = 0; i < summary.size(); i++) {
            double alive = model.probabilityAlive(summary.frequency(i), summary.recency(i), summary.T(i));
            LifecycleState expectedLevel = alive < 0.3 ? LifecycleState.CHURNED
                    : alive < 0.5 ? LifecycleState.DORMANT : alive < 0.7 ? LifecycleState.AT_RISK : null;
            LifecycleState state = states.find(summary.customerId(i)).orElseThrow().state();
            if (expectedLevel != null) {
                flagged++;
                assertThat(state).as("customer %s, P(alive) %s", summary.customerId(i), alive).isEqualTo(expectedLevel);
            } else {
                assertThat(state).as("customer %s, P(alive) %s", summary.customerId(i), alive)
                        .isIn(LifecycleState.NEW, LifecycleState.ACTIVE, LifecycleState.REACTIVATED);
            }
        }
        assertThat(flagged).as("customers below P(alive) 0.7").isGreaterThan(100);
    }
}
