package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Mappings and formats validate each argument at once and describe themselves. */
class MappingAndFormatTest {

    @Test
    void of_blankColumn_isRefusedNamingTheField() {
        assertThatThrownBy(() -> CsvMapping.of("customer_id", " ", "amount"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time column must not be blank, got ' '");
        assertThatThrownBy(() -> CsvMapping.of("customer_id", "date", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("amount column must not be null");
    }

    @Test
    void wither_columnAlreadyMapped_isRefused() {
        assertThatThrownBy(() -> CsvMapping.of("id", "date", "amount").orderId(" id "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'id' is mapped twice: as customer and as orderId");
        assertThatThrownBy(() -> FeedbackMapping.of("id", "date", "score").comment("note").channel("note"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'note' is mapped twice: as comment and as channel");
    }

    @Test
    void withers_returnNewMappingsAndLeaveTheOriginal() {
        CsvMapping base = CsvMapping.of("id", "date", "amount");
        CsvMapping changed = base.orderId("order").dateFormat(DateFormat.BASIC_DATE).zone(ZoneId.of("Europe/Paris"));

        assertThat(base).hasToString("CsvMapping[customer=id, time=date, amount=amount, dateFormat=AUTO, zone=Z]");
        assertThat(changed).hasToString("CsvMapping[customer=id, time=date, amount=amount, orderId=order, "
                + "dateFormat=BASIC_DATE, zone=Europe/Paris]");
        assertThat(changed.dateFormat()).isEqualTo(DateFormat.BASIC_DATE);
        assertThat(changed.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void csv_withQuoteOrLineBreakDelimiter_isRefused() {
        for (char bad : new char[] {'"', '\n', '\r'}) {
            assertThatThrownBy(() -> InputFormat.csv(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void withoutHeader_blankOrRepeatedNames_areRefused() {
        assertThatThrownBy(() -> InputFormat.csv().withoutHeader("a", "b", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column name 'a' is given twice");
        assertThatThrownBy(() -> InputFormat.whitespace().withoutHeader("a", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputFormat.whitespace().withoutHeader())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toString_describesLayoutAndReader() {
        assertThat(InputFormat.csv(';')).hasToString("csv (delimiter ';'), header line");
        assertThat(InputFormat.tsv()).hasToString("tsv, header line");
        assertThat(IoFixtures.CDNOW_SAMPLE)
                .hasToString("whitespace-separated, no header, columns [master_id, id, date, cds, amount]");
        assertThat(InputFormat.jsonLines()).hasToString("JSON Lines");
        assertThat(TransactionReader.of(CsvMapping.of("a", "b", "c")).lenient())
                .hasToString("TransactionReader[CsvMapping[customer=a, time=b, amount=c, dateFormat=AUTO, zone=Z], "
                        + "csv (delimiter ','), header line, lenient]");
    }
}
