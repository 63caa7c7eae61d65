package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.TransactionLog;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Line-based layouts when the input arrives a few characters at a time (lines and CRLF pairs split
 * across refills), and with LF, CRLF or CR line ends.
 */
class LineSplittingTest {
    private static final CsvMapping MASTER = CsvMapping.of("customer_id", "date", "dollar_value")
            .quantity("number_of_cds");

    private static TransactionLog readMaster(Reader reader) throws IOException {
        return TransactionReader.of(MASTER).format(InputFormat.whitespace()).read(reader, "master").value();
    }

    private static void assertSameRows(TransactionLog actual, TransactionLog expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.customers()).isEqualTo(expected.customers());
        for (int row = 0; row < expected.size(); row++) {
            assertThat(actual.epochMillis(row)).isEqualTo(expected.epochMillis(row));
            assertThat(actual.amount(row)).isEqualTo(expected.amount(row));
            assertThat(actual.quantity(row)).isEqualTo(expected.quantity(row));
        }
    }

    @Test
    void read_whitespaceInSmallChunks_equalsReadingAtOnce() throws IOException {
        String text = Files.readString(IoFixtures.resource("io/CDNOW_master_head.txt"), StandardCharsets.UTF_8);
        TransactionLog whole = readMaster(new StringReader(text));

        assertThat(whole.size()).isEqualTo(29);
        for (int chunk = 1; chunk <= 13; chunk++) {
            assertSameRows(readMaster(new IoFixtures.TrickleReader(new StringReader(text), chunk)), whole);
        }
    }

    @Test
    void read_whitespaceWithLfOrCrLineEnds_equalsCrlf() throws IOException {
        String crlf = Files.readString(IoFixtures.resource("io/CDNOW_master_head.txt"), StandardCharsets.UTF_8);
        TransactionLog expected = readMaster(new StringReader(crlf));

        assertSameRows(readMaster(new StringReader(crlf.replace("\r\n", "\n"))), expected);
        assertSameRows(readMaster(new StringReader(crlf.replace("\r\n", "\r"))), expected);
        assertSameRows(readMaster(new IoFixtures.TrickleReader(new StringReader(crlf.replace("\r\n", "\r")), 3)),
                expected);
    }

    @Test
    void read_jsonLinesInSmallChunks_keepsLineNumbers() throws IOException {
        String jsonl = "{\"c\":\"a\",\"t\":\"2024-01-01\",\"v\":1}\r\n\r\n{\"c\":\"b\",\"t\":\"2024-01-02\",\"v\":2}\r\n"
                + "{broken\r\n{\"c\":\"a\",\"t\":\"2024-01-03\",\"v\":3}";
        for (int chunk = 1; chunk <= 7; chunk++) {
            ReadResult<TransactionLog> result = TransactionReader.of(CsvMapping.of("c", "t", "v"))
                    .format(InputFormat.jsonLines()).lenient()
                    .read(new IoFixtures.TrickleReader(new StringReader(jsonl), chunk), "x.jsonl");

            assertThat(result.value().size()).isEqualTo(3);
            assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(4L);
        }
    }
}
