package io.retention4j.core.io;

import java.io.IOException;
import java.util.List;

/**
 * Splits each line at runs of spaces and tabs (no quoting), the layout of the CDNOW files. Leading
 * and trailing whitespace are ignored, so lines with leading spaces and CRLF ends read cleanly.
 */
final class WhitespaceRecordSource extends TextRecordSource {

    WhitespaceRecordSource(TextInput input, String source, List<String> givenNames) {
        super(input, source, givenNames);
    }

    @Override
    boolean scan() throws IOException {
        if (!input.nextLine()) {
            return false;
        }
        char[] b = input.buf;
        int end = input.lineEnd;
        int p = input.lineStart;
        fieldCount = 0;
        recordLine = input.lineNumber;
        while (true) {
            while (p < end && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            if (p == end) {
                return true;
            }
            int start = p;
            while (p < end && b[p] != ' ' && b[p] != '\t') {
                p++;
            }
            addField(start, p);
        }
    }
}
