package io.retention4j.metrics.internal;

import java.util.stream.IntStream;

/**
 * Sums a value and a gradient over data rows, in parallel chunks for large inputs. Each chunk
 * accumulates into its own gradient array (one small array per chunk, never per row), and chunks
 * are combined in chunk order, so the result does not depend on thread scheduling.
 */
public final class RowChunks {
    private static final int CHUNK_ROWS = 1 << 14;
    private static final int PARALLEL_ROWS = 1 << 15;

    /** Sums over rows {@code from .. to - 1}, adding the gradient into {@code gradient}. */
    @FunctionalInterface
    public interface ChunkSum {
        /**
         * The sum over a range of rows.
         *
         * @param from     first row
         * @param to       one past the last row
         * @param gradient accumulates the gradient of the sum (zeroed by the caller)
         * @return the sum of the values
         */
        double sum(int from, int to, double[] gradient);
    }

    private RowChunks() {
    }

    /**
     * Sums a value and its gradient over all rows.
     *
     * @param rows      the number of rows
     * @param dimension the gradient length
     * @param parallel  whether large inputs may use the common fork-join pool
     * @param chunkSum  the per-chunk sum
     * @param gradient  receives the total gradient
     * @return the total value
     */
    public static double sum(int rows, int dimension, boolean parallel, ChunkSum chunkSum, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        if (!parallel || rows < PARALLEL_ROWS) {
            return chunkSum.sum(0, rows, gradient);
        }
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        double[] values = new double[chunks];
        double[][] gradients = new double[chunks][dimension];
        IntStream.range(0, chunks).parallel().forEach(c ->
                values[c] = chunkSum.sum(c * CHUNK_ROWS, Math.min(rows, (c + 1) * CHUNK_ROWS), gradients[c]));
        double total = 0;
        for (int c = 0; c < chunks; c++) {
            total += values[c];
            for (int i = 0; i < dimension; i++) {
                gradient[i] += gradients[c][i];
            }
        }
        return total;
    }
}
