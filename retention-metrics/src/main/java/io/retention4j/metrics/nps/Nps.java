package io.retention4j.metrics.nps;

import io.retention4j.core.model.Feedback;
import io.retention4j.core.time.CalendarPeriod;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Net Promoter Scores of feedback: overall, by segment and over time. See {@link NpsResult} for the
 * definitions and the empty-input result.
 *
 * <pre>{@code
 * NpsResult all = Nps.of(feedback);
 * NpsBreakdown byChannel = Nps.bySegment(feedback, f -> f.channel() == null ? "unknown" : f.channel());
 * NpsSeries monthly = Nps.overTime(feedback, CalendarPeriod.months(zone));
 * }</pre>
 */
public final class Nps {
    private Nps() {
    }

    /**
     * The NPS of a collection of answers.
     *
     * @param feedback the answers
     * @return the result
     */
    public static NpsResult of(Collection<Feedback> feedback) {
        NpsAccumulator acc = new NpsAccumulator();
        for (Feedback f : Objects.requireNonNull(feedback, "feedback")) {
            acc.add(f);
        }
        return acc.result();
    }

    /**
     * The NPS of raw scores.
     *
     * @param scores scores in 0..10
     * @return the result
     * @throws IllegalArgumentException naming the index of a score outside 0..10
     */
    public static NpsResult of(int[] scores) {
        return new NpsAccumulator().addAll(Objects.requireNonNull(scores, "scores")).result();
    }

    /**
     * The NPS of each segment.
     *
     * @param feedback  the answers
     * @param segmentOf the segment of an answer (for example its channel, or the customer's tier);
     *                  must not return null
     * @return one result per segment, segments in natural order
     */
    public static NpsBreakdown bySegment(Collection<Feedback> feedback, Function<Feedback, String> segmentOf) {
        Objects.requireNonNull(segmentOf, "segmentOf");
        Map<String, NpsAccumulator> bySegment = new TreeMap<>();
        for (Feedback f : Objects.requireNonNull(feedback, "feedback")) {
            String segment = segmentOf.apply(f);
            if (segment == null) {
                throw new IllegalArgumentException("segmentOf returned null for the answer of customer '"
                        + f.customerId() + "' at " + f.at());
            }
            bySegment.computeIfAbsent(segment, s -> new NpsAccumulator()).add(f);
        }
        Map<String, NpsResult> results = new TreeMap<>();
        bySegment.forEach((segment, acc) -> results.put(segment, acc.result()));
        return new NpsBreakdown(results);
    }

    /**
     * The NPS of each period, from the first period with an answer to the last; periods between them
     * without answers are present and empty.
     *
     * @param feedback the answers
     * @param period   how answers are grouped in time (calendar months in a zone, weeks, days...)
     * @return the series
     */
    public static NpsSeries overTime(Collection<Feedback> feedback, CalendarPeriod period) {
        Objects.requireNonNull(period, "period");
        TreeMap<Long, NpsAccumulator> byPeriod = new TreeMap<>();
        for (Feedback f : Objects.requireNonNull(feedback, "feedback")) {
            byPeriod.computeIfAbsent(period.indexOf(f.at()), p -> new NpsAccumulator()).add(f);
        }
        return NpsSeries.of(period, byPeriod);
    }
}
