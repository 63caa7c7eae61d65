package io.retention4j.core.log;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.log.LogRows.EvRow;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EventLogTest {
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private static Instant minute(int m) {
        return T0.plusSeconds(60L * m);
    }

    @Test
    void build_unsortedEvents_sortsByCanonicalCustomerThenTime_keepingInputOrderForTies() {
        EventLog log = EventLog.of(List.of(
                Event.of("10", minute(5), EventType.LOGIN),
                Event.featureUse("2", minute(3), "export"),
                Event.of("2", minute(1), EventType.VISIT),
                Event.supportTicket("2", minute(3), true, "T-1"),
                Event.of("10", minute(0), EventType.VISIT)));
        assertThat(log.customers().ids()).containsExactly("2", "10");
        assertThat(log.size()).isEqualTo(5);
        assertThat(log.stream().toList()).containsExactly(
                Event.of("2", minute(1), EventType.VISIT),
                Event.featureUse("2", minute(3), "export"),
                Event.supportTicket("2", minute(3), true, "T-1"),
                Event.of("10", minute(0), EventType.VISIT),
                Event.of("10", minute(5), EventType.LOGIN));
        assertThat(log.firstRow(1)).isEqualTo(3);
        assertThat(log.endRow(1)).isEqualTo(5);
    }

    @Test
    void types_dictionaryInCanonicalOrder_andCodesPointIntoIt() {
        EventLog log = EventLog.of(List.of(Event.of("a", minute(0), EventType.VISIT),
                Event.of("a", minute(1), EventType.LOGIN), Event.of("a", minute(2), EventType.VISIT)));
        assertThat(log.types().ids()).containsExactly("login", "visit");
        assertThat(log.typeCode(0)).isEqualTo(1);
        assertThat(log.typeCode(1)).isZero();
        assertThat(log.type(2)).isEqualTo(EventType.VISIT);
    }

    @Test
    void properties_roundTripAndEmptyWhenAbsent() {
        EventLog log = EventLog.builder()
                .add("a", 0L, "visit", Map.of())
                .add("a", 1L, "feature_use", Map.of("feature", "export", "plan", "pro"))
                .build();
        assertThat(log.properties(0)).isEmpty();
        assertThat(log.properties(1)).containsExactly(Map.entry("feature", "export"), Map.entry("plan", "pro"));
        assertThatThrownBy(() -> log.properties(1).put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(log.event(0, 1)).isEqualTo(new Event("a", Instant.ofEpochMilli(1), EventType.FEATURE_USE,
                Map.of("feature", "export", "plan", "pro")));
        EventLog none = EventLog.builder().add("a", 0L, "visit", Map.of()).build();
        assertThat(none.properties(0)).isEmpty();
    }

    @Test
    void builder_propertiesStartingAfterBufferGrowth_earlierRowsHaveNone() {
        EventLog.Builder b = EventLog.builder();
        for (int i = 0; i < 2500; i++) {
            b.add("c", i, i % 2 == 0 ? "visit" : "login", i == 2000 ? Map.of("page", "home") : Map.of());
        }
        EventLog log = b.build();
        for (int row = 0; row < 2500; row++) {
            assertThat(log.properties(row)).isEqualTo(row == 2000 ? Map.of("page", "home") : Map.of());
            assertThat(log.type(row).name()).isEqualTo(row % 2 == 0 ? "visit" : "login");
        }
    }

    @Test
    void builder_invalidFields_rejectedNamingField() {
        EventLog.Builder b = EventLog.builder();
        assertRejects(IllegalArgumentException.class, () -> b.add("a", 0L, " ", Map.of()), "type", "' '");
        assertRejects(IllegalArgumentException.class, () -> b.add("", 0L, "visit", Map.of()), "customerId", "''");
        assertRejects(NullPointerException.class, () -> b.add("a", 0L, "visit", null), "properties");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);
        assertRejects(NullPointerException.class, () -> b.add("a", 0L, "visit", nullValue), "properties", "'k'");
        assertRejects(NullPointerException.class, () -> b.add(null), "event");
        assertThat(b.size()).isZero();
        assertThat(b.build().types().size()).as("a rejected row leaves no type behind").isZero();
    }

    @Test
    void emptyAndToString_readable() {
        assertThat(EventLog.empty().size()).isZero();
        assertThat(EventLog.empty().customerCount()).isZero();
        assertThat(EventLog.empty().stream()).isEmpty();
        assertThat(EventLog.empty()).hasToString("EventLog[0 events, 0 customers, types []]");
        EventLog log = EventLog.of(List.of(Event.of("a", minute(0), EventType.VISIT),
                Event.of("b", minute(0), EventType.LOGIN), Event.of("b", minute(1), EventType.VISIT)));
        assertThat(log).hasToString("EventLog[3 events, 2 customers, types [login, visit]]");
    }

    @Provide
    Arbitrary<List<EvRow>> rows() {
        return LogRows.evRows();
    }

    @Property(tries = 300)
    void build_anyRows_equalsStableSortByCanonicalCustomerThenTime(@ForAll("rows") List<EvRow> rows) {
        EventLog log = LogRows.evLog(rows);
        LogRows.assertBuiltLikeReference(rows, log.customers(), LogRows.rowsOf(log), EvRow::customer, EvRow::millis);
    }

    @Property(tries = 300)
    void build_anyPermutation_sameRangesAndRowMultisets_identicalColumnsWhenTimesDistinct(
            @ForAll("rows") List<EvRow> rows, @ForAll long seed) {
        EventLog a = LogRows.evLog(rows);
        EventLog b = LogRows.evLog(LogRows.shuffled(rows, seed));
        assertThat(b.customers()).isEqualTo(a.customers());
        assertThat(b.types()).isEqualTo(a.types());
        assertThat(LogRows.ranges(b.customerCount(), b::firstRow, b::endRow))
                .isEqualTo(LogRows.ranges(a.customerCount(), a::firstRow, a::endRow));
        assertThat(LogRows.multisetByCustomerAndTime(LogRows.rowsOf(b), EvRow::customer, EvRow::millis))
                .isEqualTo(LogRows.multisetByCustomerAndTime(LogRows.rowsOf(a), EvRow::customer, EvRow::millis));

        List<EvRow> distinct = LogRows.distinctByCustomerAndTime(rows, EvRow::customer, EvRow::millis);
        EventLog c = LogRows.evLog(distinct);
        EventLog d = LogRows.evLog(LogRows.shuffled(distinct, seed));
        assertThat(d.types()).isEqualTo(c.types());
        for (int row = 0; row < c.size(); row++) {
            assertThat(d.epochMillis(row)).isEqualTo(c.epochMillis(row));
            assertThat(d.typeCode(row)).as("type code of row %d", row).isEqualTo(c.typeCode(row));
            assertThat(d.properties(row)).isEqualTo(c.properties(row));
        }
    }

    @Property(tries = 200)
    void stream_roundTripThroughRecords_givesTheSameLog(@ForAll("rows") List<EvRow> rows) {
        EventLog log = LogRows.evLog(rows);
        assertThat(LogRows.rowsOf(EventLog.of(log.stream().toList()))).isEqualTo(LogRows.rowsOf(log));
    }
}
