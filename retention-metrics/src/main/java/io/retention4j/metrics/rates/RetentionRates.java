package io.retention4j.metrics.rates;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Period-over-period retention rates of a transaction log, overall and by segment: customer churn
 * and retention, revenue retention (GRR, NRR, revenue churn), repeat-purchase rate, purchase
 * frequency, AOV and historical CLV, plus the cohort-based churn curve. Definitions are on the
 * result types ({@link ChurnRate}, {@link RevenueRetention}, {@link RepeatPurchaseRate},
 * {@link OrderStatistics}).
 *
 * <p>An order is a transaction with a non-negative amount; revenue is net of refunds; a customer is
 * active in a period when they ordered in it. Only transactions in the window count, except that a
 * customer's acquisition period (for the cohort curve) is the period of their first order in the
 * whole log.
 *
 * <pre>{@code
 * RatesReport r = RetentionRates.of(log).period(CalendarPeriod.months(zone)).window(from, to)
 *         .segments(id -> tierOf(id)).compute();
 * }</pre>
 *
 * <p>One pass over the log; the work per customer is proportional to their transactions, not to
 * the number of periods. Builders are not thread-safe; reports are immutable.
 */
public final class RetentionRates {
    /** The segment of every customer; always present in a report. */
    public static final String ALL = "all";

    private final TransactionLog log;
    private CalendarPeriod period;
    private Instant from;
    private Instant to;
    private Function<String, String> segmentOf;

    private RetentionRates(TransactionLog log) {
        this.log = log;
    }

    /**
     * Rates of a log.
     *
     * @param log the transactions
     * @return a builder; the period is required, the window defaults to the log's first and last
     *         transaction
     */
    public static RetentionRates of(TransactionLog log) {
        return new RetentionRates(Objects.requireNonNull(log, "log"));
    }

    /**
     * The periods compared (calendar months in a zone, weeks...).
     *
     * @param calendarPeriod the grouping
     * @return this builder
     */
    public RetentionRates period(CalendarPeriod calendarPeriod) {
        this.period = Objects.requireNonNull(calendarPeriod, "period");
        return this;
    }

    /**
     * The window, both ends inclusive; transactions outside it are ignored.
     *
     * @param start the first instant
     * @param end   the last instant, not before start
     * @return this builder
     */
    public RetentionRates window(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window end " + end + " is before its start " + start);
        }
        this.from = start;
        this.to = end;
        return this;
    }

    /**
     * Also computes every rate per segment.
     *
     * @param segmentOfCustomer the segment of a customer id; must not return null or {@value #ALL}
     * @return this builder
     */
    public RetentionRates segments(Function<String, String> segmentOfCustomer) {
        this.segmentOf = Objects.requireNonNull(segmentOfCustomer, "segments");
        return this;
    }

    /**
     * Computes the report.
     *
     * @return the report
     * @throws IllegalStateException when no period was set, or the log is empty and no window was set
     */
    public RatesReport compute() {
        if (period == null) {
            throw new IllegalStateException("period is not set: call period(CalendarPeriod) before compute");
        }
        long start = from != null ? from.toEpochMilli() : log.minEpochMillis();
        long end = to != null ? to.toEpochMilli() : log.maxEpochMillis();
        if (start > end) {
            throw new IllegalStateException("the log is empty: set a window to get a report of empty periods");
        }
        long firstPeriod = period.indexOf(start);
        int periods = Math.toIntExact(period.indexOf(end) - firstPeriod + 1);
        // a period is complete when the window covers it to its end: the instant after the window is later
        long afterEnd = period.indexOf(end + 1);
        boolean[] complete = new boolean[periods];
        for (int p = 0; p < periods; p++) {
            complete[p] = afterEnd > firstPeriod + p;
        }
        Map<String, Integer> segmentIndex = new LinkedHashMap<>();
        segmentIndex.put(ALL, 0);
        List<Sums> sums = new ArrayList<>();
        sums.add(new Sums(periods));
        Scan scan = new Scan(complete);
        for (int c = 0; c < log.customerCount(); c++) {
            if (!scan.customer(log, c, period, firstPeriod, start, end)) {
                continue;
            }
            Sums all = sums.get(0);
            scan.addTo(all);
            if (segmentOf != null) {
                String segment = segmentOf.apply(log.customerId(c));
                if (segment == null || segment.equals(ALL)) {
                    throw new IllegalArgumentException("segments returned " + (segment == null ? "null" : "'" + ALL + "'")
                            + " for customer '" + log.customerId(c) + "'");
                }
                Integer s = segmentIndex.get(segment);
                if (s == null) {
                    s = sums.size();
                    segmentIndex.put(segment, s);
                    sums.add(new Sums(periods));
                }
                scan.addTo(sums.get(s));
            }
        }
        Map<String, RatesReport.Segment> segments = new LinkedHashMap<>();
        segmentIndex.forEach((name, s) -> segments.put(name, sums.get(s).toSegment(name, period, firstPeriod, complete)));
        return new RatesReport(period, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), segments);
    }

    /** The accumulators of one segment. */
    static final class Sums {
        final ChurnAccumulator[] churn;
        final RevenueRetentionAccumulator[] revenue;
        final RepeatPurchaseAccumulator[] repeat;
        final OrderAccumulator[] orders;
        final long[] active;
        final RepeatPurchaseAccumulator windowRepeat = new RepeatPurchaseAccumulator();
        final OrderAccumulator windowOrders = new OrderAccumulator();
        final long[] acquired;      // customers acquired per period
        final long[] cohortActive;  // customers active k periods after acquisition, complete periods only

        Sums(int periods) {
            churn = new ChurnAccumulator[periods];
            revenue = new RevenueRetentionAccumulator[periods];
            repeat = new RepeatPurchaseAccumulator[periods];
            orders = new OrderAccumulator[periods];
            acquired = new long[periods];
            cohortActive = new long[periods];
            active = new long[periods];
            for (int p = 0; p < periods; p++) {
                churn[p] = new ChurnAccumulator();
                revenue[p] = new RevenueRetentionAccumulator();
                repeat[p] = new RepeatPurchaseAccumulator();
                orders[p] = new OrderAccumulator();
            }
        }

        RatesReport.Segment toSegment(String name, CalendarPeriod period, long firstPeriod, boolean[] complete) {
            List<PeriodRates> rows = new ArrayList<>();
            for (int p = 0; p < churn.length; p++) {
                rows.add(new PeriodRates(period.start(firstPeriod + p), complete[p], active[p], churn[p].result(),
                        revenue[p].result(), repeat[p].result(), orders[p].result()));
            }
            // age k: the cohorts whose period k after acquisition is complete, and who of them was active then
            int lastComplete = -1;
            for (int p = 0; p < complete.length; p++) {
                if (complete[p]) {
                    lastComplete = p;
                }
            }
            List<ChurnRate> cohortCurve = new ArrayList<>();
            for (int k = 0; k <= lastComplete; k++) {
                long base = 0;
                for (int a = 0; a + k <= lastComplete; a++) {
                    base += acquired[a];
                }
                cohortCurve.add(new ChurnRate(base, cohortActive[k]));
            }
            return new RatesReport.Segment(name, rows, windowRepeat.result(), windowOrders.result(), cohortCurve);
        }
    }

    /** One customer's orders and revenue per period, touching only the periods with transactions. */
    static final class Scan {
        private final boolean[] complete;
        private final int[] orders;
        private final double[] revenue;
        private final boolean[] isTouched;
        private int[] touched = new int[16];
        private int touchedCount;
        private int totalOrders;
        private double totalRevenue;
        private int acquisition; // period of the first order in the whole log, or -1 when outside the window

        Scan(boolean[] complete) {
            this.complete = complete;
            int periods = complete.length;
            orders = new int[periods];
            revenue = new double[periods];
            isTouched = new boolean[periods];
        }

        /** Fills the per-period sums of customer c; false when the customer has nothing in the window. */
        boolean customer(TransactionLog log, int c, CalendarPeriod period, long firstPeriod, long start, long end) {
            for (int i = 0; i < touchedCount; i++) {
                int p = touched[i];
                orders[p] = 0;
                revenue[p] = 0;
                isTouched[p] = false;
            }
            touchedCount = 0;
            totalOrders = 0;
            totalRevenue = 0;
            acquisition = -1;
            boolean seenOrder = false;
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                long t = log.epochMillis(row);
                double amount = log.amount(row);
                boolean isOrder = amount >= 0;
                if (!seenOrder && isOrder) {
                    seenOrder = true;
                    acquisition = t >= start && t <= end ? (int) (period.indexOf(t) - firstPeriod) : -1;
                }
                if (t < start || t > end) {
                    continue;
                }
                int p = (int) (period.indexOf(t) - firstPeriod);
                if (!isTouched[p]) {
                    isTouched[p] = true;
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = p;
                }
                if (isOrder) {
                    orders[p]++;
                    totalOrders++;
                }
                revenue[p] += amount;
                totalRevenue += amount;
            }
            // periods come in time order, except where a zone's clocks moved back across a boundary
            Arrays.sort(touched, 0, touchedCount);
            return touchedCount > 0;
        }

        void addTo(Sums sums) {
            int periods = orders.length;
            for (int i = 0; i < touchedCount; i++) {
                int p = touched[i];
                boolean activeNow = orders[p] > 0;
                if (activeNow) {
                    sums.active[p]++;
                }
                sums.repeat[p].add(orders[p]);
                sums.orders[p].add(orders[p], revenue[p]);
                // churn and revenue retention into the next period, whether or not it has transactions
                if (p + 1 < periods) {
                    sums.churn[p + 1].add(activeNow, orders[p + 1] > 0);
                    sums.revenue[p + 1].add(revenue[p], revenue[p + 1]);
                }
                if (acquisition >= 0 && p >= acquisition && activeNow && complete[p]) {
                    sums.cohortActive[p - acquisition]++;
                }
            }
            sums.windowRepeat.add(totalOrders);
            sums.windowOrders.add(totalOrders, totalRevenue);
            if (acquisition >= 0) {
                sums.acquired[acquisition]++;
            }
        }
    }
}
