package io.retention4j.metrics.rates;

import java.util.Locale;

/**
 * The share of buyers who bought more than once in a window.
 *
 * <p>Definition: buyers = customers with at least one order (a transaction with a non-negative
 * amount) in the window; repeat buyers = those with at least two orders; rate = repeat buyers /
 * buyers, 0 when there are no buyers.
 *
 * @param buyers       customers with at least one order
 * @param repeatBuyers customers with at least two orders
 */
public record RepeatPurchaseRate(long buyers, long repeatBuyers) {

    /**
     * Validates the counts.
     *
     * @param buyers       customers with at least one order, {@code >= 0}
     * @param repeatBuyers customers with at least two orders, {@code 0..buyers}
     */
    public RepeatPurchaseRate {
        if (buyers < 0 || repeatBuyers < 0 || repeatBuyers > buyers) {
            throw new IllegalArgumentException("need 0 <= repeatBuyers <= buyers, got buyers " + buyers
                    + ", repeatBuyers " + repeatBuyers);
        }
    }

    /**
     * The repeat-purchase rate.
     *
     * @return repeatBuyers / buyers, 0 when there are no buyers
     */
    public double rate() {
        return buyers == 0 ? 0 : (double) repeatBuyers / buyers;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "repeat-purchase rate %.2f%% (%,d of %,d buyers)", 100 * rate(),
                repeatBuyers, buyers);
    }
}
