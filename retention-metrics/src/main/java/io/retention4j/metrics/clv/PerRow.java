package io.retention4j.metrics.clv;

import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/** Per-row work on compressed data: evaluating a quantity for each distinct row, and spreading it back to input rows. */
final class PerRow {
    private static final int PARALLEL_ROWS = 1 << 14;

    private PerRow() {
    }

    /** f(i) for rows 0..rows-1, on the common pool from 16,384 rows on. */
    static double[] evaluate(int rows, IntToDoubleFunction f) {
        double[] out = new double[rows];
        IntStream range = IntStream.range(0, rows);
        if (rows >= PARALLEL_ROWS) {
            range = range.parallel();
        }
        range.forEach(i -> out[i] = f.applyAsDouble(i));
        return out;
    }

    /** Element i of the result is the value of the distinct row that input row i was merged into. */
    static double[] expand(int[] inputToRow, double[] perRow, int rows) {
        if (perRow.length != rows) {
            throw new IllegalArgumentException("expected " + rows + " values (one per distinct row), got "
                    + perRow.length);
        }
        double[] out = new double[inputToRow.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = perRow[inputToRow[i]];
        }
        return out;
    }
}
