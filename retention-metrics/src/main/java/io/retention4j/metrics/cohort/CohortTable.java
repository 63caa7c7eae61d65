package io.retention4j.metrics.cohort;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A cohort retention table: one row per cohort (a calendar period of start events), one column per
 * period (or bracket of periods) after it.
 *
 * <p><b>Cells.</b> Column 0 is the cohort's own period and holds the cohort size {@code n_i}: the
 * customers whose (first, or in recurring cohorting any) start event fell in the period. Column
 * {@code c >= 1} covers periods {@link #firstPeriod(int) firstPeriod(c)} ..
 * {@link #lastPeriod(int) lastPeriod(c)} after the cohort's period, and {@link #count(int, int)
 * count(i, c)} is the number of members who returned there (see {@link ReturnMode}; a member counts
 * at most once per cell). A return counts in a period when the member had at least
 * {@link CohortSettings#minimumEvents()} return events in that one period. Periods are calendar
 * periods of the settings' zone, or, for rolling windows, windows of {@link CohortSettings#window()}
 * from each member's start instant (window {@code k} is {@code [start + k w, start + (k + 1) w)}).
 *
 * <p><b>Observed and complete cells.</b> Row {@code i} has {@link #observedColumns(int)} cells: the
 * columns whose first period starts before the observation end. A cell is <em>complete</em> when all
 * its periods have ended by the observation end (for rolling windows: for every possible member of
 * the cohort, whose start is before the cohort period's end); the complete cells of a row are its
 * first {@link #completeColumns(int)} cells. Incomplete cells are shown but left out of averages.
 *
 * <p><b>Rates.</b> {@link #rate(int, int)} is {@code count(i, c) / n_i}, in [0, 1]; NaN when the
 * cohort is empty ({@code n_i = 0}). {@link #rate(int, int, RateBase)} can divide by the previous
 * column instead.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CohortTable {
    private final CohortSettings settings;
    private final ColumnLayout columns;
    private final LocalDateTime[] cohortStarts;
    private final String[] cohortLabels;
    private final int[][] counts;          // ragged: row i has observedColumns(i) cells; counts[i][0] = size
    private final int[] completeColumns;
    private final CohortCoverage coverage;

    CohortTable(CohortSettings settings, ColumnLayout columns, LocalDateTime[] cohortStarts, String[] cohortLabels,
                int[][] counts, int[] completeColumns, CohortCoverage coverage) {
        this.settings = settings;
        this.columns = columns;
        this.cohortStarts = cohortStarts;
        this.cohortLabels = cohortLabels;
        this.counts = counts;
        this.completeColumns = completeColumns;
        this.coverage = coverage;
    }

    /**
     * The choices behind this table.
     *
     * @return the settings
     */
    public CohortSettings settings() {
        return settings;
    }

    /**
     * What was counted and what was left out.
     *
     * @return the coverage report
     */
    public CohortCoverage coverage() {
        return coverage;
    }

    /**
     * The number of cohorts (rows): every period from the first cohort's to the one that contains
     * the last observed instant, empty ones included.
     *
     * @return the count; 0 when there was no start event and no window was set
     */
    public int cohortCount() {
        return counts.length;
    }

    /**
     * The local start of a cohort's period (for one-hour and other fixed buckets, in UTC).
     *
     * @param cohort a row, {@code 0 .. cohortCount() - 1}
     * @return the start
     */
    public LocalDateTime cohortStart(int cohort) {
        return cohortStarts[checkCohort(cohort)];
    }

    /**
     * A cohort's label: "2024-03" for months, the first day for days and weeks, the start time for
     * hours and other fixed buckets.
     *
     * @param cohort a row
     * @return the label
     */
    public String cohortLabel(int cohort) {
        return cohortLabels[checkCohort(cohort)];
    }

    /**
     * The cohort size {@code n_i} (column 0).
     *
     * @param cohort a row
     * @return the number of members, {@code >= 0}
     */
    public int size(int cohort) {
        return counts[checkCohort(cohort)][0];
    }

    /**
     * The number of columns, column 0 (the cohort size) included.
     *
     * @return the count, {@code >= 1}
     */
    public int columnCount() {
        return columns.count();
    }

    /**
     * The first period a column covers, counted from the cohort's period (0 for column 0).
     *
     * @param column a column
     * @return the period number
     */
    public int firstPeriod(int column) {
        return columns.first(checkColumn(column));
    }

    /**
     * The last period a column covers.
     *
     * @param column a column
     * @return the period number, {@code >= firstPeriod(column)}
     */
    public int lastPeriod(int column) {
        return columns.last(checkColumn(column));
    }

    /**
     * A column's label: "3" for one period, "1-3" for a bracket.
     *
     * @param column a column
     * @return the label
     */
    public String columnLabel(int column) {
        return columns.label(checkColumn(column));
    }

    /**
     * The columns after column 0, as brackets of periods.
     *
     * @return one bracket per column {@code 1 .. columnCount() - 1}
     */
    public List<Bracket> brackets() {
        return columns.brackets();
    }

    /**
     * The number of observed cells of a row: columns whose first period started before the
     * observation end.
     *
     * @param cohort a row
     * @return the count, between 1 and {@link #columnCount()}
     */
    public int observedColumns(int cohort) {
        return counts[checkCohort(cohort)].length;
    }

    /**
     * The number of complete cells of a row (the first ones): columns whose periods have all ended
     * by the observation end.
     *
     * @param cohort a row
     * @return the count, between 0 and {@link #observedColumns(int)}
     */
    public int completeColumns(int cohort) {
        return completeColumns[checkCohort(cohort)];
    }

    /**
     * Whether a cell is observed.
     *
     * @param cohort a row
     * @param column a column
     * @return true when {@code column < observedColumns(cohort)}
     */
    public boolean isObserved(int cohort, int column) {
        return checkColumn(column) < observedColumns(cohort);
    }

    /**
     * Whether a cell is complete: all its periods ended by the observation end.
     *
     * @param cohort a row
     * @param column a column
     * @return true when {@code column < completeColumns(cohort)}
     */
    public boolean isComplete(int cohort, int column) {
        return checkColumn(column) < completeColumns(cohort);
    }

    /**
     * The number of members who returned in a cell; {@code count(i, 0)} is the cohort size.
     *
     * @param cohort a row
     * @param column an observed column of the row
     * @return the count, between 0 and {@code size(cohort)}
     * @throws IndexOutOfBoundsException when the cell is not observed
     */
    public int count(int cohort, int column) {
        return counts[checkCohort(cohort)][checkObserved(cohort, column)];
    }

    /**
     * The retention rate of a cell as a share of the cohort size: {@code count(i, c) / size(i)}.
     *
     * @param cohort a row
     * @param column an observed column of the row
     * @return the rate in [0, 1] (1 for column 0); NaN when the cohort is empty
     */
    public double rate(int cohort, int column) {
        return rate(cohort, column, RateBase.COHORT_SIZE);
    }

    /**
     * The retention rate of a cell against a chosen denominator: the cohort size, or the previous
     * column of the same row ({@code count(i, c) / count(i, c - 1)}, which may exceed 1 when members
     * come back after skipping a period). Column 0 is 1 against either base.
     *
     * @param cohort a row
     * @param column an observed column of the row
     * @param base   the denominator
     * @return the rate, {@code >= 0}; NaN when the denominator is 0
     */
    public double rate(int cohort, int column, RateBase base) {
        Objects.requireNonNull(base, "base must not be null");
        int[] row = counts[checkCohort(cohort)];
        checkObserved(cohort, column);
        int denominator = base == RateBase.COHORT_SIZE || column == 0 ? row[0] : row[column - 1];
        return denominator == 0 ? Double.NaN : (double) row[column] / denominator;
    }

    /**
     * The averaged retention curve: per column, the average of the complete cells of that column
     * across cohorts.
     *
     * @param averaging how cohorts are combined
     * @return the curve
     */
    public RetentionCurve curve(Averaging averaging) {
        Objects.requireNonNull(averaging, "averaging must not be null");
        int columnCount = columns.count();
        double[] values = new double[columnCount];
        int[] used = new int[columnCount];
        long[] pooledSizes = new long[columnCount];
        for (int c = 0; c < columnCount; c++) {
            int n = 0;
            for (int i = 0; i < counts.length; i++) {
                if (c < completeColumns[i]) {
                    n++;
                }
            }
            long[] sizes = new long[n];
            long[] returned = new long[n];
            int k = 0;
            for (int i = 0; i < counts.length; i++) {
                if (c < completeColumns[i]) {
                    sizes[k] = counts[i][0];
                    returned[k] = counts[i][c];
                    pooledSizes[c] += counts[i][0];
                    k++;
                }
            }
            values[c] = averaging.average(sizes, returned);
            used[c] = n;
        }
        String[] labels = new String[columnCount];
        for (int c = 0; c < columnCount; c++) {
            labels[c] = columns.label(c);
        }
        return new RetentionCurve(averaging, labels, values, used, pooledSizes);
    }

    /**
     * The average of one column across the complete cells of all cohorts.
     *
     * @param column    a column
     * @param averaging how cohorts are combined
     * @return the average in [0, 1]; NaN when no complete cell has a member (see {@link Averaging})
     */
    public double average(int column, Averaging averaging) {
        return curve(averaging).value(checkColumn(column));
    }

    /**
     * The table as CSV in long form, one line per observed cell (column 0 included), with a header:
     * {@code cohort,cohort_start,column,first_period,last_period,size,count,rate,complete}. The rate
     * is empty for an empty cohort; {@code complete} is {@code true} or {@code false}.
     *
     * @return the CSV text, lines ending in {@code \n}
     */
    public String toCsv() {
        return CohortTableText.csv(this);
    }

    /**
     * The table as a JSON document: settings, columns, cohorts (label, start, size, counts of the
     * observed cells, number of complete cells), the three averaged curves (NaN written as null) and
     * the coverage report.
     *
     * @return the JSON text
     */
    public String toJson() {
        return CohortTableJson.write(this);
    }

    /**
     * A readable grid: the settings, then per cohort its size and the rates of its observed cells
     * (incomplete cells marked with {@code *}), then the pooled average. Large tables show their
     * first 60 cohorts and 24 columns.
     *
     * @return the grid
     */
    @Override
    public String toString() {
        return CohortTableText.grid(this);
    }

    private int checkCohort(int cohort) {
        if (cohort < 0 || cohort >= counts.length) {
            throw new IndexOutOfBoundsException("cohort " + cohort + " outside 0.." + (counts.length - 1));
        }
        return cohort;
    }

    private int checkColumn(int column) {
        if (column < 0 || column >= columns.count()) {
            throw new IndexOutOfBoundsException("column " + column + " outside 0.." + (columns.count() - 1));
        }
        return column;
    }

    private int checkObserved(int cohort, int column) {
        checkColumn(column);
        if (column >= counts[cohort].length) {
            throw new IndexOutOfBoundsException("cohort " + cohort + " (" + cohortLabels[cohort] + ") has "
                    + counts[cohort].length + " observed columns (0.." + (counts[cohort].length - 1)
                    + "); column " + column + " had not started by the observation end");
        }
        return column;
    }
}
