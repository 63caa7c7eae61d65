package io.retention4j.metrics.clv;

import java.util.Locale;

/**
 * A quantity over a grid of frequency (rows) and recency (columns) at a fixed age T, such as
 * P(alive) or expected purchases. Immutable.
 */
public final class FrequencyRecencyMatrix {
    /** A quantity of (x, t_x, T). */
    @FunctionalInterface
    interface Cell {
        double of(int x, double tx, double T);
    }

    private final String quantity;
    private final double age;
    private final double[] recencies;
    private final double[][] values; // [frequency][recency index]

    private FrequencyRecencyMatrix(String quantity, double age, double[] recencies, double[][] values) {
        this.quantity = quantity;
        this.age = age;
        this.recencies = recencies;
        this.values = values;
    }

    static FrequencyRecencyMatrix of(String quantity, int maxFrequency, int recencySteps, double T, Cell cell) {
        if (maxFrequency < 0 || recencySteps < 1 || !(T > 0) || Double.isInfinite(T)) {
            throw new IllegalArgumentException("need maxFrequency >= 0, recencySteps >= 1 and a finite T > 0, got "
                    + maxFrequency + ", " + recencySteps + ", " + T);
        }
        double[] recencies = new double[recencySteps + 1];
        for (int j = 0; j <= recencySteps; j++) {
            recencies[j] = T * j / recencySteps;
        }
        double[][] values = new double[maxFrequency + 1][recencySteps + 1];
        for (int x = 0; x <= maxFrequency; x++) {
            for (int j = 0; j <= recencySteps; j++) {
                values[x][j] = cell.of(x, x == 0 ? 0 : recencies[j], T);
            }
        }
        return new FrequencyRecencyMatrix(quantity, T, recencies, values);
    }

    /**
     * The age T of every cell.
     *
     * @return T
     */
    public double T() {
        return age;
    }

    /**
     * The largest frequency (rows are 0..maxFrequency).
     *
     * @return the largest frequency
     */
    public int maxFrequency() {
        return values.length - 1;
    }

    /**
     * The recency of each column: {@code T * j / steps}.
     *
     * @return a copy
     */
    public double[] recencies() {
        return recencies.clone();
    }

    /**
     * The value at a frequency and recency column.
     *
     * @param frequency    0..maxFrequency
     * @param recencyIndex 0..steps
     * @return the value
     */
    public double value(int frequency, int recencyIndex) {
        return values[frequency][recencyIndex];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s at T=%.2f (rows: frequency, columns: recency)%n",
                quantity, age));
        sb.append("   x ");
        for (double r : recencies) {
            sb.append(String.format(Locale.ROOT, "%7.2f", r));
        }
        sb.append('\n');
        for (int x = 0; x < values.length; x++) {
            sb.append(String.format(Locale.ROOT, "%4d ", x));
            for (double v : values[x]) {
                sb.append(String.format(Locale.ROOT, "%7.3f", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
