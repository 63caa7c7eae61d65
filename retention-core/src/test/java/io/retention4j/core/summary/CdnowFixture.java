package io.retention4j.core.summary;

import io.retention4j.core.log.TransactionLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CDNOW 1/10th sample and its published summaries (test resources under {@code cdnow/}, see the
 * README there), parsed with plain Java so the summary tests do not depend on the readers under test.
 */
final class CdnowFixture {
    /** Calibration end of the published summaries: 39 weeks from 1997-01-01. */
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    /** Last day of the data. */
    static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);

    /** One row of a published summary file. */
    record Published(int frequency, double recency, double T, double zbar) {
    }

    private CdnowFixture() {
    }

    /** The sample as a log keyed by the sample id (column 2), which the summary files use. */
    static TransactionLog sampleLog() {
        TransactionLog.Builder b = TransactionLog.builder();
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        for (String line : lines("cdnow/CDNOW_sample.txt")) {
            String[] f = line.trim().split("\\s+");
            long millis = LocalDate.parse(f[2], basic).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            b.add(String.valueOf(Integer.parseInt(f[1])), millis, Double.parseDouble(f[4]));
        }
        return b.build();
    }

    /** {@code cdnow_customers_summary_with_transactions.csv} by ID. */
    static Map<String, Published> publishedWithZbar() {
        Map<String, Published> rows = new LinkedHashMap<>();
        List<String> lines = lines("cdnow/cdnow_customers_summary_with_transactions.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.put(f[0], new Published(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        return rows;
    }

    /** {@code cdnow_customers_summary.csv} by ID (zbar is NaN: that file has none). */
    static Map<String, Published> published() {
        Map<String, Published> rows = new LinkedHashMap<>();
        List<String> lines = lines("cdnow/cdnow_customers_summary.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.put(f[0], new Published(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.NaN));
        }
        return rows;
    }

    static List<String> lines(String resource) {
        try (InputStream in = Objects.requireNonNull(CdnowFixture.class.getClassLoader().getResourceAsStream(resource),
                resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
