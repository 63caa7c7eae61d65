package io.retention4j.loyalty.personalize;

/**
 * The stable (customer, time) order of interaction rows: a counting sort by customer, then a stable
 * sort by time within each customer (rows of equal time keep their input order).
 */
final class RowOrder {
    final int[] perm;   // sorted position -> input row
    final int[] starts; // customer -> first sorted position; length customers + 1

    private RowOrder(int[] perm, int[] starts) {
        this.perm = perm;
        this.starts = starts;
    }

    static RowOrder sort(int[] customerCodes, long[] millis, int n, int customers) {
        int[] starts = new int[customers + 1];
        for (int i = 0; i < n; i++) {
            starts[customerCodes[i] + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            starts[c + 1] += starts[c];
        }
        int[] next = new int[customers];
        System.arraycopy(starts, 0, next, 0, customers);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[next[customerCodes[i]]++] = i;
        }
        int[] tmp = null;
        for (int c = 0; c < customers; c++) {
            int from = starts[c];
            int to = starts[c + 1];
            if (sorted(perm, millis, from, to)) {
                continue;
            }
            if (to - from <= 48) {
                insertionSort(perm, millis, from, to);
            } else {
                if (tmp == null || tmp.length < to - from) {
                    tmp = new int[Math.max(to - from, 1024)];
                }
                mergeSort(perm, millis, from, to, tmp);
            }
        }
        return new RowOrder(perm, starts);
    }

    private static boolean sorted(int[] perm, long[] millis, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (millis[perm[i]] < millis[perm[i - 1]]) {
                return false;
            }
        }
        return true;
    }

    private static void insertionSort(int[] perm, long[] millis, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int row = perm[i];
            long key = millis[row];
            int j = i - 1;
            while (j >= from && millis[perm[j]] > key) {
                perm[j + 1] = perm[j];
                j--;
            }
            perm[j + 1] = row;
        }
    }

    /** Bottom-up stable merge sort of perm[from, to) by millis. */
    private static void mergeSort(int[] perm, long[] millis, int from, int to, int[] tmp) {
        int n = to - from;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = from; lo < to - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, to);
                int i = lo;
                int j = mid;
                int k = 0;
                while (i < mid && j < hi) {
                    tmp[k++] = millis[perm[j]] < millis[perm[i]] ? perm[j++] : perm[i++];
                }
                while (i < mid) {
                    tmp[k++] = perm[i++];
                }
                while (j < hi) {
                    tmp[k++] = perm[j++];
                }
                System.arraycopy(tmp, 0, perm, lo, k);
            }
        }
    }
}
