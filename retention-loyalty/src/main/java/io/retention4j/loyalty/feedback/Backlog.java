package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The unresolved cases at an instant, by owner and category: the cases opened at or before
 * {@code asOf} whose state at {@code asOf} was OPEN or IN_PROGRESS (from their history), under their
 * current category and owner. Breached as in {@link FeedbackCase#breachedAt(Instant)}.
 *
 * @param asOf the instant
 * @param rows one row per owner and category with at least one unresolved case, by owner then category
 */
public record Backlog(Instant asOf, List<Row> rows) {
    /**
     * Validates the fields.
     *
     * @param asOf not null
     * @param rows not null; copied
     */
    public Backlog {
        Require.notNull("backlog.asOf", asOf);
        rows = List.copyOf(Require.notNull("backlog.rows", rows));
    }

    /**
     * The unresolved cases of one owner in one category.
     *
     * @param owner      the owner
     * @param categoryId the category
     * @param open       cases OPEN at {@code asOf}
     * @param inProgress cases IN_PROGRESS at {@code asOf}
     * @param breached   of these, the cases past their due instant
     */
    public record Row(String owner, String categoryId, int open, int inProgress, int breached) {
        /**
         * Validates the counts.
         *
         * @param owner      non-blank
         * @param categoryId non-blank
         * @param open       0 or more
         * @param inProgress 0 or more
         * @param breached   0..open+inProgress
         */
        public Row {
            Require.notBlank("backlog.owner", owner);
            Require.notBlank("backlog.categoryId", categoryId);
            Require.nonNegative("backlog.open", open);
            Require.nonNegative("backlog.inProgress", inProgress);
            Checks.inRange("backlog.breached", breached, 0, open + inProgress);
        }

        /**
         * The unresolved cases of the row.
         *
         * @return {@code open + inProgress}
         */
        public int unresolved() {
            return open + inProgress;
        }
    }

    /**
     * The backlog of some cases.
     *
     * @param cases the cases
     * @param asOf  the instant
     * @return the backlog
     */
    public static Backlog of(Collection<FeedbackCase> cases, Instant asOf) {
        Require.notNull("cases", cases);
        Require.notNull("asOf", asOf);
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (FeedbackCase c : cases) {
            CaseState state = c.stateAt(asOf);
            if (state == null || state.resolved()) {
                continue;
            }
            int[] cell = counts.computeIfAbsent(c.owner(), k -> new TreeMap<>()).computeIfAbsent(c.categoryId(), k -> new int[3]);
            cell[state == CaseState.OPEN ? 0 : 1]++;
            if (asOf.isAfter(c.dueAt())) {
                cell[2]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((owner, byCategory) -> byCategory.forEach((category, cell) ->
                rows.add(new Row(owner, category, cell[0], cell[1], cell[2]))));
        return new Backlog(asOf, rows);
    }

    /**
     * All unresolved cases.
     *
     * @return the sum of the rows' OPEN and IN_PROGRESS cases; 0 when there is no row
     */
    public int unresolved() {
        return rows.stream().mapToInt(Row::unresolved).sum();
    }

    /**
     * All breached cases.
     *
     * @return the sum of the rows' breached cases; 0 when there is no row
     */
    public int breached() {
        return rows.stream().mapToInt(Row::breached).sum();
    }

    /**
     * Unresolved cases per owner.
     *
     * @return owner to count, by owner; owners without unresolved cases are absent
     */
    public Map<String, Integer> byOwner() {
        Map<String, Integer> m = new TreeMap<>();
        rows.forEach(r -> m.merge(r.owner(), r.unresolved(), Integer::sum));
        return m;
    }

    /**
     * Unresolved cases per category.
     *
     * @return category to count, by category id; categories without unresolved cases are absent
     */
    public Map<String, Integer> byCategory() {
        Map<String, Integer> m = new TreeMap<>();
        rows.forEach(r -> m.merge(r.categoryId(), r.unresolved(), Integer::sum));
        return m;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Backlog as of ").append(asOf).append(": ").append(unresolved())
                .append(" unresolved, ").append(breached()).append(" breached");
        if (rows.isEmpty()) {
            return s.toString();
        }
        int ownerWidth = Math.max("owner".length(), rows.stream().mapToInt(r -> r.owner().length()).max().orElse(0));
        int categoryWidth = Math.max("category".length(), rows.stream().mapToInt(r -> r.categoryId().length()).max().orElse(0));
        String format = "\n  %-" + ownerWidth + "s  %-" + categoryWidth + "s  %4s  %11s  %8s";
        s.append(String.format(format, "owner", "category", "open", "in progress", "breached"));
        for (Row r : rows) {
            s.append(String.format(format, r.owner(), r.categoryId(), r.open(), r.inProgress(), r.breached()));
        }
        return s.toString();
    }
}
