package io.retention4j.core.segment;

import io.retention4j.core.internal.NaturalOrder;
import io.retention4j.core.internal.OrderStatistics;
import io.retention4j.core.log.IdDictionary;
import java.util.Arrays;

/**
 * Equal-sized scores by rank ({@link TiePolicy#RANK_BASED}) without sorting everyone: the keys at
 * the first position of each score are found by selection; a customer whose key differs from all
 * of them is placed by comparison alone; only the customers tied at such a boundary key are ordered,
 * by id in the canonical order, among themselves.
 */
final class RankBinning {
    private RankBinning() {
    }

    /**
     * The score 1..bins of sorted position p (0-based) of s customers: the first s mod bins scores
     * hold ceil(s / bins) customers, the others floor(s / bins).
     */
    static int binOfPosition(long p, int s, int bins) {
        int larger = (s + bins - 1) / bins;
        int smaller = s / bins;
        int nLarger = s % bins;
        long threshold = (long) larger * nLarger;
        if (nLarger == 0) {
            return (int) (p / smaller) + 1;
        }
        return p < threshold ? (int) (p / larger) + 1 : (int) ((p - threshold) / smaller) + nLarger + 1;
    }

    /**
     * Writes the score of each element into {@code out} at the element's customer index.
     *
     * @param keys       per element, the key; ascending = worst to best
     * @param customerOf per element, its customer index
     * @param ids        the customer ids, for breaking ties
     * @param bins       the number of scores
     * @param out        scores by customer index
     */
    static void assign(double[] keys, int[] customerOf, IdDictionary ids, int bins, byte[] out) {
        int s = keys.length;
        if (s == 0) {
            return;
        }
        int[] starts = new int[bins - 1];
        int count = 0;
        for (int b = 2; b <= bins; b++) {
            int start = firstPosition(b, s, bins);
            if (start < s && (count == 0 || start > starts[count - 1])) {
                starts[count++] = start;
            }
        }
        double[] boundary = OrderStatistics.select(keys, Arrays.copyOf(starts, count));
        double[] ties = Arrays.stream(boundary).distinct().toArray();
        long[] below = new long[ties.length];
        int[] groupSize = new int[ties.length];
        for (double k : keys) {
            for (int t = 0; t < ties.length; t++) {
                if (k < ties[t]) {
                    below[t]++;
                } else if (k == ties[t]) {
                    groupSize[t]++;
                }
            }
        }
        String[][] groups = new String[ties.length][];
        int[] filled = new int[ties.length];
        for (int t = 0; t < ties.length; t++) {
            groups[t] = new String[groupSize[t]];
        }
        for (int e = 0; e < s; e++) {
            double k = keys[e];
            int t = Arrays.binarySearch(ties, k);
            if (t >= 0) {
                groups[t][filled[t]++] = ids.id(customerOf[e]);
            } else {
                int passed = 0;
                for (double v : boundary) {
                    if (v < k) {
                        passed++;
                    }
                }
                out[customerOf[e]] = (byte) (passed + 1);
            }
        }
        for (int t = 0; t < ties.length; t++) {
            String[] group = groups[t];
            Arrays.sort(group, NaturalOrder.INSTANCE);
            for (int j = 0; j < group.length; j++) {
                out[ids.indexOf(group[j])] = (byte) binOfPosition(below[t] + j, s, bins);
            }
        }
    }

    /** The 0-based sorted position where score b starts. */
    private static int firstPosition(int b, int s, int bins) {
        int larger = (s + bins - 1) / bins;
        int smaller = s / bins;
        int nLarger = s % bins;
        return b - 1 <= nLarger ? (b - 1) * larger : nLarger * larger + (b - 1 - nLarger) * smaller;
    }
}
