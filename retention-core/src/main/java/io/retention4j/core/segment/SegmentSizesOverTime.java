package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Rule-segment sizes at several instants, each from profiles rebuilt as of that instant
 * ({@link RuleSegments#sizesOverTime}). Immutable.
 */
public final class SegmentSizesOverTime {
    private final List<String> segments;
    private final List<Instant> instants;
    private final int[][] sizes;        // [instant][segment]
    private final int[] population;

    SegmentSizesOverTime(List<String> segments, List<Instant> instants, int[][] sizes, int[] population) {
        this.segments = List.copyOf(segments);
        this.instants = List.copyOf(instants);
        this.sizes = sizes;
        this.population = population;
    }

    /**
     * The segment names.
     *
     * @return the names in definition order
     */
    public List<String> segments() {
        return segments;
    }

    /**
     * The instants, ascending.
     *
     * @return the instants
     */
    public List<Instant> instants() {
        return instants;
    }

    /**
     * The size of a segment at each instant.
     *
     * @param segment a segment name
     * @return one size per instant, in instant order
     * @throws NoSuchElementException when there is no such segment
     */
    public int[] series(String segment) {
        int s = segments.indexOf(Checks.notNull("segment", segment));
        if (s < 0) {
            throw new NoSuchElementException("no segment '" + segment + "'; the segments are " + segments);
        }
        int[] out = new int[instants.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = sizes[t][s];
        }
        return out;
    }

    /**
     * The number of customers in the profiles at each instant.
     *
     * @return one count per instant
     */
    public int[] population() {
        return population.clone();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SegmentSizesOverTime[").append(segments.size()).append(" segments at ")
                .append(instants.size()).append(" instants]\n");
        sb.append(String.format(Locale.ROOT, "  %-24s %10s", "as of", "customers"));
        for (String s : segments) {
            sb.append(String.format(Locale.ROOT, " %" + Math.max(8, s.length()) + "s", s));
        }
        sb.append('\n');
        for (int t = 0; t < instants.size(); t++) {
            sb.append(String.format(Locale.ROOT, "  %-24s %,10d", instants.get(t), population[t]));
            for (int s = 0; s < segments.size(); s++) {
                sb.append(String.format(Locale.ROOT, " %," + Math.max(8, segments.get(s).length()) + "d", sizes[t][s]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
