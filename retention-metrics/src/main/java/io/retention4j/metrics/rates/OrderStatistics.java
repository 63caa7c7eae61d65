package io.retention4j.metrics.rates;

import java.util.Locale;

/**
 * Orders and revenue of the buyers of a window.
 *
 * <p>Definitions: buyers = customers with at least one order (transaction with a non-negative
 * amount) in the window; orders = their orders; revenue = the sum of all their transaction amounts
 * in the window, refunds (negative amounts) subtracted. Purchase frequency = orders / buyers;
 * average order value (AOV) = revenue / orders; historical CLV = revenue / buyers, the realized net
 * revenue per buyer over the window. Each is 0 when its denominator is 0.
 *
 * @param buyers  customers with at least one order
 * @param orders  their orders
 * @param revenue their net revenue
 */
public record OrderStatistics(long buyers, long orders, double revenue) {

    /**
     * Validates the sums.
     *
     * @param buyers  {@code >= 0}
     * @param orders  {@code >= buyers}
     * @param revenue finite
     */
    public OrderStatistics {
        if (buyers < 0 || orders < buyers || !Double.isFinite(revenue)) {
            throw new IllegalArgumentException("need 0 <= buyers <= orders and a finite revenue, got buyers "
                    + buyers + ", orders " + orders + ", revenue " + revenue);
        }
    }

    /**
     * Purchase frequency.
     *
     * @return orders / buyers, 0 without buyers
     */
    public double purchaseFrequency() {
        return buyers == 0 ? 0 : (double) orders / buyers;
    }

    /**
     * Average order value.
     *
     * @return revenue / orders, 0 without orders
     */
    public double averageOrderValue() {
        return orders == 0 ? 0 : revenue / orders;
    }

    /**
     * Simple historical CLV: realized net revenue per buyer.
     *
     * @return revenue / buyers, 0 without buyers
     */
    public double historicalClv() {
        return buyers == 0 ? 0 : revenue / buyers;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d buyers, %,d orders, revenue %.2f: frequency %.3f, AOV %.2f, "
                + "historical CLV %.2f", buyers, orders, revenue, purchaseFrequency(), averageOrderValue(),
                historicalClv());
    }
}
