package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;

/**
 * One rule of a {@link SegmentMap}: customers whose three scores all lie in the ranges belong to the
 * segment, unless an earlier rule took them first.
 *
 * @param segment   the segment name, non-blank
 * @param recency   the recency scores
 * @param frequency the frequency scores
 * @param monetary  the monetary scores
 */
public record SegmentRule(String segment, ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {
    /**
     * Validates the rule.
     *
     * @param segment   the segment name, non-blank
     * @param recency   the recency scores, non-null
     * @param frequency the frequency scores, non-null
     * @param monetary  the monetary scores, non-null
     */
    public SegmentRule {
        Checks.notBlank("segment", segment);
        Checks.notNull("recency", recency);
        Checks.notNull("frequency", frequency);
        Checks.notNull("monetary", monetary);
    }

    /**
     * Whether a score triple matches the rule (regardless of earlier rules).
     *
     * @param r the recency score
     * @param f the frequency score
     * @param m the monetary score
     * @return true when each score lies in its range
     */
    public boolean matches(int r, int f, int m) {
        return recency.contains(r) && frequency.contains(f) && monetary.contains(m);
    }

    /**
     * The number of cells the rule's box spans: the product of the three range widths.
     *
     * @return the count
     */
    public int boxCells() {
        return recency.width() * frequency.width() * monetary.width();
    }

    @Override
    public String toString() {
        return segment + ": R " + recency + ", F " + frequency + ", M " + monetary;
    }
}
