package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * One line of a purchase, for category and product multipliers.
 *
 * @param product  the product id, or null
 * @param category the category, or null
 * @param amount   the line amount in the program's currency, non-negative
 */
public record PurchaseLine(String product, String category, BigDecimal amount) {
    /**
     * Validates the fields.
     *
     * @param product  null or non-blank
     * @param category null or non-blank
     * @param amount   non-negative
     */
    public PurchaseLine {
        Require.nullOrNotBlank("line.product", product);
        Require.nullOrNotBlank("line.category", category);
        Require.nonNegative("line.amount", amount);
    }
}
