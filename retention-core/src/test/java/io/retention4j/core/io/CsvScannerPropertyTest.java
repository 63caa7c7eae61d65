package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The hand-written CSV scanner against Jackson's {@link CsvParser} as the reference: on random
 * well-formed CSV (quoted fields with delimiters, quotes, LF and CRLF inside, mixed line ends),
 * both must give the same fields and the same start line for every record, also when the input
 * arrives a few characters at a time so that records straddle buffer refills.
 */
class CsvScannerPropertyTest {
    private static final int COLUMNS = 4;

    /** One record as (start line, trimmed fields). */
    record Parsed(long line, List<String> fields) {
    }

    @Provide
    Arbitrary<String> field() {
        return Combinators.combine(Arbitraries.strings().withChars("ab ,\"\n;\t").ofMaxLength(6),
                Arbitraries.of("\n", "\r\n")).as((text, lineBreak) -> text.replace("\n", lineBreak));
    }

    @Provide
    Arbitrary<List<List<String>>> table() {
        return field().list().ofSize(COLUMNS).list().ofMinSize(0).ofMaxSize(12);
    }

    @Property(tries = 500)
    void scanner_matchesJackson(@ForAll("table") List<List<String>> rows,
                                @ForAll @IntRange(min = 1, max = 9) int chunk,
                                @ForAll boolean crlf) throws IOException {
        String csv = toCsv(rows, crlf ? "\r\n" : "\n");

        List<Parsed> expected = jackson(csv);
        assertThat(scan(new StringReader(csv))).as(csv).isEqualTo(expected);
        assertThat(scan(new IoFixtures.TrickleReader(new StringReader(csv), chunk))).as(csv).isEqualTo(expected);
    }

    private static String toCsv(List<List<String>> rows, String lineEnd) {
        StringBuilder sb = new StringBuilder("c0,c1,c2,c3").append(lineEnd);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String f = row.get(i);
                boolean quote = !f.isEmpty() && (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                        || f.indexOf('\r') >= 0 || f.charAt(0) == ' ' || f.charAt(0) == '\t');
                sb.append(i == 0 ? "" : ",");
                if (quote) {
                    sb.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(f);
                }
            }
            sb.append(lineEnd);
        }
        return sb.toString();
    }

    private static List<Parsed> scan(Reader reader) throws IOException {
        RecordSource source = RecordSource.open(reader, "random.csv", InputFormat.csv());
        source.bind(new String[] {"c0", "c1", "c2", "c3"});
        List<Parsed> out = new ArrayList<>();
        while (source.next()) {
            assertThat(source.malformed()).isNull();
            List<String> fields = new ArrayList<>();
            for (int slot = 0; slot < COLUMNS; slot++) {
                fields.add(source.text(slot));
            }
            out.add(new Parsed(source.line(), fields));
        }
        return out;
    }

    private static List<Parsed> jackson(String csv) throws IOException {
        List<Parsed> out = new ArrayList<>();
        try (CsvParser parser = new CsvFactory().createParser(new StringReader(csv))) {
            parser.setSchema(CsvSchema.emptySchema());
            boolean header = true;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                long line = parser.currentLocation().getLineNr();
                List<String> fields = new ArrayList<>();
                for (t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    fields.add(parser.getText().trim());
                }
                if (!header) {
                    out.add(new Parsed(line, fields));
                }
                header = false;
            }
        }
        return out;
    }
}
