package io.retention4j.core.io;

import static io.retention4j.core.io.IoFixtures.readCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.retention4j.core.log.DuplicateOrder;
import io.retention4j.core.log.TransactionLog;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV, TSV and delimiter variants: quoting, line numbers, headers, strict and lenient errors. */
class CsvReadingTest {
    private static final CsvMapping MAPPING = CsvMapping.of("customer_id", "date", "amount");

    @Test
    void read_byteOrderMarkBeforeHeader_isSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "customer_id,date,amount\nc1,2024-01-02,5.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);

        TransactionLog log = TransactionReader.readCsv(file, MAPPING);

        assertThat(log.size()).isEqualTo(1);
        assertThat(log.customerId(0)).isEqualTo("c1");
        assertThat(log.amount(0)).isEqualTo(5.5);
    }

    @Test
    void read_quotedFieldsWithDelimiterNewlineAndEscapedQuotes_keepsTextAndLaterLineNumbers() {
        String csv = "customer_id,note,date,amount,order\n"            // line 1
                + "\"c,1\",\"two\nlines\",2024-01-02,1,o1\n"           // lines 2-3
                + "c2,\"say \"\"hi\"\"\",2024-01-03,2,o2\r\n"          // line 4
                + "c3,\"a\r\nb\r\nc\",2024-01-04,3,o3\n"               // lines 5-7
                + "c4,plain,2024-01-05,oops,o4\n"                     // line 8: bad amount
                + "c5,x,2024-01-06,5,o1\n";                           // line 9: duplicate of line 2
        ReadResult<TransactionLog> result = readCsv(csv,
                MAPPING.orderId("order").category("note"), true);
        TransactionLog log = result.value();

        assertThat(log.customers().ids()).containsExactly("c,1", "c2", "c3");
        assertThat(log.category(log.firstRow(0))).isEqualTo("two\nlines");
        assertThat(log.category(log.firstRow(1))).isEqualTo("say \"hi\"");
        assertThat(log.category(log.firstRow(2))).isEqualTo("a\r\nb\r\nc");
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(8);
            assertThat(r.column()).isEqualTo("amount");
            assertThat(r.value()).isEqualTo("oops");
        });
        assertThat(log.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.sourceRow()).isEqualTo(9);
            assertThat(d.firstSourceRow()).isEqualTo(2);
            assertThat(d.orderId()).isEqualTo("o1");
        });
    }

    @Test
    void read_semicolonDelimiter_splitsOnSemicolonsOnly() {
        String csv = "customer_id;date;amount\nc1;2024-01-02;1,5e1\nc2;2024-01-03;\"7.25\"\n";
        ReadResult<TransactionLog> result = IoFixtures.read(csv, MAPPING, InputFormat.csv(';'), true);

        // "1,5e1" is one field, and a comma is not a decimal point
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.value()).isEqualTo("1,5e1");
        });
        assertThat(result.value().amount(0)).isEqualTo(7.25);
    }

    @Test
    void read_tsv_splitsOnTabsAndKeepsSpacesInsideValues() {
        String tsv = "customer_id\tdate\tamount\tcategory\nc 1\t2024-01-02\t3\tbooks and more\n";
        TransactionLog log = IoFixtures.read(tsv, MAPPING.category("category"), InputFormat.tsv(), false).value();

        assertThat(log.customerId(0)).isEqualTo("c 1");
        assertThat(log.category(0)).isEqualTo("books and more");
    }

    @Test
    void read_missingColumn_throwsListingTheColumnsInBothModes() {
        String csv = "customer_id,date,value\nc1,2024-01-02,3\n";
        for (boolean lenient : new boolean[] {false, true}) {
            DataFormatException e = catchThrowableOfType(DataFormatException.class,
                    () -> readCsv(csv, MAPPING, lenient));

            assertThat(e).hasMessage("test.csv: no column 'amount'; the columns are [customer_id, date, value]");
            assertThat(e.column()).isEqualTo("amount");
            assertThat(e.line()).isZero();
        }
    }

    @Test
    void read_missingOptionalColumn_throws() {
        String csv = "customer_id,date,amount\nc1,2024-01-02,3\n";

        assertThatThrownBy(() -> readCsv(csv, MAPPING.orderId("order_id"), true))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no column 'order_id'");
    }

    @Test
    void read_mappedColumnTwiceInHeader_throwsAsAmbiguous() {
        String csv = "customer_id,date,amount,date\nc1,2024-01-02,3,2024-01-03\n";

        assertThatThrownBy(() -> readCsv(csv, MAPPING, true))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("column 'date' appears more than once in the header (fields 2 and 4)");
    }

    @Test
    void read_headerNamesWithSpaces_matchAfterTrimming() {
        String csv = " customer_id , date ,amount \nc1,2024-01-02,3\n";

        assertThat(readCsv(csv, CsvMapping.of(" customer_id", "date ", "amount"), false).value().size()).isEqualTo(1);
    }

    @Test
    void read_strictWithBadDate_throwsNamingSourceLineColumnValueAndExpected() {
        String csv = "customer_id,date,amount\nc1,2024-01-02,3\nc2,2024-02-30,4\nc3,bad,5\n";
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> readCsv(csv, MAPPING.dateFormat(DateFormat.ISO_DATE), false));

        assertThat(e).hasMessage("test.csv line 3, column 'date': '2024-02-30' is not a date like 1997-01-01 "
                + "(pattern yyyy-MM-dd)");
        assertThat(e.source()).isEqualTo("test.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("date");
        assertThat(e.value()).isEqualTo("2024-02-30");
        assertThat(e.expected()).isEqualTo("a date like 1997-01-01 (pattern yyyy-MM-dd)");
    }

    @Test
    void read_strictWithBasicDateTypo_givesTheDocumentedMessage() throws IOException {
        String text = "0001 19970101 1.00\n0002 1997013 2.00\n";
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () ->
                TransactionReader.of(CsvMapping.of("id", "date", "amount").dateFormat(DateFormat.BASIC_DATE))
                        .format(InputFormat.whitespace().withoutHeader("id", "date", "amount"))
                        .read(new StringReader(text), "CDNOW_sample.txt"));

        assertThat(e).hasMessage("CDNOW_sample.txt line 2, column 'date': '1997013' is not a date like 19970101 "
                + "(pattern yyyyMMdd)");
    }

    @Test
    void read_lenient_keepsEveryGoodRowAndReportsEveryBadRowWithItsLine() {
        String csv = "customer_id,date,amount,qty\n"   // 1
                + "c1,2024-01-02,3,1\n"                 // 2 good
                + " ,2024-01-02,3,1\n"                  // 3 blank customer
                + "c2,2024-13-01,3,1\n"                 // 4 bad month
                + "c3,2024-01-02,NaN,1\n"               // 5 NaN amount
                + "c4,2024-01-02,1e999,1\n"             // 6 infinite amount
                + "c5,2024-01-02,3,-1\n"                // 7 negative quantity
                + "c6,2024-01-02,3,1.5\n"               // 8 non-integer quantity
                + "c7,2024-01-02,3\n"                   // 9 too few fields
                + "c8,2024-01-02,3,1,extra\n"           // 10 too many fields
                + "\n"                                  // 11 blank: not a row
                + "c9,2024-01-03,-2.5,\n"               // 12 good refund, quantity unknown
                + "c1,2024-01-04,0x10,1\n"              // 13 hex amount
                + "c10,2024-01-05, 4.5 ,2\n";           // 14 good, trimmed amount
        ReadResult<TransactionLog> result = readCsv(csv, MAPPING.quantity("qty"), true);

        assertThat(result.rowsRead()).isEqualTo(12);
        assertThat(result.rowsAccepted()).isEqualTo(3);
        assertThat(result.rejected()).extracting(RejectedRow::line)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 13L);
        assertThat(result.rejected()).extracting(RejectedRow::column)
                .containsExactly("customer_id", "date", "amount", "amount", "qty", "qty", null, null, "amount");
        assertThat(result.rejected().get(6).reason()).isEqualTo("the record has 3 fields; expected 4 fields, "
                + "one per column");
        assertThat(result.rejected().get(0).reason()).isEqualTo("empty value; expected a customer id");
        TransactionLog log = result.value();
        assertThat(log.customers().ids()).containsExactlyInAnyOrder("c1", "c9", "c10");
        assertThat(log.of("c9").amount(0)).isEqualTo(-2.5);
        assertThat(log.refundCount()).isEqualTo(1);
        assertThat(log.quantity(log.firstRow(log.customers().indexOf("c9")))).isEqualTo(-1);
        assertThat(log.of("c10").amount(0)).isEqualTo(4.5);
        assertThat(result.toString()).contains("12 rows read, 3 accepted, 9 rejected");
    }

    @Test
    void toString_lenientResult_showsCountsAndFirstRejections() {
        String csv = "customer_id,date,amount,order\nc1,2024-01-02,3,o1\nc1,2024-01-03,3,o1\nc2,x,1,o2\n";
        ReadResult<TransactionLog> result = readCsv(csv, MAPPING.orderId("order"), true);

        assertThat(result.duplicatesDropped()).isEqualTo(1);
        assertThat(result.toString())
                .startsWith("ReadResult[test.csv: 3 rows read, 2 accepted, 1 rejected, 1 accepted rows dropped by "
                        + "the log as duplicate order ids (see TransactionLog.duplicates())]")
                .contains("rejected (first 1 of 1):\n    test.csv line 4, column 'date': 'x' is not a date like");
    }

    @Test
    void read_duplicateOrderIds_areReportedByTheLogWithLineNumbers() {
        String csv = "customer_id,date,amount,order_id\n"
                + "c1,2024-01-02,10,A\n"    // 2
                + "c2,2024-01-02,20,B\n"    // 3
                + "c1,2024-01-03,10,A\n"    // 4 repeats A
                + "c3,2024-01-04,30,\n"     // 5 no order id: never a duplicate
                + "c3,2024-01-04,30,\n"     // 6
                + "c2,2024-01-05,20,B\n";   // 7 repeats B
        ReadResult<TransactionLog> result = readCsv(csv, MAPPING.orderId("order_id"), false);
        List<DuplicateOrder> duplicates = result.value().duplicates();

        assertThat(result.rowsAccepted()).isEqualTo(6);
        assertThat(result.duplicatesDropped()).isEqualTo(2);
        assertThat(result.value().size()).isEqualTo(4);
        assertThat(duplicates).extracting(DuplicateOrder::orderId).containsExactly("A", "B");
        assertThat(duplicates).extracting(DuplicateOrder::sourceRow).containsExactly(4L, 7L);
        assertThat(duplicates).extracting(DuplicateOrder::firstSourceRow).containsExactly(2L, 3L);
    }

    @Test
    void read_negativeAmounts_areKeptAsRefunds() {
        String csv = "customer_id,date,amount\nc1,2024-01-02,20\nc1,2024-01-03,-20\nc1,2024-01-04,-0.5e1\n";
        TransactionLog log = readCsv(csv, MAPPING, false).value();

        assertThat(log.size()).isEqualTo(3);
        assertThat(log.refundCount()).isEqualTo(2);
        assertThat(log.amount(1)).isEqualTo(-20);
        assertThat(log.amount(2)).isEqualTo(-5);
        assertThat(log.isRefund(2)).isTrue();
    }

    @Test
    void read_headerOnly_givesAnEmptyLog() {
        ReadResult<TransactionLog> result = readCsv("customer_id,date,amount\n", MAPPING, false);

        assertThat(result.rowsRead()).isZero();
        assertThat(result.value().size()).isZero();
        assertThat(result.value().customerCount()).isZero();
    }

    @Test
    void read_emptyInput_throwsForTheMissingHeader() {
        assertThatThrownBy(() -> readCsv("", MAPPING, true))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("test.csv: the input is empty: it has no header line");
    }

    @Test
    void read_lastLineWithoutNewline_isRead() {
        TransactionLog log = readCsv("customer_id,date,amount\r\nc1,2024-01-02,1\r\nc2,2024-01-03,2", MAPPING, false)
                .value();

        assertThat(log.size()).isEqualTo(2);
        assertThat(log.amount(log.firstRow(1))).isEqualTo(2);
    }

    @Test
    void read_lastFieldEmptyWithoutNewline_isAnEmptyField() {
        TransactionLog log = readCsv("customer_id,date,amount,category\nc1,2024-01-02,1,", MAPPING.category("category"),
                false).value();

        assertThat(log.category(0)).isNull();
    }

    @Test
    void read_unterminatedQuote_rejectsTheRestAsOneRecordFromItsStartLine() {
        String csv = "customer_id,date,amount\nc1,2024-01-02,1\nc2,\"2024-01-03,2\nc3,2024-01-04,3\n";
        ReadResult<TransactionLog> result = readCsv(csv, MAPPING, true);

        assertThat(result.value().size()).isEqualTo(1);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("the quote that opens field 2 on line 3 is never closed");
        });
    }

    @Test
    void read_textAfterClosingQuote_rejectsThatRecordAndResumesOnTheNextLine() {
        String csv = "customer_id,date,amount\n\"c1\"x,2024-01-02,1\n\"c2\"  ,2024-01-03,2\n";
        ReadResult<TransactionLog> result = readCsv(csv, MAPPING, true);

        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).startsWith("unexpected 'x' after the closing quote of field 1");
        });
        assertThat(result.value().customers().ids()).containsExactly("c2");
    }

    @Test
    void read_quoteInsideUnquotedField_isAnOrdinaryCharacter() {
        TransactionLog log = readCsv("customer_id,date,amount\nab\"c,2024-01-02,1\n", MAPPING, false).value();

        assertThat(log.customerId(0)).isEqualTo("ab\"c");
    }

    @Test
    void read_withoutHeader_namesColumnsByPosition() {
        TransactionLog log = IoFixtures.read("c1,2024-01-02,7\n", CsvMapping.of("who", "when", "what"),
                InputFormat.csv().withoutHeader("who", "when", "what"), false).value();

        assertThat(log.customerId(0)).isEqualTo("c1");
        assertThat(log.instant(0)).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    }

    @Test
    void read_recordLongerThanTheBuffer_isReadWhole() {
        String note = "x".repeat(200_000);
        String csv = "customer_id,note,date,amount\nc1,\"" + note + "\",2024-01-02,1\nc2,y,2024-01-03,2\n";
        ReadResult<TransactionLog> result = readCsv(csv, MAPPING.category("note"), false);

        assertThat(result.value().category(0)).isEqualTo(note);
        assertThat(result.value().size()).isEqualTo(2);
    }

    @Test
    void read_invalidUtf8File_throwsNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "customer_id,date,amount\nJos\u00e9,2024-01-02,1\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> TransactionReader.of(MAPPING).lenient().read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("latin1.csv")
                .hasMessageContaining("not valid text");
    }
}
