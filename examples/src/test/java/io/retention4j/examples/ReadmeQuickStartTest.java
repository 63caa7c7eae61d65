package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.LifecycleStates;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.clv.BgNbd;
import io.retention4j.metrics.clv.BgNbdModel;
import io.retention4j.metrics.cohort.CohortTable;
import io.retention4j.metrics.cohort.Cohorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, statement by statement, so that it keeps compiling and working. */
class ReadmeQuickStartTest {

    @Test
    void quickStart_runsAsPrinted(@TempDir Path dir) throws Exception {
        // orders.csv: the bundled CDNOW master log as CSV with ISO dates
        StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
        for (String[] f : ExampleRuns.masterRows()) {
            String d = f[1];
            csv.append(Integer.parseInt(f[0])).append(',').append(d, 0, 4).append('-').append(d, 4, 6).append('-')
                    .append(d, 6, 8).append(',').append(f[3]).append('\n');
        }
        Path ordersCsv = Files.writeString(dir.resolve("orders.csv"), csv);
        Clock clock = Clock.fixed(Instant.parse("1997-10-01T00:00:00Z"), ZoneOffset.UTC);

        TransactionLog log = TransactionLog.readCsv(ordersCsv, CsvMapping.of("customer_id", "date", "amount"));
        RfmSummary rfm = RfmSummary.builder().unit(TimeScale.WEEKS)
                .observationEnd(LocalDate.of(1997, 9, 30)).build(log);
        BgNbdModel bg = BgNbd.fit(rfm);
        double alive = bg.probabilityAlive(2, 30.43, 38.86);
        CohortTable cohorts = Cohorts.of(log).period(ChronoUnit.MONTHS).zone(ZoneOffset.UTC).retention();
        LifecycleStates states = Lifecycle.of(FixedInactivityPolicy.defaults()).states(log, Instant.now(clock));
        CustomerProfiles profiles = CustomerProfiles.builder().transactions(log).asOf(Instant.now(clock)).build();

        // customer 42: its orders counted from the raw rows
        long rowsOf42 = ExampleRuns.masterRows().stream().filter(f -> Integer.parseInt(f[0]) == 42).count();
        assertThat(profiles.get("42").orders()).isEqualTo((int) rowsOf42);
        assertThat(rfm.size()).isEqualTo(23_570);
        assertThat(bg.report().orElseThrow().converged()).isTrue();
        assertThat(alive).isBetween(0.0, 1.0);
        assertThat(cohorts.size(0) + cohorts.size(1) + cohorts.size(2)).isEqualTo(23_570);
        assertThat(states.size()).isEqualTo(23_570);
    }
}
