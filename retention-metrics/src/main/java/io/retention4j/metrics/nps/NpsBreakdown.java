package io.retention4j.metrics.nps;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Net Promoter Scores by segment. Immutable; segments in natural order.
 */
public final class NpsBreakdown {
    private final Map<String, NpsResult> results;

    NpsBreakdown(Map<String, NpsResult> results) {
        this.results = Collections.unmodifiableMap(results);
    }

    /**
     * All segments and their results.
     *
     * @return an unmodifiable map in segment order
     */
    public Map<String, NpsResult> results() {
        return results;
    }

    /**
     * The result of a segment.
     *
     * @param segment a segment name
     * @return its result
     * @throws NoSuchElementException when no answer fell into the segment
     */
    public NpsResult get(String segment) {
        NpsResult r = results.get(segment);
        if (r == null) {
            throw new NoSuchElementException("no answers in segment '" + segment + "'; segments are "
                    + results.keySet());
        }
        return r;
    }

    /**
     * The difference between two segments' scores.
     *
     * @param a a segment
     * @param b another segment
     * @return score(a) - score(b) with its uncertainty
     */
    public NpsDifference difference(String a, String b) {
        return get(a).minus(get(b));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %8s %8s %15s%n", "segment", "answers",
                "NPS", "95% CI"));
        results.forEach((segment, r) -> {
            double[] ci = r.confidenceInterval(0.95);
            sb.append(String.format(Locale.ROOT, "%-20s %8d %8.1f %7.1f..%5.1f%n", segment, r.count(), r.score(),
                    ci[0], ci[1]));
        });
        return sb.toString();
    }
}
