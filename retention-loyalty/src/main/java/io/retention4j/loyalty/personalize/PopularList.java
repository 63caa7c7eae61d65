package io.retention4j.loyalty.personalize;

/**
 * The most bought items of a population (all buyers, a segment, a category): item codes by number
 * of distinct buyers, highest first, ties by lower item code; at most a fixed length.
 */
final class PopularList {
    final int[] items;
    final int[] buyers;
    /** Customers of the population with at least one purchase. */
    final int population;

    private PopularList(int[] items, int[] buyers, int population) {
        this.items = items;
        this.buyers = buyers;
        this.population = population;
    }

    /** The top {@code length} items by {@code counts}, restricted to items with {@code filter[i] == key} when filter is set. */
    static PopularList top(int[] counts, int population, int length, int[] filter, int key) {
        int[] items = new int[length];
        float[] scores = new float[length];
        int size = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (filter == null || filter[i] == key)) {
                size = TopK.offer(items, scores, null, 0, size, length, i, counts[i], 0);
            }
        }
        int[] outItems = java.util.Arrays.copyOf(items, size);
        int[] outBuyers = new int[size];
        for (int r = 0; r < size; r++) {
            outBuyers[r] = counts[outItems[r]];
        }
        return new PopularList(outItems, outBuyers, population);
    }

    /** Distinct buyers per item over the customers of one segment (all customers when customerSegment is null). */
    static int[] buyerCounts(Interactions log, int[] customerSegment, int segment, int[] populationOut) {
        int[] counts = new int[log.catalog().size()];
        int[] mark = new int[log.catalog().size()];
        java.util.Arrays.fill(mark, -1);
        int population = 0;
        for (int c = 0; c < log.customerCount(); c++) {
            if (customerSegment != null && customerSegment[c] != segment) {
                continue;
            }
            boolean bought = false;
            for (int r = log.firstRow(c), end = log.endRow(c); r < end; r++) {
                if (log.isPurchase(r)) {
                    int j = log.item(r);
                    if (mark[j] != c) {
                        mark[j] = c;
                        counts[j]++;
                    }
                    bought = true;
                }
            }
            if (bought) {
                population++;
            }
        }
        populationOut[0] = population;
        return counts;
    }

    /** The share of the population that bought the item at {@code rank}. */
    float share(int rank) {
        return (float) buyers[rank] / population;
    }
}
