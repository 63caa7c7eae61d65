package io.retention4j.metrics.rates;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The rates of one period of one segment.
 *
 * @param start     the period's local start
 * @param complete  whether the period ended by the window end (an incomplete period's rates are
 *                  partial and usually lower)
 * @param active    customers with at least one order in the period
 * @param churn     customer churn from the previous period to this one (empty base for the first)
 * @param revenue   revenue retention from the previous period to this one
 * @param repeat    repeat-purchase rate within the period
 * @param orders    orders, revenue, frequency and AOV within the period
 */
public record PeriodRates(LocalDateTime start, boolean complete, long active, ChurnRate churn,
                          RevenueRetention revenue, RepeatPurchaseRate repeat, OrderStatistics orders) {

    String row() {
        return String.format(Locale.ROOT, "%-17s %1s %9d %8.2f%% %8.2f%% %8.2f%% %8.2f%% %7.2f%% %6.3f %9.2f",
                start, complete ? "" : "*", active, 100 * churn.churnRate(), 100 * churn.retentionRate(),
                100 * revenue.grossRevenueRetention(), 100 * revenue.netRevenueRetention(), 100 * repeat.rate(),
                orders.purchaseFrequency(), orders.averageOrderValue());
    }

    static String header() {
        return String.format(Locale.ROOT, "%-17s %1s %9s %9s %9s %9s %9s %8s %6s %9s", "period", "", "active",
                "churn", "retention", "GRR", "NRR", "repeat", "freq", "AOV");
    }
}
