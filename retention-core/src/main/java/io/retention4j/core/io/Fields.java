package io.retention4j.core.io;

import io.retention4j.core.internal.NumberText;

/**
 * Parses the typed values of the current record, turning text that does not parse into a
 * {@link DataFormatException} that names the column, the value and what was expected.
 */
final class Fields {
    static final String CUSTOMER_ID = "a customer id";
    static final String AMOUNT = "a finite decimal number like 12.34, -5 (a refund) or 1.5e3";
    static final String QUANTITY = "a whole number >= 0 like 2";

    private Fields() {
    }

    /** The instant in a required time column. */
    static long time(RecordSource record, int slot, TimeParser parser, DateFormat format) {
        String text = record.required(slot, format.expected());
        long millis = parser.parse(text);
        if (millis == TimeParser.INVALID) {
            throw record.bad(slot, text, format.expected());
        }
        return millis;
    }

    /** A finite decimal number in a required column; 0 when the column is not mapped. */
    static double amount(RecordSource record, int slot) {
        if (!record.isMapped(slot)) {
            return 0;
        }
        String text = record.required(slot, AMOUNT);
        double value = NumberText.parseDecimal(text);
        if (!Double.isFinite(value)) {
            throw record.bad(slot, text, AMOUNT);
        }
        return value;
    }

    /** A whole number in {@code 0 .. max} in an optional column, or -1 when absent. */
    static int optionalWholeNumber(RecordSource record, int slot, int max, String expected) {
        String text = record.optional(slot);
        return text == null ? -1 : wholeNumber(record, slot, text, max, expected);
    }

    /** A whole number in {@code 0 .. max} in a required column. */
    static int wholeNumber(RecordSource record, int slot, int max, String expected) {
        return wholeNumber(record, slot, record.required(slot, expected), max, expected);
    }

    private static int wholeNumber(RecordSource record, int slot, String text, int max, String expected) {
        int value = NumberText.parseNonNegativeInt(text);
        if (value < 0 || value > max) {
            throw record.bad(slot, text, expected);
        }
        return value;
    }
}
