package io.retention4j.metrics.clv;

import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.DateFormat;
import io.retention4j.core.io.InputFormat;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.log.TransactionLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code cdnow/CDNOW_sample.txt} (see the README next to it): the raw purchases of the 2,357 customers of
 * the CDNOW summaries, read with retention-core and, for hand counts, with plain Java.
 */
final class CdnowSample {
    static final String RESOURCE = "cdnow/CDNOW_sample.txt";

    private CdnowSample() {
    }

    /** The log, customer = sample id (column 2), as retention-core reads it. */
    static TransactionLog log() {
        try (Reader reader = reader()) {
            return TransactionReader
                    .of(CsvMapping.of("sample_id", "date", "dollars").quantity("cds").dateFormat(DateFormat.BASIC_DATE))
                    .format(InputFormat.whitespace().withoutHeader("master_id", "sample_id", "date", "cds", "dollars"))
                    .read(reader, RESOURCE)
                    .value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain Java: the distinct purchase dates of each sample id (numeric order of ids). */
    static Map<Integer, TreeSet<LocalDate>> purchaseDays() {
        Map<Integer, TreeSet<LocalDate>> days = new TreeMap<>();
        try (Reader reader = reader()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            List<String> lines = new ArrayList<>(List.of(text.toString().split("\r?\n")));
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                LocalDate day = LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE);
                days.computeIfAbsent(Integer.parseInt(f[1]), k -> new TreeSet<>()).add(day);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    private static Reader reader() {
        InputStream in = Objects.requireNonNull(CdnowSample.class.getClassLoader().getResourceAsStream(RESOURCE),
                RESOURCE);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
