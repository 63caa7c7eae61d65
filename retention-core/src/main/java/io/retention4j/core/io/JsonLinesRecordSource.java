package io.retention4j.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One JSON object per line, parsed with Jackson's streaming parser. Keys name the columns; string,
 * number and boolean values are taken as their text, {@code null} as absent; an object or array
 * under a mapped key is a bad value. A line that is not exactly one well-formed object (repeated
 * keys included) is a malformed record. A mapped key that occurs in no object at all is a missing
 * column, reported after the last line (objects may leave out optional keys).
 */
final class JsonLinesRecordSource extends RecordSource {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final TextInput input;
    private final Map<String, Integer> slotOfKey = new HashMap<>();
    private final Set<String> keysSeen = new LinkedHashSet<>();
    private String[] columns = new String[0];
    private String[] values = new String[0];
    private boolean[] columnSeen = new boolean[0];
    private boolean anyObject;
    private long line;
    private DataFormatException malformed;

    JsonLinesRecordSource(TextInput input, String source) {
        super(source);
        this.input = input;
    }

    @Override
    void bindColumns(String[] mappedColumns) {
        columns = mappedColumns;
        values = new String[mappedColumns.length];
        columnSeen = new boolean[mappedColumns.length];
        for (int slot = 0; slot < mappedColumns.length; slot++) {
            if (mappedColumns[slot] != null) {
                slotOfKey.put(mappedColumns[slot], slot);
            }
        }
    }

    @Override
    boolean next() throws IOException {
        while (input.nextLine()) {
            if (!isBlank(input.buf, input.lineStart, input.lineEnd)) {
                line = input.lineNumber;
                malformed = parse(input.buf, input.lineStart, input.lineEnd - input.lineStart);
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            if (b[i] > ' ') {
                return false;
            }
        }
        return true;
    }

    private DataFormatException parse(char[] buf, int offset, int length) throws IOException {
        Arrays.fill(values, null);
        DataFormatException badValue = null;
        try (JsonParser parser = JSON.createParser(buf, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return DataFormatException.badRecord(source, line, "the line is not a JSON object",
                        "one JSON object per line");
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String key = parser.currentName();
                keysSeen.add(key);
                JsonToken value = parser.nextToken();
                Integer slot = slotOfKey.get(key);
                if (slot == null) {
                    parser.skipChildren();
                    continue;
                }
                columnSeen[slot] = true;
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    if (badValue == null) {
                        badValue = DataFormatException.badValue(source, line, key,
                                value == JsonToken.START_OBJECT ? "{...}" : "[...]", "a string, number or boolean");
                    }
                } else if (value != JsonToken.VALUE_NULL) {
                    values[slot] = parser.getText().trim();
                }
            }
            if (parser.nextToken() != null) {
                return DataFormatException.badRecord(source, line, "the line holds more than one JSON value",
                        "one JSON object per line");
            }
        } catch (JsonProcessingException e) {
            return DataFormatException.badRecord(source, line, "malformed JSON at column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), "one JSON object per line");
        }
        anyObject = true;
        return badValue;
    }

    @Override
    long line() {
        return line;
    }

    @Override
    DataFormatException malformed() {
        return malformed;
    }

    @Override
    String text(int slot) {
        return values[slot];
    }

    @Override
    void finish() {
        if (!anyObject) {
            return;
        }
        for (int slot = 0; slot < columns.length; slot++) {
            if (columns[slot] != null && !columnSeen[slot]) {
                throw DataFormatException.missingColumn(source, columns[slot], new ArrayList<>(keysSeen),
                        "no object in the input has it; the keys are");
            }
        }
    }
}
