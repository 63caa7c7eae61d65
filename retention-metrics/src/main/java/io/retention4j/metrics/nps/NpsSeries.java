package io.retention4j.metrics.nps;

import io.retention4j.core.time.CalendarPeriod;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Net Promoter Scores per period, consecutive from the first period with an answer to the last
 * (periods without answers are present and empty). Immutable.
 */
public final class NpsSeries {
    /**
     * One period of the series.
     *
     * @param start  the local start of the period
     * @param result the NPS of the answers given in it
     */
    public record Point(LocalDateTime start, NpsResult result) {
    }

    private final CalendarPeriod period;
    private final List<Point> points;

    private NpsSeries(CalendarPeriod period, List<Point> points) {
        this.period = period;
        this.points = Collections.unmodifiableList(points);
    }

    static NpsSeries of(CalendarPeriod period, TreeMap<Long, NpsAccumulator> byPeriod) {
        List<Point> points = new ArrayList<>();
        if (!byPeriod.isEmpty()) {
            for (long p = byPeriod.firstKey(); p <= byPeriod.lastKey(); p++) {
                NpsAccumulator acc = byPeriod.get(p);
                points.add(new Point(period.start(p), acc == null ? NpsResult.of(0, 0, 0) : acc.result()));
            }
        }
        return new NpsSeries(period, points);
    }

    /**
     * The grouping of answers in time.
     *
     * @return the period
     */
    public CalendarPeriod period() {
        return period;
    }

    /**
     * The periods in time order.
     *
     * @return the points (empty when there were no answers)
     */
    public List<Point> points() {
        return points;
    }

    /**
     * The change from each period to the next: {@code points[i+1] - points[i]}.
     *
     * @return one difference per consecutive pair
     */
    public List<NpsDifference> changes() {
        List<NpsDifference> out = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            out.add(points.get(i).result().minus(points.get(i - 1).result()));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NPS by " + period + "\n");
        sb.append(String.format(Locale.ROOT, "%-20s %8s %8s %15s%n", "period start", "answers", "NPS", "95% CI"));
        for (Point p : points) {
            NpsResult r = p.result();
            if (r.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "%-20s %8d %8s%n", p.start(), 0, "-"));
            } else {
                double[] ci = r.confidenceInterval(0.95);
                sb.append(String.format(Locale.ROOT, "%-20s %8d %8.1f %7.1f..%5.1f%n", p.start(), r.count(),
                        r.score(), ci[0], ci[1]));
            }
        }
        return sb.toString();
    }
}
