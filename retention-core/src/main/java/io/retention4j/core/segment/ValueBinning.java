package io.retention4j.core.segment;

/**
 * Scores values against breakpoints: the ascending bin of v is 1 + #{k : b_k &lt;= v} for
 * lower-closed intervals and 1 + #{k : b_k &lt; v} for upper-closed ones; reversed (bins + 1 - bin)
 * for recency, where fewer days score higher.
 */
final class ValueBinning {
    private ValueBinning() {
    }

    /**
     * Writes the score of each element into {@code out} at the element's customer index.
     *
     * @param values      per element, the value
     * @param customerOf  per element, its customer index
     * @param breakpoints bins - 1 nondecreasing breakpoints
     * @param intervals   which end of an interval holds a breakpoint
     * @param reverse     whether lower values score higher
     * @param out         scores by customer index
     */
    static void assign(double[] values, int[] customerOf, double[] breakpoints, BinIntervals intervals,
                       boolean reverse, byte[] out) {
        int bins = breakpoints.length + 1;
        boolean lowerClosed = intervals == BinIntervals.LOWER_CLOSED;
        for (int e = 0; e < values.length; e++) {
            double v = values[e];
            int bin = 1;
            for (double b : breakpoints) {
                if (lowerClosed ? b <= v : b < v) {
                    bin++;
                }
            }
            out[customerOf[e]] = (byte) (reverse ? bins + 1 - bin : bin);
        }
    }
}
