package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import io.retention4j.core.model.Feedback;
import io.retention4j.core.model.Transaction;
import io.retention4j.core.profile.CustomerProfiles;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles written as CSV and JSON Lines, read back with Jackson's parsers; values counted by hand. */
class ProfileWriterTest {
    private static final Instant AS_OF = Instant.parse("2026-02-01T00:00:00Z");

    private final CustomerProfiles profiles = CustomerProfiles.builder()
            .transactions(TransactionLog.of(List.of(
                    new Transaction("a,1", Instant.parse("2026-01-01T10:00:00Z"), new BigDecimal("50"), null,
                            "books", "web", null),
                    new Transaction("a,1", Instant.parse("2026-01-11T10:00:00Z"), new BigDecimal("20"), null,
                            "music", "web", null),
                    Transaction.of("b", Instant.parse("2026-01-20T10:00:00Z"), -5))))
            .events(EventLog.of(List.of(Event.of("a,1", Instant.parse("2026-01-02T00:00:00Z"), EventType.LOGIN))))
            .feedback(List.of(Feedback.of("a,1", Instant.parse("2026-01-03T00:00:00Z"), 10)))
            .customers(List.of(new Customer("a,1", Instant.parse("2025-12-01T00:00:00Z"), LocalDate.of(1990, 1, 2),
                    Map.of("country", "DE"))))
            .asOf(AS_OF)
            .build();

    @Test
    void writeCsv_profiles_quotedFieldsAndEmptyCellsForMissingValues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("profiles.csv");
        ProfileWriter.writeCsv(profiles, file);
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(2);
            assertThat(all.get(0).keySet()).containsExactlyElementsOf(ProfileWriter.fields());
            Map<String, String> a = all.get(0);
            assertThat(a).containsEntry("customer_id", "a,1") // the comma survived quoting
                    .containsEntry("orders", "2")
                    .containsEntry("purchase_days", "2")
                    .containsEntry("total_spend", "70.0")
                    .containsEntry("average_order_value", "35.0")
                    .containsEntry("first_purchase", "2026-01-01T10:00:00Z")
                    .containsEntry("days_since_last_purchase", "21") // Jan 11 -> Feb 1
                    .containsEntry("mean_gap_days", "10.0")
                    .containsEntry("tenure_days", "62")
                    .containsEntry("top_categories", "books|music") // one each: by name
                    .containsEntry("top_channels", "web")
                    .containsEntry("event_counts", "login=1")
                    .containsEntry("last_score", "10")
                    .containsEntry("nps_class", "PROMOTER")
                    .containsEntry("birthday", "1990-01-02")
                    .containsEntry("attributes", "country=DE");
            Map<String, String> b = all.get(1);
            assertThat(b).containsEntry("customer_id", "b")
                    .containsEntry("orders", "0")
                    .containsEntry("average_order_value", "")
                    .containsEntry("first_purchase", "")
                    .containsEntry("refunds", "1")
                    .containsEntry("refunded_amount", "5.0")
                    .containsEntry("last_score", "")
                    .containsEntry("nps_class", "");
        }
    }

    @Test
    void writeJsonLines_profiles_oneObjectPerLineWithNullsArraysAndObjects() throws IOException {
        StringWriter out = new StringWriter();
        ProfileWriter.writeJsonLines(profiles, out);
        String[] lines = out.toString().split("\n");
        assertThat(out.toString()).endsWith("\n");
        assertThat(lines).hasSize(2);
        JsonMapper json = new JsonMapper();
        JsonNode a = json.readTree(lines[0]);
        assertThat(a.get("customer_id").asText()).isEqualTo("a,1");
        assertThat(a.get("orders").asInt()).isEqualTo(2);
        assertThat(a.get("median_gap_days").asDouble()).isEqualTo(10.0);
        assertThat(a.get("top_categories")).hasSize(2);
        assertThat(a.get("top_categories").get(0).asText()).isEqualTo("books");
        assertThat(a.get("event_counts").get("login").asLong()).isEqualTo(1);
        assertThat(a.get("last_events").get("login").asText()).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(a.get("attributes").get("country").asText()).isEqualTo("DE");
        JsonNode b = json.readTree(lines[1]);
        assertThat(b.get("average_order_value").isNull()).isTrue();
        assertThat(b.get("days_since_last_purchase").isNull()).isTrue();
        assertThat(b.get("nps_class").isNull()).isTrue();
        assertThat(b.get("top_categories")).isEmpty();
        assertThat(b.get("refunded_amount").asDouble()).isEqualTo(5.0);
    }

    @Test
    void writeCsv_toPath_replacesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "old content that is longer than nothing\n".repeat(100));
        ProfileWriter.writeCsv(profiles, file);
        assertThat(Files.readAllLines(file)).hasSize(3).first().asString().startsWith("customer_id,as_of,");
    }
}
