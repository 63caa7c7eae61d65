package io.retention4j.metrics.cohort;

import java.util.Locale;

/**
 * An averaged retention curve: per column of a cohort table, the average retention rate across the
 * cohorts whose cell in that column is complete, combined as the {@link Averaging} says.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RetentionCurve {
    private final Averaging averaging;
    private final String[] labels;
    private final double[] values;
    private final int[] cohorts;
    private final long[] members;

    RetentionCurve(Averaging averaging, String[] labels, double[] values, int[] cohorts, long[] members) {
        this.averaging = averaging;
        this.labels = labels;
        this.values = values;
        this.cohorts = cohorts;
        this.members = members;
    }

    /**
     * How cohorts were combined.
     *
     * @return the averaging
     */
    public Averaging averaging() {
        return averaging;
    }

    /**
     * The number of points: the table's column count.
     *
     * @return the count
     */
    public int size() {
        return values.length;
    }

    /**
     * The label of a column ("0", "3", "1-3").
     *
     * @param column a column
     * @return the label
     */
    public String label(int column) {
        return labels[column];
    }

    /**
     * The averaged rate of a column.
     *
     * @param column a column
     * @return the average in [0, 1]; NaN when no complete cell of the column has a member
     */
    public double value(int column) {
        return values[column];
    }

    /**
     * The averaged rates of all columns.
     *
     * @return a copy, one value per column (NaN as in {@link #value(int)})
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * The number of cohorts whose cell in a column is complete and therefore averaged.
     *
     * @param column a column
     * @return the count, {@code >= 0}
     */
    public int cohorts(int column) {
        return cohorts[column];
    }

    /**
     * The sum of the sizes of the cohorts averaged in a column.
     *
     * @param column a column
     * @return the number of members behind the value
     */
    public long members(int column) {
        return members[column];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RetentionCurve[").append(averaging.name().toLowerCase(Locale.ROOT))
                .append(':');
        for (int c = 0; c < values.length; c++) {
            sb.append(' ').append(labels[c]).append('=');
            sb.append(Double.isNaN(values[c]) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * values[c]));
            sb.append(" (").append(cohorts[c]).append(c == 0 ? " cohorts" : "").append(')');
        }
        return sb.append(']').toString();
    }
}
