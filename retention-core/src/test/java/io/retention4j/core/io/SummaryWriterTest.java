package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.CalibrationHoldout;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries written as CSV and JSON and read back with independent parsers: same numbers, exactly. */
class SummaryWriterTest {
    private static RfmSummary summary;
    private static CalibrationHoldout split;

    @BeforeAll
    static void readCdnow() throws IOException {
        TransactionLog log = TransactionReader
                .of(CsvMapping.of("id", "date", "amount").dateFormat(DateFormat.BASIC_DATE))
                .format(IoFixtures.CDNOW_SAMPLE)
                .read(IoFixtures.resource("cdnow/CDNOW_sample.txt"))
                .value();
        summary = RfmSummary.builder().unit(TimeScale.WEEKS).observationEnd(LocalDate.of(1997, 9, 30)).build(log);
        split = CalibrationHoldout.builder().unit(TimeScale.WEEKS)
                .calibrationEnd(LocalDate.of(1997, 9, 30)).observationEnd(LocalDate.of(1998, 6, 30)).build(log);
    }

    @Test
    void writeCsv_summary_readsBackWithPlainJavaToTheSameNumbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rfm.csv");
        SummaryWriter.writeCsv(summary, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\n", -1));

        assertThat(text).doesNotContain("\r").endsWith("\n");
        assertThat(lines.get(0)).isEqualTo("customer_id,frequency,recency,T,monetary_value");
        assertThat(lines).hasSize(2357 + 2); // header, rows, and the empty string after the last \n
        for (int i = 0; i < summary.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            assertThat(f[0]).isEqualTo(summary.customerId(i));
            assertThat(Integer.parseInt(f[1])).isEqualTo(summary.frequency(i));
            assertThat(Double.parseDouble(f[2])).isEqualTo(summary.recency(i));
            assertThat(Double.parseDouble(f[3])).isEqualTo(summary.T(i));
            assertThat(Double.parseDouble(f[4])).isEqualTo(summary.monetaryValue(i));
        }
    }

    @Test
    void writeCsv_calibrationHoldout_addsTheHoldoutColumns() throws IOException {
        StringWriter out = new StringWriter();
        SummaryWriter.writeCsv(split, out);
        String[] lines = out.toString().split("\n");

        assertThat(lines[0]).isEqualTo("customer_id,frequency,recency,T,monetary_value,"
                + "frequency_holdout,monetary_value_holdout,duration_holdout");
        assertThat(lines).hasSize(split.size() + 1);
        for (int i = 0; i < split.size(); i++) {
            String[] f = lines[i + 1].split(",");
            assertThat(f[0]).isEqualTo(split.calibration().customerId(i));
            assertThat(Double.parseDouble(f[4])).isEqualTo(split.calibration().monetaryValue(i));
            assertThat(Integer.parseInt(f[5])).isEqualTo(split.frequencyHoldout(i));
            assertThat(Double.parseDouble(f[6])).isEqualTo(split.monetaryHoldout(i));
            assertThat(Double.parseDouble(f[7])).isEqualTo(split.durationHoldout());
        }
    }

    @Test
    void writeCsv_idsWithCommasQuotesOrOuterSpaces_areQuoted() throws IOException {
        TransactionLog log = TransactionLog.builder()
                .add("a,b", Instant.parse("2024-01-01T00:00:00Z"), 1)
                .add("say \"hi\"", Instant.parse("2024-01-02T00:00:00Z"), 2)
                .add(" pad", Instant.parse("2024-01-02T00:00:00Z"), 3)
                .add("two\nlines", Instant.parse("2024-01-02T00:00:00Z"), 4)
                .add("plain", Instant.parse("2024-01-02T00:00:00Z"), 5)
                .build();
        RfmSummary small = RfmSummary.of(log, Instant.parse("2024-01-10T00:00:00Z"), TimeScale.DAYS);
        StringWriter out = new StringWriter();
        SummaryWriter.writeCsv(small, out);

        assertThat(out.toString()).contains("\n\"a,b\",0,", "\n\"say \"\"hi\"\"\",0,", "\n\" pad\",0,",
                "\n\"two\nlines\",0,", "\nplain,0,");
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = csv.readerFor(String[].class).<String[]>readValues(out.toString()).readAll();
        assertThat(rows).hasSize(6);
        for (int i = 0; i < small.size(); i++) {
            assertThat(rows.get(i + 1)[0]).isEqualTo(small.customerId(i));
        }
    }

    @Test
    void writeJson_summary_parsesBackWithTheMetadataAndRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rfm.json");
        SummaryWriter.writeJson(summary, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());

        assertThat(root.get("unit").asText()).isEqualTo("weeks");
        assertThat(root.get("period").asText()).isEqualTo(summary.period().orElseThrow().toString());
        assertThat(root.get("observationEnd").asText()).isEqualTo("1997-09-30T23:59:59.999Z");
        assertThat(root.get("customers").asInt()).isEqualTo(2357);
        JsonNode rows = root.get("rows");
        assertThat(rows.size()).isEqualTo(2357);
        for (int i = 0; i < summary.size(); i++) {
            assertRfmFields(rows.get(i), summary, i);
        }
    }

    private static void assertRfmFields(JsonNode row, RfmSummary expected, int i) {
        assertThat(row.get("customer_id").asText()).isEqualTo(expected.customerId(i));
        assertThat(row.get("frequency").asInt()).isEqualTo(expected.frequency(i));
        assertThat(row.get("recency").asDouble()).isEqualTo(expected.recency(i));
        assertThat(row.get("T").asDouble()).isEqualTo(expected.T(i));
        assertThat(row.get("monetary_value").asDouble()).isEqualTo(expected.monetaryValue(i));
    }

    @Test
    void writeJson_summaryFromArrays_hasNullPeriodAndObservationEnd() throws IOException {
        RfmSummary fromArrays = RfmSummary.fromArrays(new String[] {"x"}, new int[] {1}, new double[] {2.5},
                new double[] {3.25}, new double[] {9.99}, TimeScale.DAYS);
        StringWriter out = new StringWriter();
        SummaryWriter.writeJson(fromArrays, out);
        JsonNode root = JsonMapper.builder().build().readTree(out.toString());

        assertThat(out.toString()).endsWith("}\n");
        assertThat(root.get("period").isNull()).isTrue();
        assertThat(root.get("observationEnd").isNull()).isTrue();
        assertThat(root.get("rows").get(0).get("T").asDouble()).isEqualTo(3.25);
    }

    @Test
    void writeJson_calibrationHoldout_hasTheSplitMetadataAndHoldoutFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("split.json");
        SummaryWriter.writeJson(split, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());

        assertThat(root.get("calibrationEnd").asText()).isEqualTo("1997-09-30T23:59:59.999Z");
        assertThat(root.get("observationEnd").asText()).isEqualTo("1998-06-30T23:59:59.999Z");
        assertThat(root.get("durationHoldout").asDouble()).isEqualTo(split.durationHoldout());
        assertThat(root.get("customers").asInt()).isEqualTo(split.size());
        JsonNode rows = root.get("rows");
        for (int i = 0; i < split.size(); i++) {
            JsonNode row = rows.get(i);
            assertRfmFields(row, split.calibration(), i);
            assertThat(row.get("frequency_holdout").asInt()).isEqualTo(split.frequencyHoldout(i));
            assertThat(row.get("monetary_value_holdout").asDouble()).isEqualTo(split.monetaryHoldout(i));
        }
    }
}
