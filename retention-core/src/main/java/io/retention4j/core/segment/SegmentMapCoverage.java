package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * How the rules of a {@link SegmentMap} divide the n^3 cells of the score cube:
 * <ul>
 *   <li>the cells each segment takes (its box minus the cells earlier rules take first);</li>
 *   <li>the cells no rule matches, which fall to the "other" segment;</li>
 *   <li>overlaps: for a rule and an earlier rule, the cells of the rule's box that the earlier one
 *       takes (counted against the rule that actually takes the cell);</li>
 *   <li>unreachable segments: rules that take no cell because earlier rules take all of theirs.</li>
 * </ul>
 * Immutable.
 */
public final class SegmentMapCoverage {
    private final int levels;
    private final String other;
    private final Map<String, Integer> cells = new LinkedHashMap<>();
    private final Map<String, Integer> boxCells = new LinkedHashMap<>();
    private final List<ScoreCell> uncovered = new ArrayList<>();
    private final List<String> unreachable = new ArrayList<>();
    private final List<Overlap> overlaps = new ArrayList<>();

    /**
     * Cells of one segment's box that an earlier rule takes.
     *
     * @param segment the later rule's segment
     * @param takenBy the earlier rule's segment that takes them
     * @param cells   how many cells, {@code >= 1}
     */
    public record Overlap(String segment, String takenBy, int cells) {
        @Override
        public String toString() {
            return segment + " loses " + cells + (cells == 1 ? " cell" : " cells") + " to " + takenBy;
        }
    }

    SegmentMapCoverage(SegmentMap map) {
        this.levels = map.levels();
        this.other = map.otherName();
        List<SegmentRule> rules = map.rules();
        int[][] lost = new int[rules.size()][rules.size()];
        for (SegmentRule r : rules) {
            cells.put(r.segment(), 0);
            boxCells.put(r.segment(), r.boxCells());
        }
        for (int r = 1; r <= levels; r++) {
            for (int f = 1; f <= levels; f++) {
                for (int m = 1; m <= levels; m++) {
                    int winner = map.ruleIndex(r, f, m);
                    if (winner < 0) {
                        uncovered.add(new ScoreCell(r, f, m));
                        continue;
                    }
                    cells.merge(rules.get(winner).segment(), 1, Integer::sum);
                    for (int k = winner + 1; k < rules.size(); k++) {
                        if (rules.get(k).matches(r, f, m)) {
                            lost[k][winner]++;
                        }
                    }
                }
            }
        }
        cells.put(other, uncovered.size());
        for (int k = 0; k < rules.size(); k++) {
            String name = rules.get(k).segment();
            if (cells.get(name) == 0) {
                unreachable.add(name);
            }
            for (int w = 0; w < k; w++) {
                if (lost[k][w] > 0) {
                    overlaps.add(new Overlap(name, rules.get(w).segment(), lost[k][w]));
                }
            }
        }
    }

    /**
     * The number of cells of the score cube.
     *
     * @return n^3
     */
    public int totalCells() {
        return levels * levels * levels;
    }

    /**
     * The cells a segment takes.
     *
     * @param segment a segment name of the map, or its "other" name
     * @return the cells it takes (for "other": the uncovered cells)
     * @throws NoSuchElementException when the map has no such segment
     */
    public int cells(String segment) {
        Integer c = cells.get(Checks.notNull("segment", segment));
        if (c == null) {
            throw new NoSuchElementException("no segment '" + segment + "'; the segments are " + cells.keySet());
        }
        return c;
    }

    /**
     * The cells each segment takes, in rule order, "other" last. The values sum to
     * {@link #totalCells()}.
     *
     * @return an unmodifiable map
     */
    public Map<String, Integer> cellsBySegment() {
        return Collections.unmodifiableMap(cells);
    }

    /**
     * The cells no rule matches, ascending by code.
     *
     * @return an unmodifiable list (empty when coverage is complete)
     */
    public List<ScoreCell> uncoveredCells() {
        return Collections.unmodifiableList(uncovered);
    }

    /**
     * Whether every cell belongs to a named segment.
     *
     * @return true when no cell falls to "other"
     */
    public boolean isComplete() {
        return uncovered.isEmpty();
    }

    /**
     * The segments that take no cell because earlier rules take all of theirs, in rule order.
     *
     * @return an unmodifiable list
     */
    public List<String> unreachableSegments() {
        return Collections.unmodifiableList(unreachable);
    }

    /**
     * Cells of a rule's box that an earlier rule takes, by rule order of the later rule.
     *
     * @return an unmodifiable list (empty when the boxes are disjoint)
     */
    public List<Overlap> overlaps() {
        return Collections.unmodifiableList(overlaps);
    }

    /**
     * One line: cells covered, uncovered, unreachable segments, overlaps.
     *
     * @return the summary
     */
    public String summary() {
        int covered = totalCells() - uncovered.size();
        return String.format(Locale.ROOT, "coverage: %d of %d cells named, %d to '%s'%s, %d unreachable%s, %d %s",
                covered, totalCells(), uncovered.size(), other,
                uncovered.isEmpty() ? "" : " " + abbreviated(uncovered),
                unreachable.size(), unreachable.isEmpty() ? "" : " " + unreachable,
                overlaps.size(), overlaps.size() == 1 ? "overlap" : "overlaps");
    }

    private static String abbreviated(List<ScoreCell> list) {
        return list.size() <= 12 ? list.toString()
                : list.subList(0, 12).toString().replace("]", ", ... " + (list.size() - 12) + " more]");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SegmentMapCoverage[").append(summary()).append("]\n");
        int width = other.length();
        for (String s : cells.keySet()) {
            width = Math.max(width, s.length());
        }
        for (Map.Entry<String, Integer> e : cells.entrySet()) {
            Integer box = boxCells.get(e.getKey());
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %4d cells", e.getKey(), e.getValue()));
            if (box != null && box.intValue() != e.getValue()) {
                sb.append(" of a ").append(box).append("-cell box");
            }
            if (unreachable.contains(e.getKey())) {
                sb.append("  UNREACHABLE");
            }
            sb.append('\n');
        }
        for (Overlap o : overlaps) {
            sb.append("  overlap: ").append(o).append('\n');
        }
        return sb.toString();
    }
}
