package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.RfmRow;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The CDNOW files through the whitespace reader: counts from the data README and the published
 * summary table, and a head of the master file with its header, CRLF ends and leading spaces.
 */
class CdnowReadingTest {
    /** The published table is rounded to 2 decimals. */
    private static final double ROUNDING = 0.005 + 1e-9;

    private static ReadResult<TransactionLog> readSample() throws IOException {
        return TransactionReader.of(CsvMapping.of("id", "date", "amount").dateFormat(DateFormat.BASIC_DATE))
                .format(IoFixtures.CDNOW_SAMPLE)
                .read(IoFixtures.resource("cdnow/CDNOW_sample.txt"));
    }

    @Test
    void read_cdnowSample_hasTheReadmeCounts() throws IOException {
        ReadResult<TransactionLog> result = readSample();
        TransactionLog log = result.value();

        // README: 6,919 rows, 2,357 customers, 8 rows of 0.00, 1997-01-01 .. 1998-06-30
        assertThat(result.rowsRead()).isEqualTo(6919);
        assertThat(result.rowsAccepted()).isEqualTo(6919);
        assertThat(result.rejected()).isEmpty();
        assertThat(log.size()).isEqualTo(6919);
        assertThat(log.customerCount()).isEqualTo(2357);
        int zeros = 0;
        for (int row = 0; row < log.size(); row++) {
            if (log.amount(row) == 0) {
                zeros++;
            }
        }
        assertThat(zeros).isEqualTo(8);
        assertThat(Instant.ofEpochMilli(log.minEpochMillis())).isEqualTo("1997-01-01T00:00:00Z");
        assertThat(Instant.ofEpochMilli(log.maxEpochMillis())).isEqualTo("1998-06-30T00:00:00Z");
    }

    @Test
    void read_cdnowSample_feedsTheSummaryThatMatchesThePublishedTable() throws IOException {
        TransactionLog log = readSample().value();
        RfmSummary summary = RfmSummary.builder()
                .unit(TimeScale.WEEKS)
                .observationEnd(LocalDate.of(1997, 9, 30))
                .build(log);

        List<String> lines = Files.readAllLines(IoFixtures.resource("cdnow/cdnow_customers_summary.csv"),
                StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("ID,frequency,recency,T");
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).hasSize(2357);
        assertThat(summary.size()).isEqualTo(2357);
        for (String line : rows) {
            String[] f = line.split(",");
            // the sample file writes the id as 4 zero-padded digits; the reader keeps ids as text
            String id = String.format(Locale.ROOT, "%04d", Integer.parseInt(f[0]));
            RfmRow row = summary.row(id);
            assertThat(row.frequency()).as("frequency of %s", id).isEqualTo(Integer.parseInt(f[1]));
            assertThat(row.recency()).as("recency of %s", id).isCloseTo(Double.parseDouble(f[2]), within(ROUNDING));
            assertThat(row.T()).as("T of %s", id).isCloseTo(Double.parseDouble(f[3]), within(ROUNDING));
        }
    }

    @Test
    void read_masterHeadWithHeaderCrlfAndLeadingSpaces_matchesHandCounts() throws IOException {
        // io/CDNOW_master_head.txt = the first 30 lines of CDNOW_master.txt, bytes unchanged.
        // Rows per customer by hand: 00001:1, 00002:2, 00003:6, 00004:4, 00005:11, 00006:1, 00007:3,
        // 00008:1 = 29 rows, 8 customers; dollar sum 1038.77; CDs 79.
        String raw = Files.readString(IoFixtures.resource("io/CDNOW_master_head.txt"), StandardCharsets.UTF_8);
        assertThat(raw).startsWith(" customer_id  date number_of_cds  dollar_value\r\n 00001 19970101")
                .endsWith("\r\n").doesNotContain("\r\n\r\n");
        ReadResult<TransactionLog> result = TransactionReader
                .of(CsvMapping.of("customer_id", "date", "dollar_value").quantity("number_of_cds"))
                .format(InputFormat.whitespace())
                .read(IoFixtures.resource("io/CDNOW_master_head.txt"));
        TransactionLog log = result.value();

        assertThat(result.rowsRead()).isEqualTo(29);
        assertThat(log.size()).isEqualTo(29);
        assertThat(log.customerCount()).isEqualTo(8);
        assertThat(log.customers().ids())
                .containsExactly("00001", "00002", "00003", "00004", "00005", "00006", "00007", "00008");
        assertThat(log.endRow(4) - log.firstRow(4)).isEqualTo(11);
        double dollars = 0;
        int cds = 0;
        for (int row = 0; row < log.size(); row++) {
            dollars += log.amount(row);
            cds += log.quantity(row);
        }
        assertThat(dollars).isCloseTo(1038.77, within(1e-9));
        assertThat(cds).isEqualTo(79);
        int lastRowOf00007 = log.endRow(6) - 1;
        assertThat(log.instant(lastRowOf00007)).isEqualTo("1998-03-22T00:00:00Z");
        assertThat(log.amount(lastRowOf00007)).isEqualTo(138.50);
        assertThat(log.quantity(lastRowOf00007)).isEqualTo(9);
    }
}
