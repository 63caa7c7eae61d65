package io.retention4j.core.io;

/** CSV field text shared by the writers (RFC 4180 quoting). */
final class CsvText {
    private CsvText() {
    }

    /** Appends text as a CSV field, quoted when a reader could otherwise split or trim it. */
    static void append(StringBuilder line, String text) {
        boolean quote = !text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ');
        for (int k = 0; k < text.length() && !quote; k++) {
            char c = text.charAt(k);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"');
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }
}
