package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How many cases a category has in a report.
 *
 * @param categoryId the category
 * @param count      the number of cases, at least 1
 */
public record CategoryCount(String categoryId, int count) {
    /** Most first; ties by category id. */
    static final Comparator<CategoryCount> RANK =
            Comparator.comparingInt(CategoryCount::count).reversed().thenComparing(CategoryCount::categoryId);

    /**
     * Validates the fields.
     *
     * @param categoryId non-blank
     * @param count      positive
     */
    public CategoryCount {
        Require.notBlank("categoryCount.categoryId", categoryId);
        Require.positive("categoryCount.count", count);
    }

    /** Counts ranked: most first, ties by category id. */
    static List<CategoryCount> ranked(Map<String, Integer> counts) {
        List<CategoryCount> list = new ArrayList<>();
        counts.forEach((id, n) -> list.add(new CategoryCount(id, n)));
        list.sort(RANK);
        return List.copyOf(list);
    }

    /** "a 3, b 1" (or "none"). */
    static String text(List<CategoryCount> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (CategoryCount c : counts) {
            s.append(s.length() > 0 ? ", " : "").append(c);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return categoryId + " " + count;
    }
}
