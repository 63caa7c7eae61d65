package io.retention4j.core.profile;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import java.util.Arrays;

/**
 * One pass over a transaction log filling the purchase columns of the profiles: orders, spend,
 * refunds, purchase days and the gaps between them, top categories and channels. Profile index =
 * customer index of the log.
 */
final class PurchasePass {
    private final TransactionLog log;
    private final CustomerProfiles.Columns out;
    private final CalendarPeriod days;
    private final long asOf;
    private final int topN;
    private long[] purchaseDays = new long[64];
    private long[] gaps = new long[64];
    private final CodeCounter categories;
    private final CodeCounter channels;

    PurchasePass(TransactionLog log, CustomerProfiles.Columns out, CalendarPeriod days, long asOf, int topN) {
        this.log = log;
        this.out = out;
        this.days = days;
        this.asOf = asOf;
        this.topN = topN;
        this.categories = new CodeCounter(log.categories().size());
        this.channels = new CodeCounter(log.channels().size());
    }

    void run() {
        for (int c = 0; c < log.customerCount(); c++) {
            customer(c);
        }
    }

    private void customer(int c) {
        int end = log.endRow(c);
        int nDays = 0;
        boolean daysSorted = true;
        for (int row = log.firstRow(c); row < end; row++) {
            long t = log.epochMillis(row);
            if (t > asOf) {
                break;
            }
            if (row == log.firstRow(c)) {
                out.firstSeen[c] = t;
            }
            double amount = log.amount(row);
            if (amount < 0) {
                out.refunds[c]++;
                out.refunded[c] -= amount;
                continue;
            }
            if (out.orders[c] == 0) {
                out.firstPurchase[c] = t;
            }
            out.lastPurchase[c] = t;
            out.orders[c]++;
            out.totalSpend[c] += amount;
            long day = days.indexOf(t);
            if (nDays == 0 || day != purchaseDays[nDays - 1]) {
                if (nDays == purchaseDays.length) {
                    purchaseDays = Arrays.copyOf(purchaseDays, nDays * 2);
                }
                daysSorted &= nDays == 0 || day > purchaseDays[nDays - 1];
                purchaseDays[nDays++] = day;
            }
            categories.count(log.categoryCode(row));
            channels.count(log.channelCode(row));
        }
        if (!daysSorted) {
            // clocks moved back across midnight: sort and drop the repeated days
            Arrays.sort(purchaseDays, 0, nDays);
            int distinct = 1;
            for (int i = 1; i < nDays; i++) {
                if (purchaseDays[i] != purchaseDays[distinct - 1]) {
                    purchaseDays[distinct++] = purchaseDays[i];
                }
            }
            nDays = distinct;
        }
        out.purchaseDays[c] = nDays;
        if (nDays > 1) {
            out.meanGap[c] = (purchaseDays[nDays - 1] - purchaseDays[0]) / (double) (nDays - 1);
            out.medianGap[c] = medianGap(nDays);
        }
        if (categories.isEnabled()) {
            out.topCategories[c] = categories.topAndReset(log.categories(), topN);
        }
        if (channels.isEnabled()) {
            out.topChannels[c] = channels.topAndReset(log.channels(), topN);
        }
    }

    /** Median of the gaps between consecutive purchase days. */
    private double medianGap(int nDays) {
        if (gaps.length < nDays - 1) {
            gaps = new long[Math.max(nDays - 1, gaps.length * 2)];
        }
        for (int i = 1; i < nDays; i++) {
            gaps[i - 1] = purchaseDays[i] - purchaseDays[i - 1];
        }
        int m = nDays - 1;
        Arrays.sort(gaps, 0, m);
        return (m & 1) == 1 ? gaps[m / 2] : (gaps[m / 2 - 1] + gaps[m / 2]) / 2.0;
    }
}
