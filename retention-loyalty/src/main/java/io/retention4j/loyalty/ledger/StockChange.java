package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.internal.Require;

/**
 * Units of a stocked reward taken by a redemption; committed only if the units redeemed by all
 * customers stay within the stock.
 *
 * @param rewardId the reward
 * @param units    units taken, positive
 * @param stock    the reward's total stock in the program
 */
public record StockChange(String rewardId, long units, long stock) {
    /**
     * Validates the fields.
     *
     * @param rewardId non-blank
     * @param units    positive
     * @param stock    non-negative
     */
    public StockChange {
        Require.notBlank("stock.rewardId", rewardId);
        Require.positive("stock.units", units);
        Require.nonNegative("stock.stock", stock);
    }
}
