package io.retention4j.core.summary;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import java.util.Arrays;

/**
 * Scans one customer's purchases in a time window and merges them by period: the kernel behind
 * {@link RfmSummary} and {@link CalibrationHoldout}. Refunds (negative amounts) are not purchases
 * and are skipped. Reused per thread; not thread-safe.
 */
final class PurchaseScan {
    /** Number of distinct periods with a purchase in the window. */
    int periods;
    /** Index of the first and last such period. */
    long firstPeriod;
    long lastPeriod;
    /** Sum of the amounts of all periods but the first. */
    double repeatSum;
    /** Sum of the amounts of all periods. */
    double totalSum;

    private long[] scratchPeriods = new long[64];
    private double[] scratchAmounts = new double[64];

    /**
     * Scans rows of customer {@code c} with {@code fromExclusive < time <= toInclusive}.
     *
     * @return true when the customer has at least one purchase in the window
     */
    boolean scan(TransactionLog log, int c, CalendarPeriod period, long fromExclusive, long toInclusive) {
        int end = log.endRow(c);
        int row = log.firstRow(c);
        while (row < end && log.epochMillis(row) <= fromExclusive) {
            row++;
        }
        periods = 0;
        repeatSum = 0;
        totalSum = 0;
        long current = 0;
        for (; row < end; row++) {
            long t = log.epochMillis(row);
            if (t > toInclusive) {
                break;
            }
            double amount = log.amount(row);
            if (amount < 0) {
                continue;
            }
            long p = period.indexOf(t);
            if (periods == 0) {
                firstPeriod = p;
                current = p;
                periods = 1;
            } else if (p > current) {
                current = p;
                periods++;
                repeatSum += amount;
            } else if (p == current) {
                if (periods > 1) {
                    repeatSum += amount;
                }
            } else {
                // a zone moved its clocks back across a period boundary: periods are not monotone in time
                return scanUnordered(log, c, period, fromExclusive, toInclusive);
            }
            totalSum += amount;
        }
        lastPeriod = current;
        return periods > 0;
    }

    /** The slow path: collect (period, amount), sort by period, merge. */
    private boolean scanUnordered(TransactionLog log, int c, CalendarPeriod period,
                                  long fromExclusive, long toInclusive) {
        int n = 0;
        for (int row = log.firstRow(c); row < log.endRow(c); row++) {
            long t = log.epochMillis(row);
            if (t <= fromExclusive || t > toInclusive || log.amount(row) < 0) {
                continue;
            }
            if (n == scratchPeriods.length) {
                scratchPeriods = Arrays.copyOf(scratchPeriods, n * 2);
                scratchAmounts = Arrays.copyOf(scratchAmounts, n * 2);
            }
            scratchPeriods[n] = period.indexOf(t);
            scratchAmounts[n] = log.amount(row);
            n++;
        }
        long[] keys = Arrays.copyOf(scratchPeriods, n);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        periods = 0;
        repeatSum = 0;
        totalSum = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            long p = keys[i];
            if (periods == 0) {
                firstPeriod = p;
                lastPeriod = p;
                periods = 1;
            } else if (p != lastPeriod) {
                lastPeriod = p;
                periods++;
            }
            if (p != firstPeriod) {
                repeatSum += scratchAmounts[i];
            }
            totalSum += scratchAmounts[i];
        }
        return periods > 0;
    }
}
