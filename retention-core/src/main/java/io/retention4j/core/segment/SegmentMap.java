package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Named segments over RFM scores, as data: an ordered list of rules, each a box of recency,
 * frequency and monetary score ranges. A customer belongs to the segment of the first rule whose box
 * holds its scores, or to the "other" segment when none does. Built in code
 * ({@link #builder(String, int)}), read from and written to JSON ({@link #fromJson(String)},
 * {@link #toJson()}), or taken from the two built-in maps.
 *
 * <p>{@link #coverage()} says how the rules divide the n^3 score cells: the cells each segment
 * takes, the cells left to "other", overlaps (cells a rule's box holds but an earlier rule takes) and
 * unreachable segments (rules every cell of which an earlier rule takes).
 *
 * <p>JSON ({@code "format"} and {@code "version"} are optional on input; an omitted dimension means
 * every score; unknown fields are rejected with their path):
 * <pre>{@code
 * {"format": "retention4j-segment-map", "version": 1,
 *  "name": "rf-grid", "levels": 5, "other": "other",
 *  "rules": [
 *    {"segment": "champions", "recency": [5, 5], "frequency": [4, 5]},
 *    {"segment": "at risk", "recency": [1, 2], "frequency": [3, 4], "monetary": [1, 5]}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe. Assignment is a table lookup per customer.
 */
public final class SegmentMap {
    /** The format tag of the JSON form. */
    public static final String FORMAT = "retention4j-segment-map";

    private final String name;
    private final int levels;
    private final String other;
    private final List<SegmentRule> rules;
    private final byte[] table;       // cell -> rule index, -1 = other
    private final SegmentMapCoverage coverage;

    private SegmentMap(String name, int levels, String other, List<SegmentRule> rules) {
        this.name = name;
        this.levels = levels;
        this.other = other;
        this.rules = List.copyOf(rules);
        this.table = new byte[levels * levels * levels];
        Arrays.fill(table, (byte) -1);
        for (int r = 1; r <= levels; r++) {
            for (int f = 1; f <= levels; f++) {
                for (int m = 1; m <= levels; m++) {
                    for (int k = 0; k < this.rules.size(); k++) {
                        if (this.rules.get(k).matches(r, f, m)) {
                            table[cell(r, f, m)] = (byte) k;
                            break;
                        }
                    }
                }
            }
        }
        this.coverage = new SegmentMapCoverage(this);
    }

    private int cell(int r, int f, int m) {
        return ((r - 1) * levels + f - 1) * levels + m - 1;
    }

    /**
     * A builder.
     *
     * @param name   the map's name, non-blank
     * @param levels the number of scores per dimension, 2..9 (the maps apply only to scores with
     *               as many)
     * @return a new builder whose "other" segment is named {@code "other"}
     */
    public static Builder builder(String name, int levels) {
        return new Builder(name, levels);
    }

    /**
     * The widely used ten-segment recency/frequency grid on 5-point scores (monetary ignored), as
     * circulated in many RFM tutorials and notebooks (the {@code seg_map} of regular expressions over
     * the "RF" code, e.g. {@code '[1-2][1-2]': 'hibernating'}):
     * <pre>
     *   champions            R 5     F 4-5
     *   loyal customers      R 3-4   F 4-5
     *   potential loyalists  R 4-5   F 2-3
     *   new customers        R 5     F 1
     *   promising            R 4     F 1
     *   need attention       R 3     F 3
     *   about to sleep       R 3     F 1-2
     *   at risk              R 1-2   F 3-4
     *   can't lose them      R 1-2   F 5
     *   hibernating          R 1-2   F 1-2
     * </pre>
     * The boxes do not overlap and cover all 25 RF cells, so no customer is "other".
     *
     * @return the map, named {@code rf-grid}
     */
    public static SegmentMap recencyFrequencyGrid() {
        return builder("rf-grid", 5)
                .rule("champions", 5, 5, 4, 5)
                .rule("loyal customers", 3, 4, 4, 5)
                .rule("potential loyalists", 4, 5, 2, 3)
                .rule("new customers", 5, 5, 1, 1)
                .rule("promising", 4, 4, 1, 1)
                .rule("need attention", 3, 3, 3, 3)
                .rule("about to sleep", 3, 3, 1, 2)
                .rule("at risk", 1, 2, 3, 4)
                .rule("can't lose them", 1, 2, 5, 5)
                .rule("hibernating", 1, 2, 1, 2)
                .build();
    }

    /**
     * An eleven-segment RFM map on 5-point scores with a "lost" segment: the grid's segments, with
     * champions and can't-lose-them narrowed by monetary score as in R's {@code rfm} package vignette
     * (M 4-5), and the grid's hibernating split by recency into hibernating (R 2) and lost (R 1).
     * Rules in order (first match wins):
     * <pre>
     *   champions            R 4-5   F 4-5   M 4-5     8 cells
     *   loyal customers      R 3-5   F 4-5   M 1-5    22 cells (8 of its 30 go to champions)
     *   potential loyalists  R 4-5   F 2-3   M 1-5    20 cells
     *   new customers        R 5     F 1     M 1-5     5 cells
     *   promising            R 4     F 1     M 1-5     5 cells
     *   need attention       R 3     F 3     M 1-5     5 cells
     *   about to sleep       R 3     F 1-2   M 1-5    10 cells
     *   can't lose them      R 1-2   F 4-5   M 4-5     8 cells
     *   at risk              R 1-2   F 3-5   M 1-5    22 cells (8 of its 30 go to can't lose them)
     *   hibernating          R 2     F 1-2   M 1-5    10 cells
     *   lost                 R 1     F 1-2   M 1-5    10 cells
     * </pre>
     * Together 125 cells: full coverage, no unreachable segment.
     *
     * @return the map, named {@code rfm-11}
     */
    public static SegmentMap rfmWithLost() {
        return builder("rfm-11", 5)
                .rule("champions", 4, 5, 4, 5, 4, 5)
                .rule("loyal customers", 3, 5, 4, 5, 1, 5)
                .rule("potential loyalists", 4, 5, 2, 3, 1, 5)
                .rule("new customers", 5, 5, 1, 1, 1, 5)
                .rule("promising", 4, 4, 1, 1, 1, 5)
                .rule("need attention", 3, 3, 3, 3, 1, 5)
                .rule("about to sleep", 3, 3, 1, 2, 1, 5)
                .rule("can't lose them", 1, 2, 4, 5, 4, 5)
                .rule("at risk", 1, 2, 3, 5, 1, 5)
                .rule("hibernating", 2, 2, 1, 2, 1, 5)
                .rule("lost", 1, 1, 1, 2, 1, 5)
                .build();
    }

    /**
     * Reads a map from JSON text.
     *
     * @param json the document
     * @return the map
     * @throws SegmentJsonException for malformed JSON (with line and column) or an invalid or
     *                              unknown field (with line, column and path)
     */
    public static SegmentMap fromJson(String json) {
        return SegmentMapJson.read("segment map", Checks.notNull("json", json));
    }

    /**
     * Reads a map from a JSON file (UTF-8).
     *
     * @param path the file
     * @return the map
     * @throws IOException          when the file cannot be read
     * @throws SegmentJsonException as {@link #fromJson(String)}, naming the file
     */
    public static SegmentMap read(Path path) throws IOException {
        Checks.notNull("path", path);
        return SegmentMapJson.read(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * The JSON form; {@link #fromJson(String)} reads it back to an equal map.
     *
     * @return the document
     */
    public String toJson() {
        return SegmentMapJson.write(this);
    }

    /**
     * Writes the JSON form to a file (UTF-8), replacing it.
     *
     * @param path the file
     * @throws IOException when the file cannot be written
     */
    public void write(Path path) throws IOException {
        Files.writeString(Checks.notNull("path", path), toJson(), StandardCharsets.UTF_8);
    }

    /**
     * The map's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The number of scores per dimension the map is written for.
     *
     * @return n
     */
    public int levels() {
        return levels;
    }

    /**
     * The name of the segment of customers no rule matches.
     *
     * @return the name
     */
    public String otherName() {
        return other;
    }

    /**
     * The rules in order.
     *
     * @return an unmodifiable list
     */
    public List<SegmentRule> rules() {
        return rules;
    }

    /**
     * The segment names in rule order (without "other").
     *
     * @return the names
     */
    public List<String> segmentNames() {
        List<String> names = new ArrayList<>(rules.size());
        for (SegmentRule r : rules) {
            names.add(r.segment());
        }
        return names;
    }

    /**
     * The rule that takes a score cell.
     *
     * @param recency   1..levels
     * @param frequency 1..levels
     * @param monetary  1..levels
     * @return the index of the first matching rule, or -1 when the cell falls to "other"
     */
    public int ruleIndex(int recency, int frequency, int monetary) {
        Checks.inRange("recency", recency, 1, levels);
        Checks.inRange("frequency", frequency, 1, levels);
        Checks.inRange("monetary", monetary, 1, levels);
        return table[cell(recency, frequency, monetary)];
    }

    /**
     * The segment of a score cell.
     *
     * @param recency   1..levels
     * @param frequency 1..levels
     * @param monetary  1..levels
     * @return the segment name, or {@link #otherName()}
     */
    public String segmentOf(int recency, int frequency, int monetary) {
        int k = ruleIndex(recency, frequency, monetary);
        return k < 0 ? other : rules.get(k).segment();
    }

    /**
     * How the rules divide the score cells.
     *
     * @return the coverage report
     */
    public SegmentMapCoverage coverage() {
        return coverage;
    }

    /**
     * Assigns every scored customer to a segment.
     *
     * @param scores scores with {@link #levels()} scores per dimension
     * @return the assignment
     * @throws IllegalArgumentException when the scores have another number of levels
     */
    public SegmentAssignment assign(RfmScores scores) {
        Checks.notNull("scores", scores);
        if (scores.bins() != levels) {
            throw new IllegalArgumentException("segment map '" + name + "' is written for " + levels
                    + "-point scores; these scores have " + scores.bins() + " levels");
        }
        byte[] r = scores.recencyColumn();
        byte[] f = scores.frequencyColumn();
        byte[] m = scores.monetaryColumn();
        byte[] segment = new byte[scores.size()];
        Arrays.fill(segment, SegmentAssignment.NOT_SCORED);
        for (int i : scores.scoredIndexes()) {
            segment[i] = table[((r[i] - 1) * levels + f[i] - 1) * levels + m[i] - 1];
        }
        return new SegmentAssignment(this, scores, segment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentMap s && s.name.equals(name) && s.levels == levels && s.other.equals(other)
                && s.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return ((name.hashCode() * 31 + levels) * 31 + other.hashCode()) * 31 + rules.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SegmentMap[").append(name).append(", ").append(levels)
                .append("-point scores, ").append(rules.size()).append(" rules, first match wins]\n");
        int width = 0;
        for (SegmentRule r : rules) {
            width = Math.max(width, r.segment().length());
        }
        for (int k = 0; k < rules.size(); k++) {
            SegmentRule r = rules.get(k);
            sb.append(String.format(java.util.Locale.ROOT, "  %2d. %-" + width + "s  R %-4s F %-4s M %-4s %3d cells%n",
                    k + 1, r.segment(), r.recency(), r.frequency(), r.monetary(), coverage.cells(r.segment())));
        }
        sb.append("  ").append(coverage.summary());
        return sb.toString();
    }

    /** Collects rules; each call validates at once. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final int levels;
        private String other = "other";
        private final List<SegmentRule> rules = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder(String name, int levels) {
            this.name = Checks.notBlank("name", name);
            this.levels = Checks.inRange("levels", levels, 2, 9);
        }

        /**
         * Adds a rule.
         *
         * @param rule the rule; its name must be new and its ranges within 1..levels
         * @return this builder
         * @throws IllegalArgumentException naming the rule and the offending range or name
         */
        public Builder rule(SegmentRule rule) {
            Checks.notNull("rule", rule);
            String where = "rule " + (rules.size() + 1) + " '" + rule.segment() + "'";
            checkRange(where, "recency", rule.recency());
            checkRange(where, "frequency", rule.frequency());
            checkRange(where, "monetary", rule.monetary());
            if (!names.add(rule.segment())) {
                throw new IllegalArgumentException(where + ": the segment name is already used by an earlier rule");
            }
            rules.add(rule);
            return this;
        }

        /**
         * Adds a rule.
         *
         * @param segment   the segment name
         * @param recency   the recency scores
         * @param frequency the frequency scores
         * @param monetary  the monetary scores
         * @return this builder
         */
        public Builder rule(String segment, ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {
            return rule(new SegmentRule(segment, recency, frequency, monetary));
        }

        /**
         * Adds a rule over recency and frequency only (every monetary score).
         *
         * @param segment       the segment name
         * @param recencyLow    the lowest recency score
         * @param recencyHigh   the highest recency score
         * @param frequencyLow  the lowest frequency score
         * @param frequencyHigh the highest frequency score
         * @return this builder
         */
        public Builder rule(String segment, int recencyLow, int recencyHigh, int frequencyLow, int frequencyHigh) {
            return rule(segment, ScoreRange.of(recencyLow, recencyHigh), ScoreRange.of(frequencyLow, frequencyHigh),
                    ScoreRange.all(levels));
        }

        /**
         * Adds a rule over all three scores.
         *
         * @param segment       the segment name
         * @param recencyLow    the lowest recency score
         * @param recencyHigh   the highest recency score
         * @param frequencyLow  the lowest frequency score
         * @param frequencyHigh the highest frequency score
         * @param monetaryLow   the lowest monetary score
         * @param monetaryHigh  the highest monetary score
         * @return this builder
         */
        public Builder rule(String segment, int recencyLow, int recencyHigh, int frequencyLow, int frequencyHigh,
                            int monetaryLow, int monetaryHigh) {
            return rule(segment, ScoreRange.of(recencyLow, recencyHigh), ScoreRange.of(frequencyLow, frequencyHigh),
                    ScoreRange.of(monetaryLow, monetaryHigh));
        }

        /**
         * The name of the segment of unmatched customers (default {@code "other"}).
         *
         * @param name a non-blank name that no rule uses
         * @return this builder
         */
        public Builder other(String name) {
            this.other = Checks.notBlank("other", name);
            return this;
        }

        private void checkRange(String where, String dimension, ScoreRange range) {
            if (range.upper() > levels) {
                throw new IllegalArgumentException(where + ": " + dimension + " range " + range.lower() + ".."
                        + range.upper() + " exceeds the " + levels + "-point scale (1.." + levels + ")");
            }
        }

        /**
         * Builds the map.
         *
         * @return the map
         * @throws IllegalArgumentException when there is no rule, or a rule uses the "other" name
         */
        public SegmentMap build() {
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("segment map '" + name + "' has no rules");
            }
            if (names.contains(other)) {
                throw new IllegalArgumentException("segment map '" + name + "': a rule uses the name '" + other
                        + "' of the segment of unmatched customers; rename it or call other(...)");
            }
            return new SegmentMap(name, levels, other, rules);
        }
    }
}
