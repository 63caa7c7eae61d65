package io.retention4j.metrics.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a cohort table: column 0 is the cohort's own period (the size); every later
 * column covers a range of periods after it. Immutable.
 */
final class ColumnLayout {
    private final int[] firsts;
    private final int[] lasts;
    private final int[] columnOfPeriod; // period 0 .. maxPeriod -> column, -1 between brackets
    private final int[] lastStartedBy;  // period 0 .. maxPeriod -> last column whose first period <= it

    private ColumnLayout(int[] firsts, int[] lasts) {
        this.firsts = firsts;
        this.lasts = lasts;
        this.columnOfPeriod = new int[lasts[lasts.length - 1] + 1];
        Arrays.fill(columnOfPeriod, -1);
        this.lastStartedBy = new int[columnOfPeriod.length];
        for (int c = 0; c < firsts.length; c++) {
            for (int k = firsts[c]; k <= lasts[c]; k++) {
                columnOfPeriod[k] = c;
            }
        }
        int column = 0;
        for (int k = 0; k < lastStartedBy.length; k++) {
            while (column + 1 < firsts.length && firsts[column + 1] <= k) {
                column++;
            }
            lastStartedBy[k] = column;
        }
    }

    /** One column per period {@code 0 .. count - 1}. */
    static ColumnLayout periods(int count) {
        int[] firsts = new int[count];
        for (int k = 0; k < count; k++) {
            firsts[k] = k;
        }
        return new ColumnLayout(firsts, firsts.clone());
    }

    /**
     * Column 0 and one column per bracket.
     *
     * @throws IllegalArgumentException naming two brackets that overlap or are out of order
     */
    static ColumnLayout brackets(List<Bracket> brackets) {
        int[] firsts = new int[brackets.size() + 1];
        int[] lasts = new int[brackets.size() + 1];
        for (int b = 0; b < brackets.size(); b++) {
            Bracket bracket = brackets.get(b);
            if (b > 0) {
                Bracket previous = brackets.get(b - 1);
                if (bracket.first() <= previous.last()) {
                    throw new IllegalArgumentException("brackets must be in increasing order without overlap: "
                            + "bracket " + b + " (" + bracket + ") starts at or before the end of bracket "
                            + (b - 1) + " (" + previous + ")");
                }
            }
            firsts[b + 1] = bracket.first();
            lasts[b + 1] = bracket.last();
        }
        return new ColumnLayout(firsts, lasts);
    }

    int count() {
        return firsts.length;
    }

    int first(int column) {
        return firsts[column];
    }

    int last(int column) {
        return lasts[column];
    }

    /** The last period of the last column. */
    int maxPeriod() {
        return columnOfPeriod.length - 1;
    }

    /** The column that covers a period, or -1 (between brackets or beyond the last column). */
    int columnOf(long period) {
        return period < 0 || period >= columnOfPeriod.length ? -1 : columnOfPeriod[(int) period];
    }

    /**
     * The last column whose first period is at or before {@code period} (0 when none after column 0).
     *
     * @param period {@code 0 .. maxPeriod()}
     */
    int lastColumnStartingBy(long period) {
        return lastStartedBy[(int) period];
    }

    String label(int column) {
        return column == 0 ? "0" : new Bracket(firsts[column], lasts[column]).label();
    }

    /** The columns after column 0 as brackets. */
    List<Bracket> brackets() {
        List<Bracket> list = new ArrayList<>();
        for (int c = 1; c < firsts.length; c++) {
            list.add(new Bracket(firsts[c], lasts[c]));
        }
        return List.copyOf(list);
    }
}
