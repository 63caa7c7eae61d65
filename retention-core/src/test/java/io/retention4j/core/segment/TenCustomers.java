package io.retention4j.core.segment;

/**
 * A hand-made population of ten purchasers (ids "1".."10") and one customer who never purchased
 * ("11"). Sorted values, used for the hand counts in the tests:
 * <pre>
 *   recency days  0 3 3 10 10 10 30 60 90 200
 *   orders        1 1 1 1 1 2 2 3 5 8
 *   total spend   10.5 15 20 20 35.25 50 80 120 300 999.99
 * </pre>
 * Definition-7 quintile positions for N = 10: (N - 1) k / 5 = 1.8, 3.6, 5.4, 7.2 (0-based), so
 * Q = x1 + .8 (x2 - x1), x3 + .6 (x4 - x3), x5 + .4 (x6 - x5), x7 + .2 (x8 - x7):
 * <pre>
 *   recency  3, 10, 10 + .4 * 20 = 18, 60 + .2 * 30 = 66
 *   orders   1, 1, 2, 3 + .2 * 2 = 3.4
 *   spend    15 + .8 * 5 = 19, 20 + .6 * 15.25 = 29.15, 50 + .4 * 30 = 62, 120 + .2 * 180 = 156
 * </pre>
 */
final class TenCustomers {
    static final String[] IDS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"};
    static final int[] RECENCY = {0, 3, 3, 10, 10, 10, 30, 60, 90, 200, 0};
    static final int[] ORDERS = {8, 5, 3, 2, 2, 1, 1, 1, 1, 1, 0};
    static final double[] SPEND = {999.99, 300, 120, 80, 50, 35.25, 20, 20, 15, 10.5, 0};

    private TenCustomers() {
    }

    static RfmColumns columns() {
        return RfmColumns.of(IDS, RECENCY, ORDERS, SPEND, MonetaryMeasure.TOTAL_SPEND);
    }

    /** The codes R*100 + F*10 + M of customers "1".."11" under some scores. */
    static int[] codes(RfmScores scores) {
        int[] codes = new int[IDS.length];
        for (int i = 0; i < IDS.length; i++) {
            codes[i] = scores.code(scores.indexOf(IDS[i]));
        }
        return codes;
    }
}
