package io.retention4j.core.internal;

import java.util.Arrays;

/**
 * Orders log rows by (customer code, time), stable for ties, in O(n) for the customer part: a
 * counting sort by customer code, then a per-customer sort by time that is linear when a
 * customer's rows already arrive in time order (the common case).
 */
public final class LogSorter {
    private static final int INSERTION_SORT_MAX = 24;

    private LogSorter() {
    }

    /** The sorted order of rows and where each customer's rows start. */
    public static final class Order {
        /** For each output position, the input row; null when the input was already sorted. */
        public final int[] rows;
        /** Customer c's rows are output positions {@code starts[c] .. starts[c + 1] - 1}. */
        public final int[] starts;
        /** The time column in output order. */
        public final long[] sortedMillis;

        Order(int[] rows, int[] starts, long[] sortedMillis) {
            this.rows = rows;
            this.starts = starts;
            this.sortedMillis = sortedMillis;
        }

        /**
         * Gathers a column into output order.
         *
         * @param column the column in input order (length at least n)
         * @param n      the number of rows
         * @return the column in output order (a new array of length n)
         */
        public double[] gather(double[] column, int n) {
            if (rows == null) {
                return Arrays.copyOf(column, n);
            }
            double[] out = new double[n];
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
         * @return the column in output order (a new array of length n)
         */
        public int[] gather(int[] column, int n) {
            if (rows == null) {
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
            if (rows == null) {
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
     * @param customers customer code per row, each in {@code 0 .. customerCount - 1}
     * @param millis    time per row
     * @param n         the number of rows (the arrays may be longer)
     * @param customerCount the number of customer codes
     * @return the order
     */
    public static Order sort(int[] customers, long[] millis, int n, int customerCount) {
        int[] starts = new int[customerCount + 1];
        boolean sorted = true;
        int prevCustomer = -1;
        long prevMillis = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int c = customers[i];
            starts[c + 1]++;
            long t = millis[i];
            if (c < prevCustomer || (c == prevCustomer && t < prevMillis)) {
                sorted = false;
            }
            prevCustomer = c;
            prevMillis = t;
        }
        for (int c = 0; c < customerCount; c++) {
            starts[c + 1] += starts[c];
        }
        if (sorted) {
            return new Order(null, starts, Arrays.copyOf(millis, n));
        }
        int[] next = Arrays.copyOf(starts, customerCount);
        int[] rows = new int[n];
        long[] sortedMillis = new long[n];
        for (int i = 0; i < n; i++) {
            int pos = next[customers[i]]++;
            rows[pos] = i;
            sortedMillis[pos] = millis[i];
        }
        int[] auxRows = null;
        long[] auxMillis = null;
        for (int c = 0; c < customerCount; c++) {
            int from = starts[c];
            int to = starts[c + 1];
            if (isSorted(sortedMillis, from, to)) {
                continue;
            }
            if (to - from <= INSERTION_SORT_MAX) {
                insertionSort(sortedMillis, rows, from, to);
            } else {
                if (auxRows == null || auxRows.length < to - from) {
                    auxRows = new int[Math.max(to - from, 256)];
                    auxMillis = new long[auxRows.length];
                }
                mergeSort(sortedMillis, rows, from, to, auxMillis, auxRows);
            }
        }
        return new Order(rows, starts, sortedMillis);
    }

    private static boolean isSorted(long[] t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t[i] < t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static void insertionSort(long[] t, int[] rows, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long key = t[i];
            int row = rows[i];
            int j = i - 1;
            while (j >= from && t[j] > key) {
                t[j + 1] = t[j];
                rows[j + 1] = rows[j];
                j--;
            }
            t[j + 1] = key;
            rows[j + 1] = row;
        }
    }

    /** Stable bottom-up merge sort of (t, rows) on [from, to). */
    private static void mergeSort(long[] t, int[] rows, int from, int to, long[] auxT, int[] auxRows) {
        int len = to - from;
        for (int lo = from; lo < to; lo += INSERTION_SORT_MAX) {
            insertionSort(t, rows, lo, Math.min(lo + INSERTION_SORT_MAX, to));
        }
        for (int width = INSERTION_SORT_MAX; width < len; width *= 2) {
            for (int lo = from; lo < to - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, to);
                if (t[mid - 1] <= t[mid]) {
                    continue;
                }
                int n = mid - lo;
                System.arraycopy(t, lo, auxT, 0, n);
                System.arraycopy(rows, lo, auxRows, 0, n);
                int i = 0;
                int j = mid;
                int k = lo;
                while (i < n && j < hi) {
                    if (t[j] < auxT[i]) {
                        t[k] = t[j];
                        rows[k++] = rows[j++];
                    } else {
                        t[k] = auxT[i];
                        rows[k++] = auxRows[i++];
                    }
                }
                while (i < n) {
                    t[k] = auxT[i];
                    rows[k++] = auxRows[i++];
                }
            }
        }
    }
}
