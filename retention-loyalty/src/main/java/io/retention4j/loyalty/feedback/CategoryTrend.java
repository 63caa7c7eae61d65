package io.retention4j.loyalty.feedback;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The most frequent feedback categories per calendar period, so the most frequent feedback gets fixed
 * first. A case counts once, in the period (in the period's zone) that contains its response's
 * {@link Response#at()} (when the customer said it, not when it was recorded), under its current
 * category (re-categorisations are corrections and apply retroactively). Every case counts, whatever
 * its state, fallback category included.
 *
 * @param period  how instants were grouped: calendar days, weeks (with their start day) or months in a zone
 * @param from    the first instant counted (inclusive), or null for no lower bound
 * @param to      the end of the counted time (exclusive), or null for no upper bound
 * @param periods every period from the first case's to the last case's, in order, including periods with
 *                no case (total 0); empty when no case was counted
 * @param overall the counts over all periods, ranked
 */
public record CategoryTrend(CalendarPeriod period, Instant from, Instant to, List<PeriodCounts> periods,
                            List<CategoryCount> overall) {
    /**
     * Validates the fields.
     *
     * @param period  a calendar period
     * @param from    null or an instant
     * @param to      null or an instant after {@code from}
     * @param periods not null; copied
     * @param overall not null; copied
     */
    public CategoryTrend {
        Periods.calendar(period);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("trend 'to' " + to + " must be after 'from' " + from);
        }
        periods = List.copyOf(Require.notNull("trend.periods", periods));
        overall = List.copyOf(Require.notNull("trend.overall", overall));
    }

    /**
     * The counts of one period.
     *
     * @param start  the period's first local day
     * @param total  the cases counted in it, 0 or more
     * @param ranked the categories' counts, most first, ties by category id; empty when total is 0
     */
    public record PeriodCounts(LocalDate start, int total, List<CategoryCount> ranked) {
        /**
         * Validates the fields.
         *
         * @param start  not null
         * @param total  the sum of {@code ranked}'s counts
         * @param ranked not null; copied
         */
        public PeriodCounts {
            Require.notNull("periodCounts.start", start);
            ranked = List.copyOf(Require.notNull("periodCounts.ranked", ranked));
            int sum = ranked.stream().mapToInt(CategoryCount::count).sum();
            if (sum != total) {
                throw new IllegalArgumentException("periodCounts.total " + total + " must be the sum of the counts, " + sum);
            }
        }

        /**
         * The most frequent category of the period.
         *
         * @return its id (ties: the smallest id), or null when the period had no case
         */
        public String mostFrequent() {
            return ranked.isEmpty() ? null : ranked.get(0).categoryId();
        }

        @Override
        public String toString() {
            return start + " " + total + ": " + CategoryCount.text(ranked);
        }
    }

    /**
     * Counts cases per period and category.
     *
     * @param cases  the cases
     * @param period calendar days, weeks or months in a zone
     * @param from   the first instant counted (inclusive), or null
     * @param to     the end (exclusive), or null
     * @return the trend
     */
    public static CategoryTrend of(Collection<FeedbackCase> cases, CalendarPeriod period, Instant from, Instant to) {
        Require.notNull("cases", cases);
        Periods.calendar(period);
        TreeMap<LocalDate, Map<String, Integer>> byPeriod = new TreeMap<>();
        Map<String, Integer> overall = new HashMap<>();
        for (FeedbackCase c : cases) {
            Instant at = c.response().at();
            if ((from != null && at.isBefore(from)) || (to != null && !at.isBefore(to))) {
                continue;
            }
            byPeriod.computeIfAbsent(Periods.start(period, at), k -> new HashMap<>()).merge(c.categoryId(), 1, Integer::sum);
            overall.merge(c.categoryId(), 1, Integer::sum);
        }
        List<PeriodCounts> periods = new ArrayList<>();
        if (!byPeriod.isEmpty()) {
            for (LocalDate start = byPeriod.firstKey(); !start.isAfter(byPeriod.lastKey()); start = Periods.next(period, start)) {
                Map<String, Integer> counts = byPeriod.getOrDefault(start, Map.of());
                periods.add(new PeriodCounts(start, counts.values().stream().mapToInt(Integer::intValue).sum(),
                        CategoryCount.ranked(counts)));
            }
        }
        return new CategoryTrend(period, from, to, periods, CategoryCount.ranked(overall));
    }

    /**
     * The most frequent categories over all periods.
     *
     * @param n how many, at least 1
     * @return up to {@code n} counts, most first; empty when no case was counted
     */
    public List<CategoryCount> top(int n) {
        Require.positive("n", n);
        return overall.subList(0, Math.min(n, overall.size()));
    }

    /**
     * The number of cases counted.
     *
     * @return the sum of the overall counts; 0 when no case was counted
     */
    public int total() {
        return overall.stream().mapToInt(CategoryCount::count).sum();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Most frequent feedback categories by ").append(period).append(": ")
                .append(total()).append(" cases");
        if (from != null || to != null) {
            s.append(" from ").append(from == null ? "the start" : from).append(" to ").append(to == null ? "the end" : to);
        }
        s.append("\n  overall: ").append(CategoryCount.text(overall));
        for (PeriodCounts p : periods) {
            s.append("\n  ").append(p);
        }
        return s.toString();
    }
}
