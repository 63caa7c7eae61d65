package io.retention4j.core.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Orders log rows by (customer code, time), stable for ties, in linear time for the customer part:
 * an LSD radix sort on the customer code with digits of at most 11 bits (two passes up to 4M
 * customers), each pass a sequential read and a scatter into at most 2,048 streams, which keeps the writes cache- and
 * TLB-friendly where a one-pass counting sort over a million buckets would miss on every row. The
 * time column and, when given, the amount column travel with the rows, so they are never gathered
 * through a random-access permutation afterwards. A per-customer sort by time follows; it is
 * linear when a customer's rows already arrive in time order (the common case) and runs on all
 * cores for large logs.
 */
public final class LogSorter {
    private static final int MAX_DIGIT_BITS = 11;
    private static final int INSERTION_SORT_MAX = 24;
    private static final int PARALLEL_CUSTOMERS = 1 << 15;

    private LogSorter() {
    }

    /** The sorted columns and where each customer's rows start. */
    public static final class Order {
        /** For each output position, the input row; null when not requested or already sorted. */
        public final int[] rows;
        /** Customer c's rows are output positions {@code starts[c] .. starts[c + 1] - 1}. */
        public final int[] starts;
        /** The time column in output order. */
        public final long[] sortedMillis;
        /** The amount column in output order, or null when none was given. */
        public final double[] sortedAmounts;
        private final boolean identity;

        Order(int[] rows, int[] starts, long[] sortedMillis, double[] sortedAmounts, boolean identity) {
            this.rows = rows;
            this.starts = starts;
            this.sortedMillis = sortedMillis;
            this.sortedAmounts = sortedAmounts;
            this.identity = identity;
        }

        /**
         * Gathers a column into output order.
         *
         * @param column the column in input order (length at least n)
         * @param n      the number of rows
         * @return the column in output order (a new array of length n)
         */
        public int[] gather(int[] column, int n) {
            if (identity) {
                return Arrays.copyOf(column, n);
            }
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = column[rows[i]];
            }
            return out;
        }

        /**
         * Gathers a column into output order.
         *
         * @param column the column in input order (length at least n)
         * @param n      the number of rows
         * @param <T>    the element type
         * @return the column in output order (a new array of length n)
         */
        public <T> T[] gather(T[] column, int n) {
            if (identity) {
                return Arrays.copyOf(column, n);
            }
            T[] out = Arrays.copyOf(column, n);
            for (int i = 0; i < n; i++) {
                out[i] = column[rows[i]];
            }
            return out;
        }
    }

    /**
     * Sorts rows by (customer, time), keeping input order for equal (customer, time).
     *
     * @param customers     customer code per row, each in {@code 0 .. customerCount - 1} (unchecked)
     * @param millis        time per row
     * @param amounts       amount per row, carried along; or null
     * @param n             the number of rows (the arrays may be longer)
     * @param customerCount the number of customer codes
     * @param needRows      whether the caller needs the input row of each output position (to
     *                      gather further columns)
     * @return the order; the input arrays are not modified
     */
    public static Order sort(int[] customers, long[] millis, double[] amounts, int n, int customerCount,
                             boolean needRows) {
        boolean sorted = true;
        int prevCustomer = -1;
        long prevMillis = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int c = customers[i];
            long t = millis[i];
            if (c < prevCustomer || (c == prevCustomer && t < prevMillis)) {
                sorted = false;
                break;
            }
            prevCustomer = c;
            prevMillis = t;
        }
        if (sorted) {
            return new Order(null, startsOf(customers, n, customerCount), Arrays.copyOf(millis, n),
                    amounts == null ? null : Arrays.copyOf(amounts, n), true);
        }
        Columns out = radixSortByCustomer(customers, millis, amounts, n, customerCount, needRows);
        int[] starts = startsOf(out.codes, n, customerCount);
        out.codes = null;
        sortEachCustomerByTime(out, starts, customerCount);
        return new Order(out.rows, starts, out.millis, out.amounts, false);
    }

    /** Where each customer's rows start, from codes in non-decreasing order (a sequential scan). */
    private static int[] startsOf(int[] sortedCodes, int n, int customerCount) {
        int[] starts = new int[customerCount + 1];
        int c = 0;
        for (int i = 0; i < n; i++) {
            int code = sortedCodes[i];
            while (c < code) {
                starts[++c] = i;
            }
        }
        while (c < customerCount) {
            starts[++c] = n;
        }
        return starts;
    }

    /** The row columns moved together by the sort. */
    private static final class Columns {
        int[] codes;
        long[] millis;
        double[] amounts;
        int[] rows;

        Columns(int n, boolean withAmounts, boolean withRows) {
            codes = new int[n];
            millis = new long[n];
            amounts = withAmounts ? new double[n] : null;
            rows = withRows ? new int[n] : null;
        }
    }

    private static Columns radixSortByCustomer(int[] customers, long[] millis, double[] amounts, int n,
                                               int customerCount, boolean needRows) {
        int bits = customerCount <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(customerCount - 1);
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (bits + passes - 1) / passes; // balanced digits: fewer streams per pass
        int radix = 1 << digitBits;
        int[][] counts = new int[passes][radix];
        for (int i = 0; i < n; i++) {
            int c = customers[i];
            for (int p = 0; p < passes; p++) {
                counts[p][(c >>> (p * digitBits)) & (radix - 1)]++;
            }
        }
        Columns a = new Columns(n, amounts != null, needRows);
        Columns b = passes > 1 ? new Columns(n, amounts != null, needRows) : null;
        // pass 0 reads the caller's arrays; later passes ping-pong between a and b
        int[] srcCodes = customers;
        long[] srcMillis = millis;
        double[] srcAmounts = amounts;
        int[] srcRows = null;
        Columns dst = passes % 2 == 1 ? a : b;
        for (int p = 0; p < passes; p++) {
            int shift = p * digitBits;
            int[] next = new int[radix];
            int sum = 0;
            for (int d = 0; d < radix; d++) {
                next[d] = sum;
                sum += counts[p][d];
            }
            int[] dCodes = dst.codes;
            long[] dMillis = dst.millis;
            double[] dAmounts = dst.amounts;
            int[] dRows = dst.rows;
            for (int i = 0; i < n; i++) {
                int c = srcCodes[i];
                int pos = next[(c >>> shift) & (radix - 1)]++;
                dCodes[pos] = c;
                dMillis[pos] = srcMillis[i];
                if (dAmounts != null) {
                    dAmounts[pos] = srcAmounts[i];
                }
                if (dRows != null) {
                    dRows[pos] = srcRows == null ? i : srcRows[i];
                }
            }
            srcCodes = dCodes;
            srcMillis = dMillis;
            srcAmounts = dAmounts;
            srcRows = dRows;
            dst = dst == a ? b : a;
        }
        // the last pass wrote into a (the pass count's parity chose the first destination for that)
        return a;
    }

    private static void sortEachCustomerByTime(Columns out, int[] starts, int customerCount) {
        IntStream chunks = IntStream.range(0, (customerCount + 4095) / 4096);
        if (customerCount >= PARALLEL_CUSTOMERS) {
            chunks = chunks.parallel();
        }
        chunks.forEach(chunk -> {
            long[] auxMillis = null;
            double[] auxAmounts = null;
            int[] auxRows = null;
            int to = Math.min(customerCount, (chunk + 1) * 4096);
            for (int c = chunk * 4096; c < to; c++) {
                int from = starts[c];
                int end = starts[c + 1];
                if (isSorted(out.millis, from, end)) {
                    continue;
                }
                if (end - from <= INSERTION_SORT_MAX) {
                    insertionSort(out, from, end);
                    continue;
                }
                if (auxMillis == null || auxMillis.length < end - from) {
                    int size = Math.max(end - from, 256);
                    auxMillis = new long[size];
                    auxAmounts = out.amounts == null ? null : new double[size];
                    auxRows = out.rows == null ? null : new int[size];
                }
                mergeSort(out, from, end, auxMillis, auxAmounts, auxRows);
            }
        });
    }

    private static boolean isSorted(long[] t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t[i] < t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static void insertionSort(Columns out, int from, int to) {
        long[] t = out.millis;
        double[] amounts = out.amounts;
        int[] rows = out.rows;
        for (int i = from + 1; i < to; i++) {
            long key = t[i];
            double amount = amounts == null ? 0 : amounts[i];
            int row = rows == null ? 0 : rows[i];
            int j = i - 1;
            while (j >= from && t[j] > key) {
                t[j + 1] = t[j];
                if (amounts != null) {
                    amounts[j + 1] = amounts[j];
                }
                if (rows != null) {
                    rows[j + 1] = rows[j];
                }
                j--;
            }
            t[j + 1] = key;
            if (amounts != null) {
                amounts[j + 1] = amount;
            }
            if (rows != null) {
                rows[j + 1] = row;
            }
        }
    }

    /** Stable bottom-up merge sort on [from, to): insertion-sorted runs, then merges of the left half via aux. */
    private static void mergeSort(Columns out, int from, int to, long[] auxT, double[] auxA, int[] auxR) {
        long[] t = out.millis;
        double[] amounts = out.amounts;
        int[] rows = out.rows;
        int len = to - from;
        for (int lo = from; lo < to; lo += INSERTION_SORT_MAX) {
            insertionSort(out, lo, Math.min(lo + INSERTION_SORT_MAX, to));
        }
        for (int width = INSERTION_SORT_MAX; width < len; width *= 2) {
            for (int lo = from; lo < to - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, to);
                if (t[mid - 1] <= t[mid]) {
                    continue;
                }
                int left = mid - lo;
                System.arraycopy(t, lo, auxT, 0, left);
                if (amounts != null) {
                    System.arraycopy(amounts, lo, auxA, 0, left);
                }
                if (rows != null) {
                    System.arraycopy(rows, lo, auxR, 0, left);
                }
                int i = 0;
                int j = mid;
                int k = lo;
                while (i < left && j < hi) {
                    if (t[j] < auxT[i]) {
                        t[k] = t[j];
                        if (amounts != null) {
                            amounts[k] = amounts[j];
                        }
                        if (rows != null) {
                            rows[k] = rows[j];
                        }
                        j++;
                    } else {
                        t[k] = auxT[i];
                        if (amounts != null) {
                            amounts[k] = auxA[i];
                        }
                        if (rows != null) {
                            rows[k] = auxR[i];
                        }
                        i++;
                    }
                    k++;
                }
                while (i < left) {
                    t[k] = auxT[i];
                    if (amounts != null) {
                        amounts[k] = auxA[i];
                    }
                    if (rows != null) {
                        rows[k] = auxR[i];
                    }
                    i++;
                    k++;
                }
            }
        }
    }
}
