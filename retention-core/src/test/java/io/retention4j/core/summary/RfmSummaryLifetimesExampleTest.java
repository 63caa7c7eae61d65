package io.retention4j.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.ReferenceSummary.Tx;
import io.retention4j.core.summary.ReferenceSummary.Unit;
import io.retention4j.core.time.TimeScale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Python lifetimes' published expectations on its {@code example_transactions.csv} (see the README
 * under {@code lifetimes-example/}): {@code summary_data_from_transaction_data(df, 'id', 'date',
 * observation_period_end=max(date))} with daily periods.
 */
class RfmSummaryLifetimesExampleTest {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The file parsed with plain Java: columns {@code date,id}, every transaction with amount 0. */
    private static List<Tx> transactions() {
        List<String> lines = CdnowFixture.lines("lifetimes-example/example_transactions.csv");
        assertThat(lines.get(0)).isEqualTo("date,id");
        List<Tx> txs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            txs.add(new Tx(f[1], LocalDateTime.parse(f[0], FORMAT).toInstant(ZoneOffset.UTC), 0));
        }
        return txs;
    }

    @Test
    void summary_firstFiveIds_matchLifetimesTests() {
        List<Tx> txs = transactions();
        assertThat(txs).hasSize(15_273);
        LocalDate last = txs.stream().map(t -> t.at().atZone(ZoneOffset.UTC).toLocalDate())
                .max(LocalDate::compareTo).orElseThrow();
        assertThat(last).isEqualTo(LocalDate.of(2014, 12, 31));
        TransactionLog log = ReferenceSummary.log(txs);
        RfmSummary summary = RfmSummary.builder().unit(TimeScale.DAYS).observationEnd(last).build(log);

        assertThat(summary.size()).isEqualTo(5000);
        // (frequency, recency, T) from lifetimes' tests/test_utils.py
        assertThat(summary.row("0")).isEqualTo(new RfmRow("0", 0, 0, 298, 0));
        assertThat(summary.row("1")).isEqualTo(new RfmRow("1", 0, 0, 224, 0));
        assertThat(summary.row("2")).isEqualTo(new RfmRow("2", 6, 142, 292, 0));
        assertThat(summary.row("3")).isEqualTo(new RfmRow("3", 0, 0, 147, 0));
        assertThat(summary.row("4")).isEqualTo(new RfmRow("4", 2, 9, 183, 0));
        assertThat(summary.customerId(0)).as("numeric ids in numeric order").isEqualTo("0");
        assertThat(summary.customerId(4999)).isEqualTo("4999");
    }

    @Test
    void summary_wholeFile_matchesReferenceSummary() {
        List<Tx> txs = transactions();
        RfmSummary summary = RfmSummary.builder().unit(TimeScale.WEEKS).observationEnd(LocalDate.of(2014, 12, 31))
                .build(ReferenceSummary.log(txs));
        ReferenceSummary.assertMatches(summary, ReferenceSummary.of(txs, ZoneOffset.UTC, d -> d,
                new Unit(TimeScale.WEEKS, 7), LocalDate.of(2015, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minusMillis(1)));
    }
}
