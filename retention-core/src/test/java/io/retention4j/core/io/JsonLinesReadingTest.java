package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON Lines input: transactions and events, numbers or strings, malformed lines, missing keys. */
class JsonLinesReadingTest {
    private static final CsvMapping ORDERS = CsvMapping.of("customer", "at", "amount").orderId("order");

    private static ReadResult<TransactionLog> readOrders(String jsonl, boolean lenient) throws IOException {
        TransactionReader reader = TransactionReader.of(ORDERS).format(InputFormat.jsonLines());
        return (lenient ? reader.lenient() : reader).read(new StringReader(jsonl), "orders.jsonl");
    }

    @Test
    void read_transactions_acceptsNumbersAndStringsAndSkipsBlankLines() throws IOException {
        String jsonl = "{\"customer\":\"c1\",\"at\":\"2024-01-05\",\"amount\":12.5,\"order\":\"o1\"}\n"
                + "{\"amount\":\"7.25\",\"customer\":\"c2\",\"at\":\"2024-01-06T10:00:00Z\",\"extra\":{\"a\":[1,2]}}\n"
                + "\n"
                + "   \n"
                + "{\"customer\":\"c1\",\"at\":\"2024-01-07\",\"amount\":-3,\"order\":null}\r\n"
                + "{\"customer\":\"c3\",\"at\":\"2024-01-08\",\"amount\":1.5E1}";
        ReadResult<TransactionLog> result = readOrders(jsonl, false);
        TransactionLog log = result.value();

        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(log.of("c1").size()).isEqualTo(2);
        assertThat(log.of("c1").amount(0)).isEqualTo(12.5);
        assertThat(log.of("c1").amount(1)).isEqualTo(-3);
        assertThat(log.of("c2").instant(0)).isEqualTo(Instant.parse("2024-01-06T10:00:00Z"));
        assertThat(log.of("c2").amount(0)).isEqualTo(7.25);
        assertThat(log.of("c3").amount(0)).isEqualTo(15);
        assertThat(log.refundCount()).isEqualTo(1);
    }

    @Test
    void read_lenient_rejectsMalformedLinesWithTheirLineNumbers() throws IOException {
        String jsonl = "{\"customer\":\"c1\",\"at\":\"2024-01-05\",\"amount\":1,\"order\":\"o1\"}\n"   // 1 good
                + "\n"                                                                                    // 2 blank
                + "not json\n"                                                                            // 3
                + "{\"customer\":\"c2\",\"at\":\"2024-01-05\",\"amount\":1} {}\n"                           // 4
                + "{\"customer\":\"c2\",\"at\":\"2024-01-05\",\"amount\":{\"v\":1}}\n"                      // 5
                + "{\"customer\":\"c2\",\"at\":\"2024-01-05\"}\n"                                           // 6
                + "[1,2,3]\n"                                                                             // 7
                + "{\"customer\":\"c2\",\"customer\":\"c3\",\"at\":\"2024-01-05\",\"amount\":1}\n"          // 8
                + "{\"customer\":\"c2\",\"at\":\"2024-01-05\",\"amount\":true}\n"                           // 9
                + "{\"customer\":\"c2\",\"at\":\"2024-01-06\",\"amount\":\"2\"}\n";                         // 10 good
        ReadResult<TransactionLog> result = readOrders(jsonl, true);

        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.value().size()).isEqualTo(2);
        assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(result.rejected().get(0).reason()).startsWith("malformed JSON at column 4: Unrecognized token 'not'")
                .endsWith("; expected one JSON object per line");
        assertThat(result.rejected().get(1).reason()).startsWith("the line holds more than one JSON value");
        assertThat(result.rejected().get(2).column()).isEqualTo("amount");
        assertThat(result.rejected().get(2).reason()).isEqualTo("'{...}' is not a string, number or boolean");
        assertThat(result.rejected().get(3).column()).isEqualTo("amount");
        assertThat(result.rejected().get(3).reason()).startsWith("no value (the key is missing or null); expected a finite decimal number");
        assertThat(result.rejected().get(4).reason()).startsWith("the line is not a JSON object");
        assertThat(result.rejected().get(5).reason()).contains("Duplicate field 'customer'");
        assertThat(result.rejected().get(6).value()).isEqualTo("true");
    }

    @Test
    void read_strict_throwsOnTheFirstMalformedLine() {
        String jsonl = "{\"customer\":\"c1\",\"at\":\"2024-01-05\",\"amount\":1}\n{\"customer\":\"c2\",\n";
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> readOrders(jsonl, false));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("orders.jsonl line 2: malformed JSON");
        assertThat(e.expected()).isEqualTo("one JSON object per line");
    }

    @Test
    void read_mappedKeyInNoObject_throwsListingTheKeysInBothModes() {
        String jsonl = "{\"customer\":\"c1\",\"at\":\"2024-01-05\",\"amount\":1}\n";
        for (boolean lenient : new boolean[] {false, true}) {
            assertThatThrownBy(() -> readOrders(jsonl, lenient))
                    .isInstanceOf(DataFormatException.class)
                    .hasMessage("orders.jsonl: no column 'order'; no object in the input has it; the keys are "
                            + "[customer, at, amount]");
        }
    }

    @Test
    void read_emptyInput_givesAnEmptyLog() throws IOException {
        assertThat(readOrders("\n\n", false).value().size()).isZero();
    }

    @Test
    void withoutHeader_onJsonLines_isRefused() {
        assertThatThrownBy(() -> InputFormat.jsonLines().withoutHeader("a"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void read_eventsWithProperties_keepsNonEmptyPropertyValues() throws IOException {
        String jsonl = "{\"user\":\"u1\",\"ts\":1704067200,\"event\":\"feature_use\",\"feature\":\"export\",\"plan\":\"pro\"}\n"
                + "{\"user\":\"u1\",\"ts\":1704070800,\"event\":\"login\",\"plan\":\"\"}\n"
                + "{\"user\":\"u2\",\"ts\":\"1704074400\",\"event\":\"support_ticket_opened\",\"feature\":null,"
                + "\"ticket_id\":17}\n";
        ReadResult<EventLog> result = EventReader
                .of(EventMapping.of("user", "ts", "event").properties("feature", "plan", "ticket_id")
                        .dateFormat(DateFormat.EPOCH_SECONDS))
                .format(InputFormat.jsonLines())
                .read(new StringReader(jsonl), "events.jsonl");
        List<Event> events = result.value().stream().toList();

        assertThat(events).containsExactly(
                new Event("u1", Instant.parse("2024-01-01T00:00:00Z"), EventType.FEATURE_USE,
                        Map.of("feature", "export", "plan", "pro")),
                new Event("u1", Instant.parse("2024-01-01T01:00:00Z"), EventType.LOGIN, Map.of()),
                new Event("u2", Instant.parse("2024-01-01T02:00:00Z"), EventType.SUPPORT_TICKET_OPENED,
                        Map.of("ticket_id", "17")));
    }
}
