package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmRow;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lifetimes example log ({@code date,id}, dates like {@code 2014-03-08 00:00:00}, no amounts)
 * against the counts in its README and the expectations published by lifetimes' own tests.
 */
class LifetimesExampleReadingTest {
    private static final Path FILE = IoFixtures.resource("lifetimes-example/example_transactions.csv");

    /** The last date in the file, found with plain Java. */
    private static LocalDate lastDate() throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        LocalDate max = LocalDate.MIN;
        for (String line : lines.subList(1, lines.size())) {
            LocalDate d = LocalDate.parse(line.substring(0, 10));
            max = d.isAfter(max) ? d : max;
        }
        return max;
    }

    private static void assertLifetimesExpectations(TransactionLog log) throws IOException {
        assertThat(log.size()).isEqualTo(15_273);
        assertThat(log.customerCount()).isEqualTo(5_000);
        RfmSummary summary = RfmSummary.builder().unit(TimeScale.DAYS).observationEnd(lastDate()).build(log);
        // lifetimes tests/test_utils.py: (frequency, recency, T) of ids 0..4
        int[][] expected = {{0, 0, 298}, {0, 0, 224}, {6, 142, 292}, {0, 0, 147}, {2, 9, 183}};
        for (int id = 0; id < expected.length; id++) {
            RfmRow row = summary.row(String.valueOf(id));
            assertThat(row.frequency()).as("frequency of %d", id).isEqualTo(expected[id][0]);
            assertThat(row.recency()).as("recency of %d", id).isEqualTo(expected[id][1]);
            assertThat(row.T()).as("T of %d", id).isEqualTo(expected[id][2]);
        }
    }

    @Test
    void read_lifetimesExampleWithAutoDates_matchesPublishedSummary() throws IOException {
        ReadResult<TransactionLog> result = TransactionReader.of(CsvMapping.of("id", "date")).read(FILE);

        assertThat(result.rowsRead()).isEqualTo(15_273);
        assertThat(result.rejected()).isEmpty();
        assertThat(lastDate()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertLifetimesExpectations(result.value());
    }

    @Test
    void read_lifetimesExampleWithPatternDates_matchesPublishedSummary() throws IOException {
        TransactionLog log = TransactionReader.readCsv(FILE,
                CsvMapping.of("id", "date").dateFormat(DateFormat.pattern("yyyy-MM-dd HH:mm:ss")));

        assertLifetimesExpectations(log);
    }

    @Test
    void read_withoutAmountColumn_givesZeroAmounts() throws IOException {
        TransactionLog log = TransactionReader.readCsv(FILE, CsvMapping.of("id", "date"));

        for (int row = 0; row < log.size(); row++) {
            assertThat(log.amount(row)).isZero();
        }
    }
}
