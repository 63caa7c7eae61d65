package io.retention4j.loyalty.personalize;

/**
 * A bounded list of the best (item, score) pairs kept sorted in primitive arrays: higher score
 * first, equal scores by lower item code first. Allocation-free.
 */
final class TopK {
    private TopK() {
    }

    /** Whether (scoreA, itemA) ranks before (scoreB, itemB). */
    static boolean before(float scoreA, int itemA, float scoreB, int itemB) {
        return scoreA > scoreB || (scoreA == scoreB && itemA < itemB);
    }

    /**
     * Offers a candidate to the list at {@code items[base .. base + size)}; returns the new size.
     * {@code supports} may be null.
     */
    static int offer(int[] items, float[] scores, int[] supports, int base, int size, int k, int item, float score,
                     int support) {
        if (size == k && !before(score, item, scores[base + k - 1], items[base + k - 1])) {
            return size;
        }
        int pos = size == k ? k - 1 : size;
        while (pos > 0 && before(score, item, scores[base + pos - 1], items[base + pos - 1])) {
            items[base + pos] = items[base + pos - 1];
            scores[base + pos] = scores[base + pos - 1];
            if (supports != null) {
                supports[base + pos] = supports[base + pos - 1];
            }
            pos--;
        }
        items[base + pos] = item;
        scores[base + pos] = score;
        if (supports != null) {
            supports[base + pos] = support;
        }
        return size == k ? k : size + 1;
    }
}
