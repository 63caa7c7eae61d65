package io.retention4j.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.retention4j.core.internal.Checks;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes customer profiles as CSV or JSON Lines, UTF-8, lines ending in {@code \n}, streaming one
 * profile at a time (profiles are materialized one by one, never all at once).
 *
 * <p>Both formats carry the same fields, named in snake case: {@code customer_id, as_of, orders,
 * purchase_days, total_spend, average_order_value, refunds, refunded_amount, first_purchase,
 * last_purchase, days_since_last_purchase, mean_gap_days, median_gap_days, tenure_days,
 * top_categories, top_channels, event_counts, last_events, feedback_count, last_score,
 * average_score, nps_class, open_support_tickets, signup, birthday, attributes}. Instants are
 * ISO-8601, numbers as by {@link Double#toString}. A value the profile does not have (an empty
 * optional) is an empty CSV field or a JSON {@code null}.
 *
 * <p>CSV flattens lists as {@code a|b|c} and maps as {@code key=value;key=value} (keys sorted);
 * fields are quoted per RFC 4180 when needed. JSON Lines writes lists as arrays and maps as objects.
 *
 * <p>The {@code Path} methods create or replace the file; the {@code Writer} methods flush but do
 * not close the writer.
 */
public final class ProfileWriter {
    private static final List<String> FIELDS = List.of("customer_id", "as_of", "orders", "purchase_days",
            "total_spend", "average_order_value", "refunds", "refunded_amount", "first_purchase", "last_purchase",
            "days_since_last_purchase", "mean_gap_days", "median_gap_days", "tenure_days", "top_categories",
            "top_channels", "event_counts", "last_events", "feedback_count", "last_score", "average_score",
            "nps_class", "open_support_tickets", "signup", "birthday", "attributes");
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ProfileWriter() {
    }

    /**
     * The field names, in column order.
     *
     * @return the names
     */
    public static List<String> fields() {
        return FIELDS;
    }

    /**
     * Writes profiles as CSV to a file.
     *
     * @param profiles the profiles
     * @param path     the file
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(CustomerProfiles profiles, Path path) throws IOException {
        Checks.notNull("path", path);
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writeCsv(profiles, out);
        }
    }

    /**
     * Writes profiles as CSV.
     *
     * @param profiles the profiles
     * @param out      the destination
     * @throws IOException when writing fails
     */
    public static void writeCsv(CustomerProfiles profiles, Writer out) throws IOException {
        Checks.notNull("profiles", profiles);
        Checks.notNull("out", out);
        out.write(String.join(",", FIELDS));
        out.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (CustomerProfile p : profiles) {
            line.setLength(0);
            CsvLine csv = new CsvLine(line);
            csv.text(p.customerId()).text(p.asOf().toString()).number(p.orders()).number(p.purchaseDays())
                    .number(p.totalSpend()).number(p.averageOrderValue()).number(p.refunds())
                    .number(p.refundedAmount()).instant(p.firstPurchase()).instant(p.lastPurchase())
                    .number(p.daysSinceLastPurchase()).number(p.meanInterPurchaseGapDays())
                    .number(p.medianInterPurchaseGapDays()).number(p.tenureDays())
                    .text(String.join("|", p.topCategories())).text(String.join("|", p.topChannels()))
                    .map(p.eventCounts()).map(p.lastEvents()).number(p.feedbackCount()).number(p.lastScore())
                    .number(p.averageScore()).text(p.npsClass().map(Enum::name).orElse(""))
                    .number(p.openSupportTickets()).instant(p.signup())
                    .text(p.birthday().map(Object::toString).orElse("")).map(p.attributes());
            line.append('\n');
            out.append(line);
        }
        out.flush();
    }

    /**
     * Writes profiles as JSON Lines to a file.
     *
     * @param profiles the profiles
     * @param path     the file
     * @throws IOException when the file cannot be written
     */
    public static void writeJsonLines(CustomerProfiles profiles, Path path) throws IOException {
        Checks.notNull("path", path);
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            writeJsonLines(profiles, out);
        }
    }

    /**
     * Writes profiles as JSON Lines: one object per line.
     *
     * @param profiles the profiles
     * @param out      the destination
     * @throws IOException when writing fails
     */
    public static void writeJsonLines(CustomerProfiles profiles, Writer out) throws IOException {
        Checks.notNull("profiles", profiles);
        Checks.notNull("out", out);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setRootValueSeparator(null);
            for (CustomerProfile p : profiles) {
                writeJson(json, p);
                json.flush();
                out.write('\n');
            }
        }
        out.flush();
    }

    private static void writeJson(JsonGenerator json, CustomerProfile p) throws IOException {
        json.writeStartObject();
        json.writeStringField("customer_id", p.customerId());
        json.writeStringField("as_of", p.asOf().toString());
        json.writeNumberField("orders", p.orders());
        json.writeNumberField("purchase_days", p.purchaseDays());
        json.writeNumberField("total_spend", p.totalSpend());
        number(json, "average_order_value", p.averageOrderValue());
        json.writeNumberField("refunds", p.refunds());
        json.writeNumberField("refunded_amount", p.refundedAmount());
        instant(json, "first_purchase", p.firstPurchase());
        instant(json, "last_purchase", p.lastPurchase());
        number(json, "days_since_last_purchase", p.daysSinceLastPurchase());
        number(json, "mean_gap_days", p.meanInterPurchaseGapDays());
        number(json, "median_gap_days", p.medianInterPurchaseGapDays());
        number(json, "tenure_days", p.tenureDays());
        strings(json, "top_categories", p.topCategories());
        strings(json, "top_channels", p.topChannels());
        json.writeObjectFieldStart("event_counts");
        for (Map.Entry<String, Long> e : p.eventCounts().entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("last_events");
        for (Map.Entry<String, Instant> e : p.lastEvents().entrySet()) {
            json.writeStringField(e.getKey(), e.getValue().toString());
        }
        json.writeEndObject();
        json.writeNumberField("feedback_count", p.feedbackCount());
        OptionalInt lastScore = p.lastScore();
        if (lastScore.isPresent()) {
            json.writeNumberField("last_score", lastScore.getAsInt());
        } else {
            json.writeNullField("last_score");
        }
        number(json, "average_score", p.averageScore());
        json.writeStringField("nps_class", p.npsClass().map(Enum::name).orElse(null));
        json.writeNumberField("open_support_tickets", p.openSupportTickets());
        instant(json, "signup", p.signup());
        json.writeStringField("birthday", p.birthday().map(Object::toString).orElse(null));
        json.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.getAsDouble());
        } else {
            json.writeNullField(field);
        }
    }

    private static void number(JsonGenerator json, String field, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.getAsLong());
        } else {
            json.writeNullField(field);
        }
    }

    private static void instant(JsonGenerator json, String field, Optional<Instant> value) throws IOException {
        json.writeStringField(field, value.map(Instant::toString).orElse(null));
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /** Appends comma-separated CSV fields to a line. */
    private static final class CsvLine {
        private final StringBuilder line;
        private boolean first = true;

        CsvLine(StringBuilder line) {
            this.line = line;
        }

        private StringBuilder next() {
            if (!first) {
                line.append(',');
            }
            first = false;
            return line;
        }

        CsvLine text(String text) {
            CsvText.append(next(), text);
            return this;
        }

        CsvLine number(long value) {
            next().append(value);
            return this;
        }

        CsvLine number(double value) {
            next().append(value);
            return this;
        }

        CsvLine number(OptionalDouble value) {
            StringBuilder sb = next();
            if (value.isPresent()) {
                sb.append(value.getAsDouble());
            }
            return this;
        }

        CsvLine number(OptionalLong value) {
            StringBuilder sb = next();
            if (value.isPresent()) {
                sb.append(value.getAsLong());
            }
            return this;
        }

        CsvLine number(OptionalInt value) {
            StringBuilder sb = next();
            if (value.isPresent()) {
                sb.append(value.getAsInt());
            }
            return this;
        }

        CsvLine instant(Optional<Instant> value) {
            next().append(value.map(Instant::toString).orElse(""));
            return this;
        }

        CsvLine map(Map<String, ?> map) {
            StringBuilder flat = new StringBuilder();
            for (Map.Entry<String, ?> e : map.entrySet()) {
                if (flat.length() > 0) {
                    flat.append(';');
                }
                flat.append(e.getKey()).append('=').append(e.getValue());
            }
            return text(flat.toString());
        }
    }
}
