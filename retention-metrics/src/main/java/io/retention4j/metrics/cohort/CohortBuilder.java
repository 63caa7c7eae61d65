package io.retention4j.metrics.cohort;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.metrics.internal.ObservationWindow;
import io.retention4j.metrics.internal.PeriodBounds;
import io.retention4j.metrics.internal.PeriodLookup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Chooses how a cohort retention table is computed; {@link #retention()} computes it. Obtain one
 * from {@link Cohorts}.
 *
 * <p>Defaults: first-time cohorts, "on" returns, at least one return event per period, calendar
 * days in UTC (see {@link CalendarOptions}), one column per period up to the last observed one,
 * return events before the first start ignored except for sign-up starts, where they are rejected.
 * Each setter validates its value at once. Not thread-safe; the table it computes is immutable.
 */
public final class CohortBuilder extends CalendarOptions<CohortBuilder> {
    /** The largest number of cells (cohorts x columns) a table may have. */
    public static final long MAX_CELLS = 1L << 24;

    private Activity start;
    private Activity returns;
    private Cohorting cohorting = Cohorting.FIRST_TIME;
    private ReturnMode mode = ReturnMode.ON;
    private int minimumEvents = 1;
    private int periods;                    // 0 = every observed period
    private List<Bracket> brackets;         // null = one column per period
    private Duration window = Duration.ZERO;
    private BeforeStart beforeStart;        // null = by the start activity

    CohortBuilder(Activity start, Activity returns) {
        this.start = Objects.requireNonNull(start, "start must not be null");
        this.returns = Objects.requireNonNull(returns, "returns must not be null");
    }

    @Override
    protected CohortBuilder self() {
        return this;
    }

    /**
     * The activity that puts customers into cohorts.
     *
     * @param activity the start activity
     * @return this builder
     */
    public CohortBuilder start(Activity activity) {
        this.start = Objects.requireNonNull(activity, "start must not be null");
        return this;
    }

    /**
     * The activity that counts as a return.
     *
     * @param activity the return activity
     * @return this builder
     */
    public CohortBuilder returns(Activity activity) {
        this.returns = Objects.requireNonNull(activity, "returns must not be null");
        return this;
    }

    /**
     * First-time or recurring cohorts (default first-time).
     *
     * @param value the cohorting
     * @return this builder
     */
    public CohortBuilder cohorting(Cohorting value) {
        this.cohorting = Objects.requireNonNull(value, "cohorting must not be null");
        return this;
    }

    /**
     * Recurring cohorts: every period with a start event (PostHog's default).
     *
     * @return this builder
     */
    public CohortBuilder recurring() {
        return cohorting(Cohorting.RECURRING);
    }

    /**
     * "On" or "on or after" returns (default "on").
     *
     * @param value the mode
     * @return this builder
     */
    public CohortBuilder mode(ReturnMode value) {
        this.mode = Objects.requireNonNull(value, "mode must not be null");
        return this;
    }

    /**
     * "On or after" returns: a member counts in a column when they returned in its first period or
     * later.
     *
     * @return this builder
     */
    public CohortBuilder onOrAfter() {
        return mode(ReturnMode.ON_OR_AFTER);
    }

    /**
     * The minimum number of return events within one period for a return in that period to count
     * (default 1). Column 0, the cohort size, does not depend on it.
     *
     * @param value {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException when {@code value < 1}
     */
    public CohortBuilder minimumEvents(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("minimumEvents must be >= 1, got " + value);
        }
        this.minimumEvents = value;
        return this;
    }

    /**
     * The number of columns, column 0 included: periods {@code 0 .. count - 1} (default: up to the
     * last period observed for the first cohort).
     *
     * @param count {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException when {@code count < 1} or brackets were set
     */
    public CohortBuilder periods(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("periods must be >= 1 (column 0 is the cohort size), got " + count);
        }
        if (brackets != null) {
            throw new IllegalArgumentException("periods(" + count + ") cannot be combined with brackets " + brackets
                    + ": the brackets define the columns");
        }
        this.periods = count;
        return this;
    }

    /**
     * Custom columns after column 0, for example day 0 (column 0), days 1-3, 4-6, 7-11:
     * {@code brackets(Bracket.of(1, 3), Bracket.of(4, 6), Bracket.of(7, 11))}. Gaps between brackets
     * are allowed; periods in a gap belong to no column.
     *
     * @param values at least one bracket, in increasing order, none overlapping
     * @return this builder
     * @throws IllegalArgumentException when none is given, when two overlap or are out of order
     *                                  (naming them), or when {@link #periods(int)} was set
     */
    public CohortBuilder brackets(Bracket... values) {
        Objects.requireNonNull(values, "brackets must not be null");
        return brackets(Arrays.asList(values));
    }

    /**
     * Custom columns after column 0; see {@link #brackets(Bracket...)}.
     *
     * @param values at least one bracket, in increasing order, none overlapping
     * @return this builder
     * @throws IllegalArgumentException as {@link #brackets(Bracket...)}
     */
    public CohortBuilder brackets(List<Bracket> values) {
        Objects.requireNonNull(values, "brackets must not be null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("give at least one bracket");
        }
        for (int i = 0; i < values.size(); i++) {
            Objects.requireNonNull(values.get(i), "bracket " + i + " must not be null");
        }
        if (periods > 0) {
            throw new IllegalArgumentException("brackets cannot be combined with periods(" + periods + ")");
        }
        ColumnLayout.brackets(values); // validates order and overlap
        this.brackets = List.copyOf(values);
        return this;
    }

    /**
     * Rolling per-customer return windows of a stated length, measured from each member's start
     * instant: window {@code k} is {@code [start + k length, start + (k + 1) length)}. Cohorts stay
     * calendar periods ({@link #period}).
     *
     * @param length a positive whole number of milliseconds
     * @return this builder
     * @throws IllegalArgumentException when the length is zero, negative or has a fraction of a
     *                                  millisecond
     */
    public CohortBuilder rolling(Duration length) {
        Objects.requireNonNull(length, "rolling window must not be null");
        if (length.isNegative() || length.isZero() || length.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("rolling window must be a positive whole number of milliseconds, got "
                    + length);
        }
        this.window = length;
        return this;
    }

    /**
     * Rolling per-customer return windows of a standard length: HOURS = 1 h, DAYS = 24 h,
     * WEEKS = 7 days of 24 h, MONTHS = 30 days of 24 h.
     *
     * @param unit one of HOURS, DAYS, WEEKS, MONTHS
     * @return this builder
     * @throws IllegalArgumentException for any other unit
     */
    public CohortBuilder rolling(ChronoUnit unit) {
        Objects.requireNonNull(unit, "rolling unit must not be null");
        switch (unit) {
            case HOURS:
                return rolling(Duration.ofHours(1));
            case DAYS:
                return rolling(Duration.ofHours(24));
            case WEEKS:
                return rolling(Duration.ofDays(7));
            case MONTHS:
                return rolling(Duration.ofDays(30));
            default:
                throw new IllegalArgumentException("rolling unit must be HOURS, DAYS, WEEKS (7 days) or MONTHS "
                        + "(30 days), got " + unit.name() + "; give a Duration for other lengths");
        }
    }

    /**
     * What to do with return events before a customer's first start event (they never count as
     * returns). Default: {@link BeforeStart#REJECT} when the start is sign-ups (which precede all activity by
     * definition), {@link BeforeStart#IGNORE} otherwise.
     *
     * @param policy the policy
     * @return this builder
     */
    public CohortBuilder beforeStart(BeforeStart policy) {
        this.beforeStart = Objects.requireNonNull(policy, "beforeStart must not be null");
        return this;
    }

    /**
     * Computes the table: one pass per customer over their sorted start and return instants.
     *
     * @return the table
     * @throws IllegalArgumentException when the options do not fit together (for example a window
     *                                  that ends before it starts, or more than {@link #MAX_CELLS}
     *                                  cells), or under {@link BeforeStart#REJECT} when a return
     *                                  precedes a first start (naming the customer)
     */
    public CohortTable retention() {
        CalendarPeriod period = resolvedPeriod();
        ActivityTimeline startTimeline = start.timeline();
        ActivityTimeline returnTimeline = returns.equals(start) ? startTimeline : returns.timeline();
        long latest = Math.max(startTimeline.maxMillis(), returnTimeline.maxMillis());
        long fromMillis = fromMillis(startTimeline.minMillis());
        long untilMillis = untilMillis(latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest + 1);
        BeforeStart policy = beforeStart != null ? beforeStart
                : start.isSignups() ? BeforeStart.REJECT : BeforeStart.IGNORE;
        if (fromMillis == Long.MAX_VALUE) { // no start event and no window: nothing to count
            Instant at = Instant.ofEpochMilli(untilMillis == Long.MIN_VALUE ? 0 : untilMillis);
            CohortSettings settings = settings(period, policy, at, at);
            return new CohortTable(settings, layout(1), new LocalDateTime[0], new String[0], new int[0][],
                    new int[0], new CohortCoverage(0, 0, 0, 0, 0, 0));
        }
        ObservationWindow observation = ObservationWindow.of(period, fromMillis, untilMillis, "cohort");
        long firstCohort = observation.firstIndex();
        long firstMillis = observation.startMillis();
        long rowCount = observation.periods();
        long windowMillis = window.toMillis();
        ColumnLayout columns = layout(windowMillis == 0 ? rowCount : ceilDiv(untilMillis - firstMillis, windowMillis));
        if (rowCount * columns.count() > MAX_CELLS) {
            throw new IllegalArgumentException("the table would have " + rowCount + " cohorts x " + columns.count()
                    + " columns, more than " + MAX_CELLS + " cells; narrow the window with from/until or set "
                    + "periods(n)");
        }
        int rows = (int) rowCount;
        CohortSettings settings = settings(period, policy, Instant.ofEpochMilli(firstMillis),
                Instant.ofEpochMilli(untilMillis));
        long earliest = Math.min(startTimeline.minMillis(), returnTimeline.minMillis());
        PeriodLookup lookup = PeriodLookup.of(period, Math.min(earliest, firstMillis), untilMillis);
        RetentionCounter counter = new RetentionCounter(startTimeline, returnTimeline, lookup, windowMillis,
                settings, columns, firstCohort, rows);
        counter.run();

        CellExtent extent = new CellExtent(period, columns, windowMillis, observation);
        LocalDateTime[] starts = new LocalDateTime[rows];
        String[] labels = new String[rows];
        int[][] counts = new int[rows][];
        int[] complete = new int[rows];
        for (int row = 0; row < rows; row++) {
            long cohort = firstCohort + row;
            starts[row] = period.start(cohort);
            labels[row] = PeriodBounds.label(period, cohort);
            int observed = extent.observed(cohort);
            counts[row] = Arrays.copyOf(counter.counts[row], observed);
            complete[row] = extent.complete(cohort, observed);
        }
        CohortCoverage coverage = new CohortCoverage(counter.startingCustomers, Arrays.stream(counter.sizes)
                .asLongStream().sum(), counter.outsideWindow, counter.returnsBeforeStart, counter.returnsAfterEnd,
                counter.unmatchedCustomers);
        return new CohortTable(settings, columns, starts, labels, counts, complete, coverage);
    }

    private CohortSettings settings(CalendarPeriod period, BeforeStart policy, Instant from, Instant until) {
        return new CohortSettings(start.description(), returns.description(), period, window, cohorting, mode,
                minimumEvents, policy, from, until);
    }

    /** The columns: the brackets, the stated number of periods, or {@code observed} periods. */
    private ColumnLayout layout(long observed) {
        if (brackets != null) {
            return ColumnLayout.brackets(brackets);
        }
        long count = periods > 0 ? periods : observed;
        if (count > MAX_CELLS) {
            throw new IllegalArgumentException(count + " columns are more than " + MAX_CELLS
                    + "; narrow the window with from/until or set periods(n)");
        }
        return ColumnLayout.periods((int) Math.max(1, count));
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
