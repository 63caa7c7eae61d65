package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The RFM scores of a population, in columns: per customer a recency, frequency and monetary score
 * in 1..n and the combined code R*100 + F*10 + M, with lookup by id, the breakpoints used and the
 * distribution of each score. Built by {@link RfmScorer}.
 *
 * <p>Indexes are those of the input {@link RfmColumns} (all customers, in input order). Customers who
 * never purchased are not scored: their scores and code are 0 and {@link #isScored(int)} is false.
 *
 * <p>Immutable and thread-safe.
 */
public final class RfmScores {
    private final RfmColumns columns;
    private final RfmScorer scorer;
    private final byte[] recency;
    private final byte[] frequency;
    private final byte[] monetary;
    private final EnumMap<RfmDimension, double[]> breakpoints;
    private final int[] scoredIndexes;
    private final EnumMap<RfmDimension, List<ScoreBin>> distribution = new EnumMap<>(RfmDimension.class);
    private final int[] cells;

    RfmScores(RfmColumns columns, RfmScorer scorer, byte[] recency, byte[] frequency, byte[] monetary,
              EnumMap<RfmDimension, double[]> breakpoints, int[] scoredIndexes) {
        this.columns = columns;
        this.scorer = scorer;
        this.recency = recency;
        this.frequency = frequency;
        this.monetary = monetary;
        this.breakpoints = breakpoints;
        this.scoredIndexes = scoredIndexes;
        int n = scorer.bins();
        this.cells = new int[n * n * n];
        for (int i : scoredIndexes) {
            cells[((recency[i] - 1) * n + frequency[i] - 1) * n + monetary[i] - 1]++;
        }
        for (RfmDimension d : RfmDimension.values()) {
            distribution.put(d, bins(d));
        }
    }

    private List<ScoreBin> bins(RfmDimension d) {
        int n = scorer.bins();
        int[] count = new int[n + 1];
        double[] min = new double[n + 1];
        double[] max = new double[n + 1];
        Arrays.fill(min, Double.NaN);
        Arrays.fill(max, Double.NaN);
        byte[] column = column(d);
        for (int i : scoredIndexes) {
            int s = column[i];
            double v = rawValue(d, i);
            if (count[s]++ == 0) {
                min[s] = v;
                max[s] = v;
            } else {
                min[s] = Math.min(min[s], v);
                max[s] = Math.max(max[s], v);
            }
        }
        List<ScoreBin> out = new ArrayList<>(n);
        for (int s = 1; s <= n; s++) {
            out.add(new ScoreBin(s, count[s], min[s], max[s]));
        }
        return Collections.unmodifiableList(out);
    }

    private byte[] column(RfmDimension d) {
        switch (Checks.notNull("dimension", d)) {
            case RECENCY:
                return recency;
            case FREQUENCY:
                return frequency;
            default:
                return monetary;
        }
    }

    private double rawValue(RfmDimension d, int i) {
        switch (d) {
            case RECENCY:
                return columns.recencyDays(i);
            case FREQUENCY:
                return columns.orders(i);
            default:
                return columns.monetary(i);
        }
    }

    /**
     * The number of customers, scored or not.
     *
     * @return the count
     */
    public int size() {
        return columns.size();
    }

    /**
     * The number of scored customers (those with at least one order).
     *
     * @return the count
     */
    public int scoredCount() {
        return scoredIndexes.length;
    }

    /**
     * The number of customers who never purchased and were left out of the population.
     *
     * @return the count
     */
    public int excludedCount() {
        return size() - scoredIndexes.length;
    }

    /**
     * The ids of the customers who never purchased, in input order.
     *
     * @return the ids
     */
    public List<String> excludedIds() {
        List<String> out = new ArrayList<>(excludedCount());
        for (int i = 0; i < size(); i++) {
            if (!columns.hasPurchased(i)) {
                out.add(columns.customerId(i));
            }
        }
        return out;
    }

    /**
     * The raw values that were scored.
     *
     * @return the input columns
     */
    public RfmColumns columns() {
        return columns;
    }

    /**
     * The configuration that produced these scores.
     *
     * @return the scorer
     */
    public RfmScorer scorer() {
        return scorer;
    }

    /**
     * The number of scores per dimension.
     *
     * @return n
     */
    public int bins() {
        return scorer.bins();
    }

    /**
     * The id of a customer.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the id
     */
    public String customerId(int index) {
        return columns.customerId(index);
    }

    /**
     * The index of a customer.
     *
     * @param customerId an id
     * @return its index, or -1 when unknown
     */
    public int indexOf(String customerId) {
        return columns.ids().indexOf(Checks.notNull("customerId", customerId));
    }

    /**
     * Whether a customer was scored.
     *
     * @param index {@code 0 .. size() - 1}
     * @return false for a customer who never purchased
     */
    public boolean isScored(int index) {
        return recency[index] != 0;
    }

    /**
     * The recency score.
     *
     * @param index {@code 0 .. size() - 1}
     * @return 1..n (higher = more recent), 0 when not scored
     */
    public int recencyScore(int index) {
        return recency[index];
    }

    /**
     * The frequency score.
     *
     * @param index {@code 0 .. size() - 1}
     * @return 1..n (higher = more orders), 0 when not scored
     */
    public int frequencyScore(int index) {
        return frequency[index];
    }

    /**
     * The monetary score.
     *
     * @param index {@code 0 .. size() - 1}
     * @return 1..n (higher = more spend), 0 when not scored
     */
    public int monetaryScore(int index) {
        return monetary[index];
    }

    /**
     * The score of one dimension.
     *
     * @param dimension the dimension
     * @param index     {@code 0 .. size() - 1}
     * @return 1..n, 0 when not scored
     */
    public int score(RfmDimension dimension, int index) {
        return column(dimension)[index];
    }

    /**
     * The combined code {@code R * 100 + F * 10 + M}.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the code, 0 when not scored
     */
    public int code(int index) {
        return recency[index] * 100 + frequency[index] * 10 + monetary[index];
    }

    /**
     * The scores of a customer.
     *
     * @param customerId an id
     * @return the scores, or empty when the id is unknown or the customer never purchased
     */
    public Optional<RfmScore> find(String customerId) {
        int i = indexOf(customerId);
        return i < 0 || !isScored(i) ? Optional.empty()
                : Optional.of(new RfmScore(customerId, recency[i], frequency[i], monetary[i]));
    }

    /**
     * The scores of a customer.
     *
     * @param customerId an id
     * @return the scores
     * @throws NoSuchElementException when the id is unknown or the customer never purchased (the
     *                                message says which)
     */
    public RfmScore get(String customerId) {
        int i = indexOf(customerId);
        if (i < 0) {
            throw new NoSuchElementException("no customer '" + customerId + "' among the " + size() + " customers");
        }
        if (!isScored(i)) {
            throw new NoSuchElementException("customer '" + customerId + "' never purchased and has no RFM score");
        }
        return new RfmScore(customerId, recency[i], frequency[i], monetary[i]);
    }

    /**
     * The value breakpoints a dimension was scored with: the quantiles plus the offset, or the
     * explicit breakpoints.
     *
     * @param dimension the dimension
     * @return a copy of the n - 1 breakpoints (raw units: days, orders, spend); empty when the
     *         dimension was scored by rank or nobody was scored
     */
    public double[] breakpoints(RfmDimension dimension) {
        return breakpoints.get(Checks.notNull("dimension", dimension)).clone();
    }

    /**
     * How many customers got each score of a dimension, and the range of their raw values.
     *
     * @param dimension the dimension
     * @return n bins, score 1 first
     */
    public List<ScoreBin> distribution(RfmDimension dimension) {
        return distribution.get(Checks.notNull("dimension", dimension));
    }

    /**
     * How many customers fall into one cell of the score cube.
     *
     * @param recencyScore   1..n
     * @param frequencyScore 1..n
     * @param monetaryScore  1..n
     * @return the count
     */
    public int cellCount(int recencyScore, int frequencyScore, int monetaryScore) {
        int n = bins();
        Checks.inRange("recencyScore", recencyScore, 1, n);
        Checks.inRange("frequencyScore", frequencyScore, 1, n);
        Checks.inRange("monetaryScore", monetaryScore, 1, n);
        return cells[((recencyScore - 1) * n + frequencyScore - 1) * n + monetaryScore - 1];
    }

    byte[] recencyColumn() {
        return recency;
    }

    byte[] frequencyColumn() {
        return frequency;
    }

    byte[] monetaryColumn() {
        return monetary;
    }

    int[] scoredIndexes() {
        return scoredIndexes;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RfmScores[").append(scoredCount()).append(" of ").append(size())
                .append(" customers scored 1..").append(bins()).append(", ").append(excludedCount())
                .append(" never purchased; ").append(scorer).append("]\n");
        String[] labels = {"recency (days since last purchase)", "frequency (orders)",
            "monetary (" + columns.measure().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"};
        for (RfmDimension d : RfmDimension.values()) {
            sb.append("  ").append(labels[d.ordinal()]);
            double[] b = breakpoints.get(d);
            if (b.length > 0) {
                sb.append(", breakpoints");
                for (double v : b) {
                    sb.append(' ').append(NumberFormat.compact(v));
                }
            } else if (scoredCount() > 0) {
                sb.append(", by rank");
            }
            sb.append('\n');
            for (ScoreBin bin : distribution.get(d)) {
                sb.append(String.format(Locale.ROOT, "    score %d: %,9d customers", bin.score(), bin.customers()));
                if (!bin.isEmpty()) {
                    sb.append(", values ").append(NumberFormat.compact(bin.min())).append(" .. ")
                            .append(NumberFormat.compact(bin.max()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
