package io.retention4j.core.internal;

import java.util.Arrays;

/**
 * Sample quantiles of Hyndman &amp; Fan's (1996) definition 7, the default of R's {@code quantile}
 * (and numpy's {@code "linear"} method): for the ascending values x_1 .. x_N and a probability p,
 * with h = (N - 1) p + 1, Q(p) = x_floor(h) + (h - floor(h)) (x_floor(h)+1 - x_floor(h)).
 * For p = k / bins the position is computed exactly in integers: j = floor((N - 1) k / bins) and
 * the fraction is ((N - 1) k mod bins) / bins, so a quantile that falls on a data point is that
 * data point exactly.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The inner quantiles Q(1 / bins), ..., Q((bins - 1) / bins) of definition 7.
     *
     * @param values finite values in any order (not modified); may be empty
     * @param bins   the number of bins, at least 2
     * @return bins - 1 nondecreasing quantiles; empty when {@code values} is empty
     */
    public static double[] type7(double[] values, int bins) {
        int n = values.length;
        if (n == 0) {
            return new double[0];
        }
        long[] below = new long[bins - 1];
        long[] rest = new long[bins - 1];
        int[] wanted = new int[2 * (bins - 1)];
        int count = 0;
        for (int k = 1; k < bins; k++) {
            long scaled = (long) (n - 1) * k;
            below[k - 1] = scaled / bins;
            rest[k - 1] = scaled % bins;
            wanted[count++] = (int) below[k - 1];
            if (rest[k - 1] != 0) {
                wanted[count++] = (int) below[k - 1] + 1;
            }
        }
        int[] positions = Arrays.stream(wanted, 0, count).sorted().distinct().toArray();
        double[] order = OrderStatistics.select(values, positions);
        double[] out = new double[bins - 1];
        for (int k = 0; k < bins - 1; k++) {
            double lower = order[indexOf(positions, (int) below[k])];
            if (rest[k] == 0) {
                out[k] = lower;
            } else {
                double upper = order[indexOf(positions, (int) below[k] + 1)];
                out[k] = lower == upper ? lower : lower + (double) rest[k] / bins * (upper - lower);
            }
        }
        return out;
    }

    private static int indexOf(int[] positions, int position) {
        return Arrays.binarySearch(positions, position);
    }
}
