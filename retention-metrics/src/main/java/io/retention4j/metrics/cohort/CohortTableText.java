package io.retention4j.metrics.cohort;

import java.util.Locale;

/**
 * The text forms of a cohort table: the readable grid and the long-form CSV.
 */
final class CohortTableText {
    private static final int MAX_ROWS = 60;
    private static final int MAX_COLUMNS = 24;

    private CohortTableText() {
    }

    static String grid(CohortTable table) {
        StringBuilder sb = new StringBuilder("Cohort retention: ").append(table.settings()).append('\n');
        int rows = table.cohortCount();
        if (rows == 0) {
            return sb.append("(no cohorts)\n").toString();
        }
        sb.append("rates as % of cohort size; * = incomplete (period not ended), left out of averages\n");
        int shownColumns = Math.min(table.columnCount(), MAX_COLUMNS);
        int labelWidth = "pooled".length();
        for (int i = 0; i < rows; i++) {
            labelWidth = Math.max(labelWidth, table.cohortLabel(i).length());
        }
        int cellWidth = 7;
        for (int c = 1; c < shownColumns; c++) {
            cellWidth = Math.max(cellWidth, table.columnLabel(c).length() + 1);
        }
        RetentionCurve pooled = table.curve(Averaging.POOLED);
        int sizeWidth = Math.max(5, String.format(Locale.ROOT, "%,d", pooled.members(0)).length());
        sb.append(pad("cohort", -labelWidth)).append(' ').append(pad("size", sizeWidth)).append(' ');
        for (int c = 1; c < shownColumns; c++) {
            sb.append(' ').append(pad(table.columnLabel(c), cellWidth)).append(' ');
        }
        trimEnd(sb);
        sb.append('\n');
        int shownRows = Math.min(rows, MAX_ROWS);
        int emptyRows = 0;
        for (int i = 0; i < shownRows; i++) {
            if (table.size(i) == 0) {
                emptyRows++; // a cohort nobody started in has no rates to show
                continue;
            }
            sb.append(pad(table.cohortLabel(i), -labelWidth)).append(' ')
                    .append(pad(String.format(Locale.ROOT, "%,d", table.size(i)), sizeWidth)).append(mark(table, i, 0));
            int observed = Math.min(table.observedColumns(i), shownColumns);
            for (int c = 1; c < observed; c++) {
                sb.append(' ').append(pad(percent(table.rate(i, c)), cellWidth)).append(mark(table, i, c));
            }
            trimEnd(sb);
            sb.append('\n');
        }
        if (shownRows < rows) {
            sb.append("... ").append(rows - shownRows).append(" more cohorts\n");
        }
        if (emptyRows > 0) {
            sb.append("(").append(emptyRows).append(emptyRows == 1 ? " empty cohort" : " empty cohorts")
                    .append(" not shown)\n");
        }
        sb.append(pad("pooled", -labelWidth)).append(' ')
                .append(pad(String.format(Locale.ROOT, "%,d", pooled.members(0)), sizeWidth)).append(' ');
        for (int c = 1; c < shownColumns; c++) {
            sb.append(' ').append(pad(percent(pooled.value(c)), cellWidth)).append(' ');
        }
        trimEnd(sb);
        sb.append('\n');
        if (shownColumns < table.columnCount()) {
            sb.append("... ").append(table.columnCount() - shownColumns).append(" more columns\n");
        }
        return sb.toString();
    }

    static String csv(CohortTable table) {
        StringBuilder sb = new StringBuilder("cohort,cohort_start,column,first_period,last_period,size,count,rate,complete\n");
        for (int i = 0; i < table.cohortCount(); i++) {
            int size = table.size(i);
            for (int c = 0; c < table.observedColumns(i); c++) {
                sb.append(table.cohortLabel(i)).append(',').append(table.cohortStart(i)).append(',')
                        .append(table.columnLabel(c)).append(',').append(table.firstPeriod(c)).append(',')
                        .append(table.lastPeriod(c)).append(',').append(size).append(',').append(table.count(i, c))
                        .append(',');
                if (size > 0) {
                    sb.append(table.rate(i, c));
                }
                sb.append(',').append(table.isComplete(i, c)).append('\n');
            }
        }
        return sb.toString();
    }

    private static char mark(CohortTable table, int cohort, int column) {
        return table.isComplete(cohort, column) ? ' ' : '*';
    }

    private static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    /** Right-aligns in {@code width} characters, or left-aligns for a negative width. */
    private static String pad(String text, int width) {
        int w = Math.abs(width);
        if (text.length() >= w) {
            return text;
        }
        String spaces = " ".repeat(w - text.length());
        return width < 0 ? text + spaces : spaces + text;
    }
}
