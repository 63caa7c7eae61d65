package io.retention4j.metrics.clv;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Repeat transactions of a cohort over calendar time, actual and expected: the "tracking" plot of
 * Fader, Hardie &amp; Lee (2005, Figure 3) and of lifetimes' {@code expected_cumulative_transactions}.
 *
 * <p>Definitions. The grid points are τ_j = start of day {@code from} + j·step, j = 1, 2, ..., as
 * long as τ_j is not after the end of day {@code to}; times are on the local time line of the
 * period's zone. The cohort is every customer whose first purchase falls on a day in
 * [{@code from}, {@code cohortEnd}] (cohortEnd defaults to {@code to}); s_i is the start of the
 * period of that first purchase. Purchases (refunds excluded) on days up to {@code to} are merged by
 * period, as in {@code RfmSummary}; every period after the first is a repeat transaction.
 * <ul>
 *   <li>actual cumulative at τ_j: the cohort's repeat periods that start before τ_j;</li>
 *   <li>expected cumulative at τ_j: {@code Σ_i E[X(τ_j - s_i)]} over cohort customers with
 *       s_i &lt; τ_j, E[X(t)] being the model's expected repeat purchases of a new customer, with
 *       τ_j - s_i in the model's unit; customers are grouped by s_i, so the cost is (distinct first
 *       periods) × (points);</li>
 *   <li>incremental: the cumulative value at τ_j minus the one at τ_{j-1} (at τ_0 both are 0).</li>
 * </ul>
 * Like lifetimes, a purchase period is placed at its start, so a daily grid point counts the days
 * strictly before it. Immutable and thread-safe.
 */
public final class TrackingCurve {
    private static final long DAY = 86_400_000L;

    private final String model;
    private final LocalDateTime[] times;
    private final double[] actual;
    private final double[] expected;
    private final int cohort;
    private final int earlier;
    private final TimeScale step;

    private TrackingCurve(String model, LocalDateTime[] times, double[] actual, double[] expected, int cohort,
                          int earlier, TimeScale step) {
        this.model = model;
        this.times = times;
        this.actual = actual;
        this.expected = expected;
        this.cohort = cohort;
        this.earlier = earlier;
        this.step = step;
    }

    /**
     * A builder (step: weeks; period: calendar days in UTC).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The number of grid points J.
     *
     * @return J, {@code >= 1}
     */
    public int size() {
        return times.length;
    }

    /**
     * Grid point τ_{i+1}, the end of step i + 1, as a local date-time.
     *
     * @param i 0 .. size() - 1
     * @return the time
     */
    public LocalDateTime time(int i) {
        return times[i];
    }

    /**
     * The actual cumulative repeat transactions at τ_{i+1}.
     *
     * @param i 0 .. size() - 1
     * @return the count
     */
    public double actualCumulative(int i) {
        return actual[i];
    }

    /**
     * The expected cumulative repeat transactions at τ_{i+1}.
     *
     * @param i 0 .. size() - 1
     * @return {@code Σ_i E[X(τ - s_i)]}
     */
    public double expectedCumulative(int i) {
        return expected[i];
    }

    /**
     * The actual repeat transactions in (τ_i, τ_{i+1}].
     *
     * @param i 0 .. size() - 1
     * @return the count
     */
    public double actualIncremental(int i) {
        return i == 0 ? actual[0] : actual[i] - actual[i - 1];
    }

    /**
     * The expected repeat transactions in (τ_i, τ_{i+1}].
     *
     * @param i 0 .. size() - 1
     * @return the expectation
     */
    public double expectedIncremental(int i) {
        return i == 0 ? expected[0] : expected[i] - expected[i - 1];
    }

    /**
     * The number of customers in the cohort.
     *
     * @return the count
     */
    public int cohortSize() {
        return cohort;
    }

    /**
     * The number of customers left out because their first purchase was before {@code from}.
     *
     * @return the count
     */
    public int firstPurchaseBeforeStart() {
        return earlier;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Repeat transactions of a cohort of %,d customers, actual vs %s (grid step: %s)%s%n", cohort, model,
                step, earlier == 0 ? "" : String.format(Locale.ROOT, " (%,d earlier customers left out)", earlier)));
        sb.append(String.format(Locale.ROOT, "  %-16s %11s %11s %11s %11s%n", "until", "actual", "expected",
                "act. cum.", "exp. cum."));
        for (int i = 0; i < times.length; i++) {
            sb.append(String.format(Locale.ROOT, "  %-16s %11.0f %11.1f %11.0f %11.1f%n", times[i], actualIncremental(i),
                    expectedIncremental(i), actual[i], expected[i]));
        }
        return sb.toString();
    }

    /** Options for {@link TrackingCurve}; each setter validates at once. */
    public static final class Builder {
        private LocalDate from;
        private LocalDate to;
        private LocalDate cohortEnd;
        private TimeScale step = TimeScale.WEEKS;
        private CalendarPeriod period = CalendarPeriod.days(ZoneOffset.UTC);

        private Builder() {
        }

        /**
         * The first day of the grid (required).
         *
         * @param day the first day
         * @return this builder
         */
        public Builder from(LocalDate day) {
            this.from = Objects.requireNonNull(day, "from");
            return this;
        }

        /**
         * The last day observed, inclusive (required).
         *
         * @param day the last day
         * @return this builder
         */
        public Builder to(LocalDate day) {
            this.to = Objects.requireNonNull(day, "to");
            return this;
        }

        /**
         * The last day of a first purchase that joins the cohort (default: {@code to}).
         *
         * @param day the last acquisition day
         * @return this builder
         */
        public Builder cohortEnd(LocalDate day) {
            this.cohortEnd = Objects.requireNonNull(day, "cohortEnd");
            return this;
        }

        /**
         * The distance between grid points (default weeks).
         *
         * @param unit a scale of fixed length (not calendar months)
         * @return this builder
         */
        public Builder step(TimeScale unit) {
            Objects.requireNonNull(unit, "step");
            if (unit.isCalendarMonths()) {
                throw new IllegalArgumentException("step cannot be calendar months, whose length varies: use "
                        + "TimeScale.months(30) or another scale of stated length");
            }
            this.step = unit;
            return this;
        }

        /**
         * The period that merges purchases and whose zone gives the local time line (default:
         * calendar days in UTC).
         *
         * @param period the period
         * @return this builder
         */
        public Builder period(CalendarPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Computes the curves.
         *
         * @param log   the transactions
         * @param model a transaction model (its unit must have a fixed length)
         * @return the curves
         * @throws IllegalStateException    when from or to is missing
         * @throws IllegalArgumentException when the grid has no point or the cohort is empty
         */
        public TrackingCurve build(TransactionLog log, TransactionModel model) {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(model, "model");
            if (from == null || to == null) {
                throw new IllegalStateException("from and to must be set before build");
            }
            LocalDate lastFirst = cohortEnd == null ? to : cohortEnd;
            long start = from.toEpochDay() * DAY;
            long end = (to.toEpochDay() + 1) * DAY;
            int points = (int) Math.min(1_000_000, Math.floor((end - start) / step.lengthMillis() + 1e-9));
            if (points < 1) {
                throw new IllegalArgumentException("from " + from + " to " + to + " is shorter than one step of "
                        + step + ": the grid has no point");
            }
            double[] grid = new double[points];
            LocalDateTime[] times = new LocalDateTime[points];
            for (int j = 0; j < points; j++) {
                grid[j] = start + (j + 1) * step.lengthMillis();
                long millis = (long) grid[j];
                times[j] = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
                        (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.UTC);
            }
            double daysToModel = Units.factor(TimeScale.DAYS, model.unit());
            CohortScan scan = CohortScan.of(log, period, from, lastFirst, to, grid);
            if (scan.cohort == 0) {
                throw new IllegalArgumentException("no customer made a first purchase between " + from + " and "
                        + lastFirst);
            }
            double[] expected = new double[points];
            for (int k = 0; k < scan.firstStarts.length; k++) {
                for (int j = 0; j < points; j++) {
                    double age = grid[j] - scan.firstStarts[k];
                    if (age > 0) {
                        expected[j] += scan.firstCounts[k] * model.expectedPurchases(age / DAY * daysToModel);
                    }
                }
            }
            return new TrackingCurve(model.name(), times, scan.cumulativeRepeats, expected, scan.cohort,
                    scan.earlier, step);
        }
    }

    /** One pass over the log: first-purchase period starts of the cohort and its repeat periods per step. */
    private static final class CohortScan {
        double[] firstStarts;
        double[] firstCounts;
        double[] cumulativeRepeats;
        int cohort;
        int earlier;

        static CohortScan of(TransactionLog log, CalendarPeriod period, LocalDate from, LocalDate lastFirst,
                             LocalDate to, double[] grid) {
            CalendarPeriod days = CalendarPeriod.days(period.kind() == CalendarPeriod.Kind.FIXED ? ZoneOffset.UTC
                    : period.zone());
            long fromDay = from.toEpochDay();
            long lastFirstDay = lastFirst.toEpochDay();
            long toDay = to.toEpochDay();
            CohortScan s = new CohortScan();
            double[] repeatsPerStep = new double[grid.length];
            long[] starts = new long[Math.max(1, log.customerCount())];
            long[] periods = new long[16];
            for (int c = 0; c < log.customerCount(); c++) {
                int count = 0;
                long firstDay = Long.MAX_VALUE;
                for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                    long t = log.epochMillis(row);
                    if (log.amount(row) < 0 || days.indexOf(t) > toDay) {
                        continue;
                    }
                    firstDay = Math.min(firstDay, days.indexOf(t));
                    if (count == periods.length) {
                        periods = Arrays.copyOf(periods, count * 2);
                    }
                    periods[count++] = period.indexOf(t);
                }
                if (count == 0 || firstDay > lastFirstDay) {
                    continue;
                }
                if (firstDay < fromDay) {
                    s.earlier++;
                    continue;
                }
                Arrays.sort(periods, 0, count);
                starts[s.cohort++] = period.startLocalMillis(periods[0]);
                for (int k = 1; k < count; k++) {
                    if (periods[k] == periods[k - 1]) {
                        continue;
                    }
                    int j = firstPointAfter(grid, period.startLocalMillis(periods[k]));
                    if (j < grid.length) {
                        repeatsPerStep[j]++;
                    }
                }
            }
            long[] sorted = Arrays.copyOf(starts, s.cohort);
            Arrays.sort(sorted);
            int distinct = 0;
            double[] firstStarts = new double[sorted.length];
            double[] firstCounts = new double[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    firstStarts[distinct++] = sorted[i];
                }
                firstCounts[distinct - 1]++;
            }
            s.firstStarts = Arrays.copyOf(firstStarts, distinct);
            s.firstCounts = Arrays.copyOf(firstCounts, distinct);
            s.cumulativeRepeats = repeatsPerStep;
            for (int j = 1; j < grid.length; j++) {
                s.cumulativeRepeats[j] += s.cumulativeRepeats[j - 1];
            }
            return s;
        }

        /** The index of the first grid point after a period start (grid.length when none). */
        private static int firstPointAfter(double[] grid, long startLocal) {
            int lo = 0;
            int hi = grid.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (grid[mid] > startLocal) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
