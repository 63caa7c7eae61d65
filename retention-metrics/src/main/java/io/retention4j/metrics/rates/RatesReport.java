package io.retention4j.metrics.rates;

import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rates computed by {@link RetentionRates}: per segment ({@value RetentionRates#ALL} always
 * present), per period, over the whole window, and the cohort-based churn curve. Immutable.
 */
public final class RatesReport {
    /**
     * The rates of one segment.
     *
     * @param name        the segment
     * @param periods     one row per period of the window, in time order
     * @param windowRepeat the repeat-purchase rate over the whole window
     * @param windowOrders orders, revenue, frequency, AOV and historical CLV over the whole window
     * @param cohortChurn the cohort-based variant: element k pools every cohort (customers whose first
     *                    order falls in a period of the window) whose k-th period after acquisition is
     *                    complete: base = their customers, retained = those active in that period; so
     *                    element 0 is acquisition itself (retention 1) and churn rate k = 1 - share still
     *                    buying k periods after their first order
     */
    public record Segment(String name, List<PeriodRates> periods, RepeatPurchaseRate windowRepeat,
                          OrderStatistics windowOrders, List<ChurnRate> cohortChurn) {

        /**
         * Copies the lists.
         *
         * @param name         the segment
         * @param periods      the period rows
         * @param windowRepeat the window repeat rate
         * @param windowOrders the window order statistics
         * @param cohortChurn  the cohort churn curve
         */
        public Segment {
            periods = List.copyOf(periods);
            cohortChurn = List.copyOf(cohortChurn);
        }
    }

    private final CalendarPeriod period;
    private final Instant start;
    private final Instant end;
    private final Map<String, Segment> segments;

    RatesReport(CalendarPeriod period, Instant start, Instant end, Map<String, Segment> segments) {
        this.period = period;
        this.start = start;
        this.end = end;
        this.segments = Collections.unmodifiableMap(segments);
    }

    /**
     * The period grouping.
     *
     * @return the period
     */
    public CalendarPeriod period() {
        return period;
    }

    /**
     * The window start (inclusive).
     *
     * @return the instant
     */
    public Instant start() {
        return start;
    }

    /**
     * The window end (inclusive).
     *
     * @return the instant
     */
    public Instant end() {
        return end;
    }

    /**
     * The rates of every customer.
     *
     * @return the {@value RetentionRates#ALL} segment
     */
    public Segment all() {
        return segment(RetentionRates.ALL);
    }

    /**
     * The rates of one segment.
     *
     * @param name a segment name
     * @return its rates
     * @throws NoSuchElementException when no customer fell into the segment
     */
    public Segment segment(String name) {
        Segment s = segments.get(name);
        if (s == null) {
            throw new NoSuchElementException("no segment '" + name + "'; segments are " + segments.keySet());
        }
        return s;
    }

    /**
     * Every segment by name, {@value RetentionRates#ALL} first, then in the order first seen.
     *
     * @return an unmodifiable map
     */
    public Map<String, Segment> segments() {
        return segments;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Retention rates by %s, %s .. %s%n", period,
                start, end));
        for (Segment s : segments.values()) {
            sb.append("segment ").append(s.name()).append(": ").append(s.windowRepeat()).append("; ")
                    .append(s.windowOrders()).append('\n');
            sb.append(PeriodRates.header()).append('\n');
            for (PeriodRates row : s.periods()) {
                sb.append(row.row()).append('\n');
            }
        }
        sb.append("(* period not complete by the window end)\n");
        return sb.toString();
    }
}
