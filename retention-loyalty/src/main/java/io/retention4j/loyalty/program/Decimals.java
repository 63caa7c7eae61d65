package io.retention4j.loyalty.program;

import java.math.BigDecimal;

/** Decimal text in the records' factories, with messages that name the field. */
final class Decimals {
    private Decimals() {
    }

    /**
     * Parses decimal text.
     *
     * @param field the field, for the message
     * @param text  text such as {@code "1.5"}
     * @return the value, with the text's scale
     * @throws IllegalArgumentException naming the field and the text when it is not a decimal number
     */
    static BigDecimal parse(String field, String text) {
        if (text == null) {
            throw new NullPointerException(field + " must not be null");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a decimal number such as 1.5, got '" + text + "'", e);
        }
    }
}
