package io.retention4j.loyalty.engine;

import java.math.BigDecimal;

/** Canonical text for the parts of a command's fingerprint, built without temporary numbers. */
final class Fingerprints {
    private Fingerprints() {
    }

    /**
     * Appends an amount with its trailing fraction zeros removed, so 12.5 and 12.50 fingerprint
     * alike (what {@code stripTrailingZeros().toPlainString()} gives, without the temporary
     * BigDecimal: {@code toString()} is cached by BigDecimal and is plain unless it has an exponent).
     */
    static StringBuilder appendAmount(StringBuilder s, BigDecimal amount) {
        String text = amount.toString();
        if (text.indexOf('E') >= 0) {
            text = amount.toPlainString();
        }
        int end = text.length();
        if (text.indexOf('.') >= 0) {
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
        }
        return s.append(text, 0, end);
    }
}
