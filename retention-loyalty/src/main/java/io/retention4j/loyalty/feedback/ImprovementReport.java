package io.retention4j.loyalty.feedback;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published "feedback improvement report": what was fixed in each calendar period, from the
 * resolved cases. A case counts when it is RESOLVED or CLOSED, once, in the period (in the period's
 * zone) that contains its latest resolution's instant (a case reopened and resolved again counts at
 * its last resolution), under its current category. Periods without a resolution are left out.
 *
 * @param period   how instants were grouped: calendar days, weeks or months in a zone
 * @param examples the most resolution examples given per category and period
 * @param periods  the periods with at least one resolution, in order
 */
public record ImprovementReport(CalendarPeriod period, int examples, List<Fixed> periods) {
    /**
     * Validates the fields.
     *
     * @param period   a calendar period
     * @param examples 0 or more
     * @param periods  not null; copied
     */
    public ImprovementReport {
        Periods.calendar(period);
        Require.nonNegative("examples", examples);
        periods = List.copyOf(Require.notNull("report.periods", periods));
    }

    /**
     * What was fixed in one period.
     *
     * @param start        the period's first local day
     * @param resolved     the cases resolved in it, at least 1
     * @param late         of these, the cases resolved after their due instant
     * @param medianTime   the median of their times to resolve ({@link FeedbackCase#timeToResolve()}): the
     *                     middle one for an odd count, the mean of the two middle ones for an even count
     *                     (rounded down to the nanosecond)
     * @param byCategory   the resolved cases per category, most first, ties by category id
     * @param resolutions  up to {@code examples} resolutions per category, categories in the order of
     *                     {@code byCategory}, the earliest resolutions of each first
     */
    public record Fixed(LocalDate start, int resolved, int late, Duration medianTime, List<CategoryCount> byCategory,
                        List<Example> resolutions) {
        /**
         * Validates the fields.
         *
         * @param start       not null
         * @param resolved    positive
         * @param late        0..resolved
         * @param medianTime  not null, not negative
         * @param byCategory  counts summing to {@code resolved}; copied
         * @param resolutions not null; copied
         */
        public Fixed {
            Require.notNull("fixed.start", start);
            Require.positive("fixed.resolved", resolved);
            Checks.inRange("fixed.late", late, 0, resolved);
            Require.notNull("fixed.medianTime", medianTime);
            if (medianTime.isNegative()) {
                throw new IllegalArgumentException("fixed.medianTime must not be negative, got " + medianTime);
            }
            byCategory = List.copyOf(Require.notNull("fixed.byCategory", byCategory));
            resolutions = List.copyOf(Require.notNull("fixed.resolutions", resolutions));
            int sum = byCategory.stream().mapToInt(CategoryCount::count).sum();
            if (sum != resolved) {
                throw new IllegalArgumentException("fixed.resolved " + resolved + " must be the sum of the counts, " + sum);
            }
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder().append(start).append(": ").append(resolved).append(" fixed (")
                    .append(CategoryCount.text(byCategory)).append("), median time to resolve ")
                    .append(Checks.text(medianTime)).append(", ").append(late).append(" late");
            for (Example e : resolutions) {
                s.append("\n    - ").append(e);
            }
            return s.toString();
        }
    }

    /**
     * One resolution, as an example of what changed.
     *
     * @param caseId     the case
     * @param categoryId its category
     * @param resolvedAt when it was resolved
     * @param text       what changed
     */
    public record Example(String caseId, String categoryId, Instant resolvedAt, String text) {
        /**
         * Validates the fields.
         *
         * @param caseId     non-blank
         * @param categoryId non-blank
         * @param resolvedAt not null
         * @param text       non-blank
         */
        public Example {
            Require.notBlank("example.caseId", caseId);
            Require.notBlank("example.categoryId", categoryId);
            Require.notNull("example.resolvedAt", resolvedAt);
            Require.notBlank("example.text", text);
        }

        @Override
        public String toString() {
            return categoryId + " (case " + caseId + "): " + text;
        }
    }

    /**
     * The report over some cases.
     *
     * @param cases    the cases; unresolved ones are ignored
     * @param period   calendar days, weeks or months in a zone
     * @param examples the most resolution examples per category and period, 0 or more
     * @return the report
     */
    public static ImprovementReport of(Collection<FeedbackCase> cases, CalendarPeriod period, int examples) {
        Require.notNull("cases", cases);
        Periods.calendar(period);
        Require.nonNegative("examples", examples);
        TreeMap<LocalDate, List<FeedbackCase>> byPeriod = new TreeMap<>();
        for (FeedbackCase c : cases) {
            if (c.state().resolved()) {
                byPeriod.computeIfAbsent(Periods.start(period, c.resolution().at()), k -> new ArrayList<>()).add(c);
            }
        }
        List<Fixed> periods = new ArrayList<>();
        byPeriod.forEach((start, resolved) -> periods.add(fixed(start, resolved, examples)));
        return new ImprovementReport(period, examples, periods);
    }

    private static Fixed fixed(LocalDate start, List<FeedbackCase> resolved, int examples) {
        resolved.sort(Comparator.comparing((FeedbackCase c) -> c.resolution().at()).thenComparing(FeedbackCase::id));
        Map<String, Integer> counts = new HashMap<>();
        List<Duration> times = new ArrayList<>();
        int late = 0;
        for (FeedbackCase c : resolved) {
            counts.merge(c.categoryId(), 1, Integer::sum);
            times.add(c.timeToResolve());
            late += c.resolvedLate() ? 1 : 0;
        }
        List<CategoryCount> ranked = CategoryCount.ranked(counts);
        List<Example> shown = new ArrayList<>();
        for (CategoryCount category : ranked) {
            resolved.stream().filter(c -> c.categoryId().equals(category.categoryId())).limit(examples)
                    .forEach(c -> shown.add(new Example(c.id(), c.categoryId(), c.resolution().at(), c.resolution().text())));
        }
        return new Fixed(start, resolved.size(), late, median(times), ranked, shown);
    }

    /** The middle duration, or the mean of the two middle ones; the list is not empty. */
    static Duration median(List<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /**
     * All cases resolved in the report.
     *
     * @return the sum of the periods' resolved cases; 0 when no case was resolved
     */
    public int resolved() {
        return periods.stream().mapToInt(Fixed::resolved).sum();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Feedback improvement report by ").append(period).append(": ")
                .append(resolved()).append(" cases fixed");
        for (Fixed f : periods) {
            s.append("\n  ").append(f);
        }
        return s.toString();
    }
}
