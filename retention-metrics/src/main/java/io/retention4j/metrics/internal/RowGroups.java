package io.retention4j.metrics.internal;

/**
 * Groups identical input rows ("compression"): each input row gets the number of its group, groups
 * numbered in order of first appearance. Rows are compared through callbacks, so any columns can
 * form the key; an open-addressing table of group numbers keeps the work linear and allocates only
 * a few int arrays.
 */
public final class RowGroups {
    /** What makes two rows equal. */
    public interface Key {
        /**
         * A hash of row i's key; equal keys must give equal hashes.
         *
         * @param i an input row
         * @return the hash
         */
        long hash(int i);

        /**
         * Whether rows i and j have the same key.
         *
         * @param i an input row
         * @param j an input row
         * @return true when equal
         */
        boolean same(int i, int j);
    }

    private final int[] groupOf;
    private final int[] firstRow;

    private RowGroups(int[] groupOf, int[] firstRow) {
        this.groupOf = groupOf;
        this.firstRow = firstRow;
    }

    /**
     * Groups rows {@code 0 .. n - 1}.
     *
     * @param n   the number of input rows
     * @param key the key of each row
     * @return the grouping
     */
    public static RowGroups of(int n, Key key) {
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int mask = capacity - 1;
        int[] table = new int[capacity]; // slot -> group + 1, 0 = empty
        int[] groupOf = new int[n];
        int[] first = new int[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            long h = key.hash(i) * 0x9E3779B97F4A7C15L;
            int slot = (int) (h ^ (h >>> 29)) & mask;
            while (table[slot] != 0 && !key.same(first[table[slot] - 1], i)) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                first[groups] = i;
                table[slot] = ++groups;
            }
            groupOf[i] = table[slot] - 1;
        }
        return new RowGroups(groupOf, java.util.Arrays.copyOf(first, groups));
    }

    /**
     * The number of groups.
     *
     * @return the count
     */
    public int groups() {
        return firstRow.length;
    }

    /**
     * The group of an input row.
     *
     * @param i an input row
     * @return its group, {@code 0 .. groups() - 1}
     */
    public int groupOf(int i) {
        return groupOf[i];
    }

    /**
     * The first input row of a group (its representative).
     *
     * @param g a group
     * @return the input row
     */
    public int firstRow(int g) {
        return firstRow[g];
    }

    /**
     * The group of every input row.
     *
     * @return a copy
     */
    public int[] groupOfEachRow() {
        return groupOf.clone();
    }
}
