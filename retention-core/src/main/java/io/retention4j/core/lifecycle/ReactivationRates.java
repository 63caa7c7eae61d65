package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.MonotoneDays;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reactivation rates per period from a replay ({@link LifecycleTransitions#reactivationRates}): of
 * the customers who became dormant in a period, the share who came back within N days.
 *
 * <p>Definitions. A <em>dormancy spell</em> starts at every replayed transition into DORMANT or
 * CHURNED from any other state (DORMANT -&gt; CHURNED continues a spell); a customer can have several
 * spells. The spell's period is the period of that instant. The spell ends with the customer's next
 * purchase (non-negative amount) after that instant. It <em>came back within N days</em> when that
 * purchase is at or before the end of the replay and its day minus the spell's first day is at most
 * N (calendar days in the lifecycle's zone; 0 = the same day). It is <em>censored</em> when the
 * replay ended on or before day (first day + N): its window was still open, so it counts neither as
 * came back nor as not, even if the customer already returned (counting only the early returners of
 * open windows would bias the rate upwards). Rate = came back / (became dormant - censored), empty
 * when the denominator is 0. Rows run from the first to the last period with a spell start, periods without
 * spells included; no spell gives no rows.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReactivationRates {
    private static final int MAX_ROWS = 1_000_000;

    private final CalendarPeriod period;
    private final int withinDays;
    private final Instant until;
    private final List<ReactivationRate> rows;
    private final int becameDormant;
    private final int cameBack;
    private final int censored;

    private ReactivationRates(CalendarPeriod period, int withinDays, Instant until, List<ReactivationRate> rows) {
        this.period = period;
        this.withinDays = withinDays;
        this.until = until;
        this.rows = Collections.unmodifiableList(rows);
        int dormant = 0;
        int back = 0;
        int open = 0;
        for (ReactivationRate r : rows) {
            dormant += r.becameDormant();
            back += r.cameBack();
            open += r.censored();
        }
        this.becameDormant = dormant;
        this.cameBack = back;
        this.censored = open;
    }

    static ReactivationRates of(LifecycleTransitions t, int[] customers, byte[] from, byte[] to, long[] millis,
                                int size, CalendarPeriod period, int withinDays) {
        TransactionLog log = t.log();
        MonotoneDays days = t.lifecycle().days();
        long untilMillis = t.replayedUntil().toEpochMilli();
        long untilDay = days.dayOf(untilMillis);
        long minPeriod = Long.MAX_VALUE;
        long maxPeriod = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            if (startsSpell(from[i], to[i])) {
                long p = period.indexOf(millis[i]);
                minPeriod = Math.min(minPeriod, p);
                maxPeriod = Math.max(maxPeriod, p);
            }
        }
        List<ReactivationRate> rows = new ArrayList<>();
        if (minPeriod > maxPeriod) {
            return new ReactivationRates(period, withinDays, t.replayedUntil(), rows);
        }
        if (maxPeriod - minPeriod >= MAX_ROWS) {
            throw new IllegalArgumentException("the dormancy spells span " + (maxPeriod - minPeriod + 1) + " periods of "
                    + period + " (at most " + MAX_ROWS + " rows): choose longer periods");
        }
        int n = (int) (maxPeriod - minPeriod + 1);
        int[] dormant = new int[n];
        int[] back = new int[n];
        int[] open = new int[n];
        for (int i = 0; i < size; i++) {
            if (!startsSpell(from[i], to[i])) {
                continue;
            }
            int row = (int) (period.indexOf(millis[i]) - minPeriod);
            dormant[row]++;
            long startDay = days.dayOf(millis[i]);
            long next = nextPurchase(log, customers[i], millis[i]);
            if (untilDay - startDay <= withinDays) {
                // the window is still open: early returners alone would bias the rate upwards
                open[row]++;
            } else if (next != Long.MIN_VALUE && next <= untilMillis && days.dayOf(next) - startDay <= withinDays) {
                back[row]++;
            }
        }
        for (int r = 0; r < n; r++) {
            rows.add(new ReactivationRate(period.start(minPeriod + r), dormant[r], back[r], open[r]));
        }
        return new ReactivationRates(period, withinDays, t.replayedUntil(), rows);
    }

    private static boolean startsSpell(byte from, byte to) {
        return LifecycleState.of(to).isDormant() && (from < 0 || !LifecycleState.of(from).isDormant());
    }

    /** The instant of customer c's first purchase after {@code afterMillis}, or Long.MIN_VALUE. */
    private static long nextPurchase(TransactionLog log, int c, long afterMillis) {
        int lo = log.firstRow(c);
        int hi = log.endRow(c);
        while (lo < hi) {   // first row with a time after afterMillis
            int mid = (lo + hi) >>> 1;
            if (log.epochMillis(mid) <= afterMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int row = lo; row < log.endRow(c); row++) {
            if (log.amount(row) >= 0) {
                return log.epochMillis(row);
            }
        }
        return Long.MIN_VALUE;
    }

    /**
     * The periods that group the spell starts.
     *
     * @return the period
     */
    public CalendarPeriod period() {
        return period;
    }

    /**
     * The window N in calendar days.
     *
     * @return N
     */
    public int withinDays() {
        return withinDays;
    }

    /**
     * One row per period, from the first to the last period with a spell start.
     *
     * @return an unmodifiable list, empty when no spell started
     */
    public List<ReactivationRate> rows() {
        return rows;
    }

    /**
     * Dormancy spells started over all periods.
     *
     * @return the count
     */
    public int becameDormant() {
        return becameDormant;
    }

    /**
     * Spells ended by a purchase within the window, over all periods.
     *
     * @return the count
     */
    public int cameBack() {
        return cameBack;
    }

    /**
     * Spells whose window was still open at the end of the replay, over all periods.
     *
     * @return the count
     */
    public int censored() {
        return censored;
    }

    /**
     * The overall rate: {@code cameBack() / (becameDormant() - censored())}.
     *
     * @return the rate in 0..1, or empty when no spell is resolved
     */
    public OptionalDouble rate() {
        int resolved = becameDormant - censored;
        return resolved == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cameBack / resolved);
    }

    static String percent(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.2f%%", 100 * rate.getAsDouble()) : "-";
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReactivationRates[came back within ").append(withinDays)
                .append(" days of becoming dormant, by ").append(period).append(", replay up to ").append(until)
                .append("]\n").append(String.format(Locale.ROOT, "%-19s %10s %10s %10s %9s%n", "period start",
                        "dormant", "came back", "censored", "rate"));
        for (ReactivationRate r : rows) {
            sb.append(String.format(Locale.ROOT, "%-19s %,10d %,10d %,10d %9s%n", r.periodStart(), r.becameDormant(),
                    r.cameBack(), r.censored(), percent(r.rate())));
        }
        return sb.append(String.format(Locale.ROOT, "%-19s %,10d %,10d %,10d %9s%n", "total", becameDormant, cameBack,
                censored, percent(rate()))).toString();
    }
}
