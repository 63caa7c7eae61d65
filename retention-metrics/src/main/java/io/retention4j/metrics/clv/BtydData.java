package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The input of the continuous-time transaction models (BG/NBD, MBG/NBD, Pareto/NBD): per customer
 * the frequency x (repeat purchases), the recency t_x and the age T in one {@link TimeScale}, with
 * an optional weight (how many customers a row stands for).
 *
 * <p>Identical rows are merged on construction and their weights added ("compression"), so a fit
 * costs time in the number of distinct (x, t_x, T) rows, not customers. The distinct values of t_x
 * and T are indexed too, so a likelihood evaluates {@code ln(alpha + T)} once per distinct T.
 *
 * <p>Rules, checked row by row with a message naming the row: {@code x >= 0}; t_x and T finite;
 * {@code 0 <= t_x <= T}; {@code t_x = 0} when {@code x = 0}; weights finite and positive; at least
 * one row. Immutable and thread-safe.
 */
public final class BtydData {
    private final int[] x;
    private final double[] tx;
    private final double[] t;
    private final double[] weight;
    private final int[] inputToRow;
    private final double totalWeight;
    private final int inputRows;
    private final TimeScale unit;
    // distinct values and, per row, the index of its value
    private final double[] distinctT;
    private final int[] tIndex;
    private final double[] distinctTx;
    private final int[] txIndex;
    private final int[] distinctX;
    private final int[] xIndex;

    private BtydData(int[] x, double[] tx, double[] t, double[] weight, int[] inputToRow, TimeScale unit) {
        this.x = x;
        this.tx = tx;
        this.t = t;
        this.weight = weight;
        this.inputToRow = inputToRow;
        this.inputRows = inputToRow.length;
        this.unit = unit;
        double w = 0;
        for (double v : weight) {
            w += v;
        }
        this.totalWeight = w;
        this.distinctT = distinct(t);
        this.tIndex = indexes(t, distinctT);
        this.distinctTx = distinct(tx);
        this.txIndex = indexes(tx, distinctTx);
        double[] xs = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xs[i] = x[i];
        }
        double[] dx = distinct(xs);
        this.distinctX = new int[dx.length];
        for (int i = 0; i < dx.length; i++) {
            distinctX[i] = (int) dx[i];
        }
        this.xIndex = indexes(xs, dx);
    }

    /**
     * The data of a summary, in the summary's unit, one customer per row before compression.
     *
     * @param summary an RFM summary
     * @return the data
     * @throws IllegalArgumentException when the summary is empty
     */
    public static BtydData of(RfmSummary summary) {
        Objects.requireNonNull(summary, "summary");
        return of(summary.frequencies(), summary.recencies(), summary.ages(), null, summary.unit());
    }

    /**
     * Data from columns, one customer per row.
     *
     * @param x    frequency per customer
     * @param tx   recency per customer, in {@code unit}
     * @param T    age per customer, in {@code unit}
     * @param unit the unit of t_x and T
     * @return the data
     * @throws IllegalArgumentException naming the first bad row
     */
    public static BtydData of(int[] x, double[] tx, double[] T, TimeScale unit) {
        return of(x, tx, T, null, unit);
    }

    /**
     * Data from weighted rows: row i stands for {@code weights[i]} customers with the same statistics.
     *
     * @param x       frequency per row
     * @param tx      recency per row, in {@code unit}
     * @param T       age per row, in {@code unit}
     * @param weights positive weight per row, or null for all 1
     * @param unit    the unit of t_x and T
     * @return the data
     * @throws IllegalArgumentException naming the first bad row
     */
    public static BtydData of(int[] x, double[] tx, double[] T, double[] weights, TimeScale unit) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(T, "T");
        Objects.requireNonNull(unit, "unit");
        int n = x.length;
        if (tx.length != n || T.length != n || (weights != null && weights.length != n)) {
            throw new IllegalArgumentException("column lengths differ: x " + n + ", tx " + tx.length + ", T "
                    + T.length + (weights == null ? "" : ", weights " + weights.length));
        }
        if (n == 0) {
            throw new IllegalArgumentException("no customers: the data needs at least one row");
        }
        for (int i = 0; i < n; i++) {
            check(i, x[i], tx[i], T[i], weights == null ? 1 : weights[i]);
        }
        return compress(x, tx, T, weights, unit);
    }

    private static void check(int row, int x, double tx, double t, double w) {
        if (x < 0) {
            throw invalid("frequency x must be >= 0", row, x, tx, t);
        }
        if (!Double.isFinite(tx) || !Double.isFinite(t)) {
            throw invalid("recency t_x and age T must be finite numbers", row, x, tx, t);
        }
        if (tx < 0 || tx > t) {
            throw invalid("recency t_x must be in 0..T", row, x, tx, t);
        }
        if (x == 0 && tx != 0) {
            throw invalid("recency t_x must be 0 when frequency x is 0", row, x, tx, t);
        }
        if (!(w > 0) || Double.isInfinite(w)) {
            throw invalid("weight must be a positive finite number, got " + w, row, x, tx, t);
        }
    }

    private static IllegalArgumentException invalid(String rule, int row, int x, double tx, double t) {
        return new IllegalArgumentException(rule + " (row " + row + ": x=" + x + ", t_x=" + tx + ", T=" + t + ")");
    }

    /** Merges identical (x, t_x, T) rows with an open-addressing table over row indexes. */
    private static BtydData compress(int[] x, double[] tx, double[] t, double[] weights, TimeScale unit) {
        int n = x.length;
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int mask = capacity - 1;
        int[] table = new int[capacity]; // slot -> output row + 1
        int[] inputToRow = new int[n];
        int[] outX = new int[n];
        double[] outTx = new double[n];
        double[] outT = new double[n];
        double[] outW = new double[n];
        int rows = 0;
        for (int i = 0; i < n; i++) {
            long h = x[i] * 0x9E3779B97F4A7C15L;
            h ^= Double.doubleToLongBits(tx[i] + 0.0) * 0xC2B2AE3D27D4EB4FL;
            h ^= Double.doubleToLongBits(t[i] + 0.0) * 0x165667B19E3779F9L;
            int slot = (int) (h ^ (h >>> 32)) & mask;
            double w = weights == null ? 1 : weights[i];
            while (true) {
                int entry = table[slot];
                if (entry == 0) {
                    table[slot] = rows + 1;
                    inputToRow[i] = rows;
                    outX[rows] = x[i];
                    outTx[rows] = tx[i] + 0.0; // +0.0 turns -0.0 into 0.0
                    outT[rows] = t[i] + 0.0;
                    outW[rows] = w;
                    rows++;
                    break;
                }
                int r = entry - 1;
                if (outX[r] == x[i] && outTx[r] == tx[i] && outT[r] == t[i]) {
                    outW[r] += w;
                    inputToRow[i] = r;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return new BtydData(Arrays.copyOf(outX, rows), Arrays.copyOf(outTx, rows), Arrays.copyOf(outT, rows),
                Arrays.copyOf(outW, rows), inputToRow, unit);
    }

    /** The distinct values, sorted ascending. */
    static double[] distinct(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    private static int[] indexes(double[] values, double[] distinct) {
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            index[i] = Arrays.binarySearch(distinct, values[i]);
        }
        return index;
    }

    /**
     * The number of distinct rows after compression.
     *
     * @return the row count
     */
    public int rows() {
        return x.length;
    }

    /**
     * The number of input rows before compression.
     *
     * @return the count
     */
    public int inputRows() {
        return inputRows;
    }

    /**
     * The number of customers the data stands for: the sum of the weights.
     *
     * @return the total weight
     */
    public double customers() {
        return totalWeight;
    }

    /**
     * The unit of t_x and T.
     *
     * @return the unit
     */
    public TimeScale unit() {
        return unit;
    }

    /**
     * Frequency of row i.
     *
     * @param i a row
     * @return x
     */
    public int x(int i) {
        return x[i];
    }

    /**
     * Recency of row i.
     *
     * @param i a row
     * @return t_x
     */
    public double tx(int i) {
        return tx[i];
    }

    /**
     * Age of row i.
     *
     * @param i a row
     * @return T
     */
    public double T(int i) {
        return t[i];
    }

    /**
     * Weight of row i.
     *
     * @param i a row
     * @return the number of customers with these statistics
     */
    public double weight(int i) {
        return weight[i];
    }

    /**
     * Spreads per-row values back to the input rows: element i of the result is the value of the
     * distinct row that input row i was merged into.
     *
     * @param perRow one value per distinct row ({@link #rows()} values)
     * @return one value per input row ({@link #inputRows()} values)
     */
    public double[] expand(double[] perRow) {
        return PerRow.expand(inputToRow, perRow, x.length);
    }

    /**
     * The total weight of rows with {@code x > 0}.
     *
     * @return the number of repeat buyers
     */
    public double repeatBuyers() {
        double w = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                w += weight[i];
            }
        }
        return w;
    }

    double[] distinctT() {
        return distinctT;
    }

    int tIndex(int i) {
        return tIndex[i];
    }

    double[] distinctTx() {
        return distinctTx;
    }

    int txIndex(int i) {
        return txIndex[i];
    }

    int[] distinctX() {
        return distinctX;
    }

    int xIndex(int i) {
        return xIndex[i];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BtydData[%,.0f customers in %,d distinct rows (%,d input rows), "
                        + "%,.0f repeat buyers, unit %s, %d distinct x, %d distinct t_x, %d distinct T]",
                totalWeight, rows(), inputRows, repeatBuyers(), unit, distinctX.length, distinctTx.length,
                distinctT.length);
    }
}
