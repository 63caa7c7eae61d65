package io.retention4j.metrics.clv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The input of the BG/BB model (discrete transaction opportunities): per customer the frequency x
 * (opportunities with a repeat transaction), the recency t_x (the opportunity of the last repeat
 * transaction, 1..n, and 0 when there was none) and the number of opportunities n, with an
 * optional weight (how many customers a row stands for). This is the convention of Fader, Hardie
 * &amp; Shang (2010): six annual opportunities after a first donation give n = 6, and a donor who
 * gave again in years 1, 2 and 4 has x = 3, t_x = 4.
 *
 * <p>Identical rows are merged on construction and their weights added ("compression"). Rows are
 * kept ordered by n, then x, then t_x from the largest down, so the likelihood can share work
 * between rows with the same x and n.
 *
 * <p>Rules, checked row by row with a message naming the row: {@code 0 <= x <= t_x <= n}, except
 * {@code t_x = 0} when {@code x = 0}; {@code n <= 1,000,000}; weights finite and positive; at least
 * one row. Immutable and thread-safe.
 */
public final class BgBbData {
    /** The largest number of opportunities accepted; rows are keyed by 20-bit fields. */
    public static final int MAX_OPPORTUNITIES = 1_000_000;
    private static final int BITS = 20;
    private static final long MASK = (1L << BITS) - 1;

    private final int[] x;
    private final int[] tx;
    private final int[] n;
    private final double[] weight;
    private final int[] inputToRow;
    private final int[] groupStart; // rows groupStart[g] .. groupStart[g+1]-1 share x and n
    private final double totalWeight;
    private final int maxN;

    private BgBbData(int[] x, int[] tx, int[] n, double[] weight, int[] inputToRow) {
        this.x = x;
        this.tx = tx;
        this.n = n;
        this.weight = weight;
        this.inputToRow = inputToRow;
        double w = 0;
        int max = 0;
        int groups = 0;
        int[] starts = new int[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            w += weight[i];
            max = Math.max(max, n[i]);
            if (i == 0 || x[i] != x[i - 1] || n[i] != n[i - 1]) {
                starts[groups++] = i;
            }
        }
        starts[groups] = x.length;
        this.groupStart = Arrays.copyOf(starts, groups + 1);
        this.totalWeight = w;
        this.maxN = max;
    }

    /**
     * Data from columns, one customer per row.
     *
     * @param x  repeat transactions per customer
     * @param tx opportunity of the last repeat transaction per customer (0 if none)
     * @param n  opportunities per customer
     * @return the data
     * @throws IllegalArgumentException naming the first bad row
     */
    public static BgBbData of(int[] x, int[] tx, int[] n) {
        return of(x, tx, n, null);
    }

    /**
     * Data from weighted rows: row i stands for {@code weights[i]} customers with the same statistics
     * (the recency-frequency table of the paper).
     *
     * @param x       repeat transactions per row
     * @param tx      opportunity of the last repeat transaction per row (0 if none)
     * @param n       opportunities per row
     * @param weights positive weight per row, or null for all 1
     * @return the data
     * @throws IllegalArgumentException naming the first bad row
     */
    public static BgBbData of(int[] x, int[] tx, int[] n, double[] weights) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(n, "n");
        int rows = x.length;
        if (tx.length != rows || n.length != rows || (weights != null && weights.length != rows)) {
            throw new IllegalArgumentException("column lengths differ: x " + rows + ", tx " + tx.length + ", n "
                    + n.length + (weights == null ? "" : ", weights " + weights.length));
        }
        if (rows == 0) {
            throw new IllegalArgumentException("no customers: the data needs at least one row");
        }
        for (int i = 0; i < rows; i++) {
            check(i, x[i], tx[i], n[i], weights == null ? 1 : weights[i]);
        }
        return compress(x, tx, n, weights);
    }

    private static void check(int row, int x, int tx, int n, double w) {
        String where = " (row " + row + ": x=" + x + ", t_x=" + tx + ", n=" + n + ")";
        if (x < 0) {
            throw new IllegalArgumentException("frequency x must be >= 0" + where);
        }
        if (n < 0 || n > MAX_OPPORTUNITIES) {
            throw new IllegalArgumentException("opportunities n must be in 0.." + MAX_OPPORTUNITIES + where);
        }
        if (tx < 0 || tx > n) {
            throw new IllegalArgumentException("recency t_x must be in 0..n" + where);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("recency t_x must be 0 when frequency x is 0" + where);
        }
        if (x > tx) {
            throw new IllegalArgumentException("frequency x cannot exceed recency t_x: x transactions need x "
                    + "opportunities up to the last one" + where);
        }
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("weight must be a positive finite number, got " + w + where);
        }
    }

    /** Sorts packed (n, x, -t_x) keys, merges equal keys and maps each input row to its merged row. */
    private static BgBbData compress(int[] x, int[] tx, int[] n, double[] weights) {
        int rows = x.length;
        long[] keys = new long[rows];
        for (int i = 0; i < rows; i++) {
            keys[i] = key(x[i], tx[i], n[i]);
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        long[] unique = Arrays.copyOf(sorted, distinct);
        int[] outX = new int[distinct];
        int[] outTx = new int[distinct];
        int[] outN = new int[distinct];
        double[] outW = new double[distinct];
        for (int r = 0; r < distinct; r++) {
            long k = unique[r];
            outN[r] = (int) (k >>> (2 * BITS));
            outX[r] = (int) ((k >>> BITS) & MASK);
            outTx[r] = (int) (MASK - (k & MASK));
        }
        int[] inputToRow = new int[rows];
        for (int i = 0; i < rows; i++) {
            int r = Arrays.binarySearch(unique, keys[i]);
            inputToRow[i] = r;
            outW[r] += weights == null ? 1 : weights[i];
        }
        return new BgBbData(outX, outTx, outN, outW, inputToRow);
    }

    private static long key(int x, int tx, int n) {
        return ((long) n << (2 * BITS)) | ((long) x << BITS) | (MASK - tx);
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
        return inputToRow.length;
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
     * @return t_x, the opportunity of the last repeat transaction (0 if none)
     */
    public int tx(int i) {
        return tx[i];
    }

    /**
     * Opportunities of row i.
     *
     * @param i a row
     * @return n
     */
    public int n(int i) {
        return n[i];
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
     * The largest number of opportunities of any row.
     *
     * @return max n
     */
    public int maxOpportunities() {
        return maxN;
    }

    /**
     * The total weight of rows with {@code x > 0}.
     *
     * @return the number of customers with a repeat transaction
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

    int groups() {
        return groupStart.length - 1;
    }

    int groupStart(int g) {
        return groupStart[g];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BgBbData[%,.0f customers in %,d distinct rows (%,d input rows), "
                        + "%,.0f with a repeat transaction, up to %d opportunities]", totalWeight, rows(), inputRows(),
                repeatBuyers(), maxN);
    }
}
