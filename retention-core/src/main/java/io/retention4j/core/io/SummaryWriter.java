package io.retention4j.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.retention4j.core.internal.Checks;
import io.retention4j.core.summary.CalibrationHoldout;
import io.retention4j.core.summary.RfmSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes summaries as CSV or JSON, UTF-8, lines ending in {@code \n}, streaming row by row.
 *
 * <p>CSV: a header {@code customer_id,frequency,recency,T,monetary_value} (a
 * {@link CalibrationHoldout} adds {@code frequency_holdout,monetary_value_holdout,duration_holdout}),
 * then one line per customer in summary order. Numbers are written with {@link Double#toString}
 * (integers with {@link Integer#toString}), so {@link Double#parseDouble} reads back the identical
 * value. Customer ids are quoted (RFC 4180, {@code "} doubled) when they contain a comma, quote, CR
 * or LF, or start or end with whitespace.
 *
 * <p>JSON: one object with {@code unit} (the {@link io.retention4j.core.time.TimeScale} name),
 * {@code period} (the {@link io.retention4j.core.time.CalendarPeriod} that merged purchases, or
 * null for a summary built from arrays), {@code observationEnd} (ISO-8601 instant or null),
 * {@code customers} (the row count) and {@code rows}: an array of objects with the CSV's fields. A
 * calibration/holdout split adds {@code calibrationEnd} and {@code durationHoldout}. Numbers are
 * written as by {@link Double#toString}.
 *
 * <p>The {@code Path} methods create or replace the file; the {@code Writer} methods flush but do
 * not close the writer.
 */
public final class SummaryWriter {
    private static final String RFM_HEADER = "customer_id,frequency,recency,T,monetary_value";
    private static final String HOLDOUT_HEADER = ",frequency_holdout,monetary_value_holdout,duration_holdout";
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Appends a split's fields to a CSV line of row {@code i}. */
    @FunctionalInterface
    private interface CsvExtra {
        void append(StringBuilder line, int i);
    }

    /** Writes the fields that follow {@code unit} and {@code period}. */
    @FunctionalInterface
    private interface JsonHead {
        void write(JsonGenerator json) throws IOException;
    }

    /** Writes a split's fields into the object of row {@code i}. */
    @FunctionalInterface
    private interface JsonExtra {
        void write(JsonGenerator json, int i) throws IOException;
    }

    private SummaryWriter() {
    }

    /**
     * Writes a summary as CSV to a file.
     *
     * @param summary the summary
     * @param path    the file, created or replaced
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(RfmSummary summary, Path path) throws IOException {
        try (Writer out = Files.newBufferedWriter(Checks.notNull("path", path), StandardCharsets.UTF_8)) {
            writeCsv(summary, out);
        }
    }

    /**
     * Writes a summary as CSV.
     *
     * @param summary the summary
     * @param out     the destination (flushed, not closed)
     * @throws IOException when writing fails
     */
    public static void writeCsv(RfmSummary summary, Writer out) throws IOException {
        Checks.notNull("summary", summary);
        writeCsv(summary, "", (line, i) -> { }, out);
    }

    /**
     * Writes a calibration/holdout split as CSV to a file.
     *
     * @param split the split
     * @param path  the file, created or replaced
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(CalibrationHoldout split, Path path) throws IOException {
        try (Writer out = Files.newBufferedWriter(Checks.notNull("path", path), StandardCharsets.UTF_8)) {
            writeCsv(split, out);
        }
    }

    /**
     * Writes a calibration/holdout split as CSV: the calibration summary's columns, then
     * {@code frequency_holdout}, {@code monetary_value_holdout} and {@code duration_holdout}.
     *
     * @param split the split
     * @param out   the destination (flushed, not closed)
     * @throws IOException when writing fails
     */
    public static void writeCsv(CalibrationHoldout split, Writer out) throws IOException {
        Checks.notNull("split", split);
        String duration = Double.toString(split.durationHoldout());
        writeCsv(split.calibration(), HOLDOUT_HEADER, (line, i) -> line.append(',').append(split.frequencyHoldout(i))
                .append(',').append(Double.toString(split.monetaryHoldout(i)))
                .append(',').append(duration), out);
    }

    /** The header and one line per row of the summary, each line extended by {@code extra}. */
    private static void writeCsv(RfmSummary summary, String extraHeader, CsvExtra extra, Writer out)
            throws IOException {
        Checks.notNull("out", out);
        out.write(RFM_HEADER + extraHeader);
        out.write('\n');
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < summary.size(); i++) {
            line.setLength(0);
            appendRfm(line, summary, i);
            extra.append(line, i);
            out.append(line).append('\n');
        }
        out.flush();
    }

    private static void appendRfm(StringBuilder line, RfmSummary summary, int i) {
        CsvText.append(line, summary.customerId(i));
        line.append(',').append(summary.frequency(i))
                .append(',').append(Double.toString(summary.recency(i)))
                .append(',').append(Double.toString(summary.T(i)))
                .append(',').append(Double.toString(summary.monetaryValue(i)));
    }

    /**
     * Writes a summary as one JSON object to a file.
     *
     * @param summary the summary
     * @param path    the file, created or replaced
     * @throws IOException when the file cannot be written
     */
    public static void writeJson(RfmSummary summary, Path path) throws IOException {
        try (Writer out = Files.newBufferedWriter(Checks.notNull("path", path), StandardCharsets.UTF_8)) {
            writeJson(summary, out);
        }
    }

    /**
     * Writes a summary as one JSON object: {@code unit}, {@code period}, {@code observationEnd},
     * {@code customers} and {@code rows}.
     *
     * @param summary the summary
     * @param out     the destination (flushed, not closed)
     * @throws IOException when writing fails
     */
    public static void writeJson(RfmSummary summary, Writer out) throws IOException {
        Checks.notNull("summary", summary);
        writeJson(summary, json -> json.writeStringField("observationEnd",
                isoOrNull(summary.observationEnd().orElse(null))), (json, i) -> { }, out);
    }

    /**
     * Writes a calibration/holdout split as one JSON object to a file.
     *
     * @param split the split
     * @param path  the file, created or replaced
     * @throws IOException when the file cannot be written
     */
    public static void writeJson(CalibrationHoldout split, Path path) throws IOException {
        try (Writer out = Files.newBufferedWriter(Checks.notNull("path", path), StandardCharsets.UTF_8)) {
            writeJson(split, out);
        }
    }

    /**
     * Writes a calibration/holdout split as one JSON object: {@code unit}, {@code period},
     * {@code calibrationEnd}, {@code observationEnd}, {@code durationHoldout}, {@code customers} and
     * {@code rows} (each with the holdout fields added).
     *
     * @param split the split
     * @param out   the destination (flushed, not closed)
     * @throws IOException when writing fails
     */
    public static void writeJson(CalibrationHoldout split, Writer out) throws IOException {
        Checks.notNull("split", split);
        writeJson(split.calibration(), json -> {
            json.writeStringField("calibrationEnd", isoOrNull(split.calibrationEnd()));
            json.writeStringField("observationEnd", isoOrNull(split.observationEnd()));
            json.writeNumberField("durationHoldout", split.durationHoldout());
        }, (json, i) -> {
            json.writeNumberField("frequency_holdout", split.frequencyHoldout(i));
            json.writeNumberField("monetary_value_holdout", split.monetaryHoldout(i));
            json.writeNumberField("duration_holdout", split.durationHoldout());
        }, out);
    }

    /**
     * One object: unit, period, the {@code head} fields, the customer count and the rows, each row
     * extended by {@code extra}. Streams row by row; nothing is built in memory.
     */
    private static void writeJson(RfmSummary summary, JsonHead head, JsonExtra extra, Writer out)
            throws IOException {
        try (JsonGenerator json = JSON.createGenerator(Checks.notNull("out", out))) {
            json.writeStartObject();
            json.writeStringField("unit", summary.unit().name());
            json.writeStringField("period", summary.period().map(Object::toString).orElse(null));
            head.write(json);
            json.writeNumberField("customers", summary.size());
            json.writeArrayFieldStart("rows");
            for (int i = 0; i < summary.size(); i++) {
                json.writeStartObject();
                writeRfmFields(json, summary, i);
                extra.write(json, i);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }

    private static void writeRfmFields(JsonGenerator json, RfmSummary summary, int i) throws IOException {
        json.writeStringField("customer_id", summary.customerId(i));
        json.writeNumberField("frequency", summary.frequency(i));
        json.writeNumberField("recency", summary.recency(i));
        json.writeNumberField("T", summary.T(i));
        json.writeNumberField("monetary_value", summary.monetaryValue(i));
    }

    private static String isoOrNull(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
