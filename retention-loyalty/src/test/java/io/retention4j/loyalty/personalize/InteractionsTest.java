package io.retention4j.loyalty.personalize;

import static io.retention4j.loyalty.personalize.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import io.retention4j.core.model.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionsTest {
    @TempDir
    Path dir;

    @Test
    void build_unsortedInput_ordersCustomersByIdAndRowsByTimeKeepingInputOrderForTies() {
        Interactions log = Interactions.builder(Fixtures.abcd())
                .add("u2", "C", day(3), InteractionKind.PURCHASE)
                .add("u1", "B", day(5), InteractionKind.VIEW)
                .add("u2", "A", day(1), InteractionKind.PURCHASE)
                .add("u1", "D", day(5), InteractionKind.PURCHASE, 2f)
                .add("u1", "A", day(2), InteractionKind.PURCHASE)
                .build();
        assertThat(log.customers().ids()).containsExactly("u1", "u2");
        // u1: A (day 2), then B and D both on day 5 in input order
        assertThat(items(log, 0)).containsExactly("A", "B", "D");
        assertThat(items(log, 1)).containsExactly("A", "C");
        assertThat(log.kind(1)).isEqualTo(InteractionKind.VIEW);
        assertThat(log.weight(2)).isEqualTo(2f);
        assertThat(log.toString()).isEqualTo("Interactions[5 rows (4 purchases, 1 views), 2 customers, 4 items]");
    }

    @Test
    void add_unknownItem_throwsNamingTheItem() {
        assertThatThrownBy(() -> Interactions.builder(Fixtures.abcd()).add("u1", "Z", day(1), InteractionKind.VIEW))
                .isInstanceOf(UnknownItemException.class)
                .hasMessage("unknown item 'Z': not in the catalogue of 4 items");
    }

    @Test
    void add_nonPositiveWeight_throws() {
        assertThatThrownBy(() -> Interactions.builder(Fixtures.abcd())
                .add("u1", "A", day(1), InteractionKind.VIEW, 0f))
                .hasMessageContaining("weight of customer 'u1', item 'A' must be positive and finite, got 0.0");
    }

    @Test
    void beforeAndNotBefore_splitAtTheCutWithTheSameCustomerCodes() {
        Interactions log = Fixtures.fourBuyers();
        Interactions train = log.before(day(4));
        Interactions test = log.notBefore(day(4));
        assertThat(train.size() + test.size()).isEqualTo(log.size());
        // rows on day 4 or later: u2 B (day 4), u3 C (day 5), u4 D (day 6), u5 D view (day 6)
        assertThat(test.size()).isEqualTo(4);
        assertThat(test.customers()).isEqualTo(log.customers());
        int u3 = log.customers().indexOf("u3");
        assertThat(items(train, u3)).containsExactly("A");
        assertThat(items(test, u3)).containsExactly("C");
    }

    @Test
    void readCsv_allColumns_readsEveryRow() throws IOException {
        Path file = dir.resolve("interactions.csv");
        Files.writeString(file, """
                item_id,customer_id,time,kind,weight
                A,u1,2026-01-01T10:00:00Z,purchase,2
                B,u1,2026-01-02,VIEW,1
                C,u2,1767225600000,purchase,1.5
                """);
        Interactions log = Interactions.readCsv(file, Fixtures.abcd());
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.epochMillis(0)).isEqualTo(java.time.Instant.parse("2026-01-01T10:00:00Z").toEpochMilli());
        assertThat(log.epochMillis(1)).isEqualTo(day(2).toEpochMilli());
        assertThat(log.kind(1)).isEqualTo(InteractionKind.VIEW);
        assertThat(log.weight(0)).isEqualTo(2f);
        // 1767225600000 ms = 2026-01-01T00:00:00Z
        assertThat(log.epochMillis(2)).isEqualTo(day(1).toEpochMilli());
        assertThat(log.weight(2)).isEqualTo(1.5f);
    }

    @Test
    void readCsv_badTime_namesFileLineColumnAndValue() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "customer_id,item_id,time\nu1,A,2026-01-01\nu1,B,yesterday\n");
        assertThatThrownBy(() -> Interactions.readCsv(file, Fixtures.abcd()))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("bad.csv line 3, column 'time': 'yesterday' is not an ISO-8601 instant");
    }

    @Test
    void readCsv_unknownItem_namesLine() throws IOException {
        Path file = dir.resolve("unknown.csv");
        Files.writeString(file, "customer_id,item_id,time\nu1,Q,2026-01-01\n");
        assertThatThrownBy(() -> Interactions.readCsv(file, Fixtures.abcd()))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("unknown.csv line 2, column 'item_id': unknown item 'Q' (not in the catalogue of 4 items)");
    }

    @Test
    void readCsv_missingColumn_namesItAndTheHeader() throws IOException {
        Path file = dir.resolve("nocol.csv");
        Files.writeString(file, "customer_id,time\nu1,2026-01-01\n");
        assertThatThrownBy(() -> Interactions.readCsv(file, Fixtures.abcd()))
                .hasMessage("nocol.csv: no column 'item_id'; the header has [customer_id, time]");
    }

    @Test
    void addTransactions_categoriesAsItems_countsRefundsAndUncategorisedRows() {
        Catalog categories = Catalog.of("jazz", "rock");
        TransactionLog tx = TransactionLog.of(List.of(
                Transaction.of("c1", day(1), 10).withCategory("jazz").withQuantity(3),
                Transaction.of("c1", day(2), 12).withCategory("rock"),
                Transaction.of("c1", day(3), -12).withCategory("rock"),
                Transaction.of("c2", day(2), 5)));
        Interactions log = Interactions.builder(categories).addTransactions(tx).build();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.weight(0)).isEqualTo(3f); // the quantity
        assertThat(log.skipped()).containsOnly(Map.entry("refund", 1), Map.entry("transaction without category", 1));
    }

    @Test
    void addEvents_itemProperty_recordsViewsAndCountsEventsWithoutIt() {
        EventLog events = EventLog.of(List.of(
                new Event("c1", day(1), EventType.VISIT, Map.of("sku", "C")),
                new Event("c1", day(2), EventType.VISIT, Map.of()),
                new Event("c2", day(2), EventType.of("product_view"), Map.of("sku", "A"))));
        Interactions log = Interactions.builder(Fixtures.abcd()).addEvents(events, "sku", InteractionKind.VIEW).build();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.kind(0)).isEqualTo(InteractionKind.VIEW);
        assertThat(log.skipped()).containsOnly(Map.entry("event without 'sku'", 1));
    }

    @Test
    void fromArrays_itemCodeOutOfRange_namesRow() {
        assertThatThrownBy(() -> Interactions.fromArrays(IdDictionary.of("u1"), Fixtures.abcd(), new int[] {0, 0},
                new int[] {1, 4}, new long[] {1, 2}, new byte[] {0, 0}, null))
                .hasMessage("itemCodes[1] = 4 is outside the catalogue (0..3)");
    }

    @Test
    void catalog_duplicateItem_throws() {
        assertThatThrownBy(() -> Catalog.of("A", "B", "A"))
                .hasMessage("catalog: id 'A' appears twice, at index 0 and 2");
    }

    static List<String> items(Interactions log, int customer) {
        List<String> out = new java.util.ArrayList<>();
        for (int r = log.firstRow(customer); r < log.endRow(customer); r++) {
            out.add(log.catalog().id(log.item(r)));
        }
        return out;
    }
}
