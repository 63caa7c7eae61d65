package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The segment of every scored customer under a {@link SegmentMap}, segment sizes, and the mean raw
 * values per segment (mean days since the last purchase, mean orders, mean spend). Customers who
 * never purchased have no score and so no segment; they are counted in {@link #excludedCount()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SegmentAssignment {
    /** The segment code of a customer who was not scored. */
    static final byte NOT_SCORED = -2;

    private final SegmentMap map;
    private final RfmScores scores;
    private final byte[] segment;       // rule index, -1 = other, -2 = not scored
    private final List<SegmentSummary> summaries;

    SegmentAssignment(SegmentMap map, RfmScores scores, byte[] segment) {
        this.map = map;
        this.scores = scores;
        this.segment = segment;
        int k = map.rules().size();
        int[] count = new int[k + 1];
        double[] days = new double[k + 1];
        long[] orders = new long[k + 1];
        double[] spend = new double[k + 1];
        RfmColumns c = scores.columns();
        for (int i : scores.scoredIndexes()) {
            int s = segment[i] < 0 ? k : segment[i];
            count[s]++;
            days[s] += c.recencyDays(i);
            orders[s] += c.orders(i);
            spend[s] += c.monetary(i);
        }
        int scored = scores.scoredCount();
        List<SegmentSummary> list = new ArrayList<>(k + 1);
        for (int s = 0; s <= k; s++) {
            String name = s == k ? map.otherName() : map.rules().get(s).segment();
            list.add(new SegmentSummary(name, count[s], scored == 0 ? 0 : (double) count[s] / scored, days[s],
                    orders[s], spend[s]));
        }
        this.summaries = Collections.unmodifiableList(list);
    }

    /**
     * The map the customers were assigned with.
     *
     * @return the map
     */
    public SegmentMap map() {
        return map;
    }

    /**
     * The scores the customers were assigned by.
     *
     * @return the scores
     */
    public RfmScores scores() {
        return scores;
    }

    /**
     * The segment of a customer.
     *
     * @param customerId an id
     * @return the segment name (possibly the map's "other" name), or empty when the customer never
     *         purchased
     * @throws NoSuchElementException when the id is unknown
     */
    public Optional<String> segmentOf(String customerId) {
        int i = scores.indexOf(customerId);
        if (i < 0) {
            throw new NoSuchElementException("no customer '" + customerId + "' among the " + scores.size() + " customers");
        }
        return segmentAt(i);
    }

    /**
     * The segment of the customer at an index of the scores.
     *
     * @param index {@code 0 .. scores().size() - 1}
     * @return the segment name, or empty when the customer never purchased
     */
    public Optional<String> segmentAt(int index) {
        int s = segment[index];
        if (s == NOT_SCORED) {
            return Optional.empty();
        }
        return Optional.of(s < 0 ? map.otherName() : map.rules().get(s).segment());
    }

    /**
     * The rule index of the customer at an index of the scores.
     *
     * @param index {@code 0 .. scores().size() - 1}
     * @return the rule index (0-based), -1 for "other", -2 for a customer who was not scored
     */
    public int ruleIndexAt(int index) {
        return segment[index];
    }

    /**
     * The customers of a segment.
     *
     * @param segmentName a segment name of the map, or its "other" name
     * @return their ids, in the order of the scores
     * @throws NoSuchElementException when the map has no such segment
     */
    public List<String> customers(String segmentName) {
        int code = codeOf(segmentName);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < segment.length; i++) {
            if (segment[i] == code) {
                ids.add(scores.customerId(i));
            }
        }
        return ids;
    }

    private int codeOf(String segmentName) {
        Checks.notNull("segment", segmentName);
        if (segmentName.equals(map.otherName())) {
            return -1;
        }
        List<SegmentRule> rules = map.rules();
        for (int k = 0; k < rules.size(); k++) {
            if (rules.get(k).segment().equals(segmentName)) {
                return k;
            }
        }
        throw new NoSuchElementException("segment map '" + map.name() + "' has no segment '" + segmentName
                + "'; its segments are " + sizes().keySet());
    }

    /**
     * The number of customers in a segment.
     *
     * @param segmentName a segment name of the map, or its "other" name
     * @return the count
     */
    public int size(String segmentName) {
        int code = codeOf(segmentName);
        return summaries.get(code < 0 ? summaries.size() - 1 : code).customers();
    }

    /**
     * Segment sizes in rule order, "other" last; they sum to the number of scored customers.
     *
     * @return an unmodifiable map
     */
    public Map<String, Integer> sizes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (SegmentSummary s : summaries) {
            out.put(s.segment(), s.customers());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Per segment: size, share and the sums behind the means, in rule order, "other" last.
     *
     * @return an unmodifiable list
     */
    public List<SegmentSummary> summaries() {
        return summaries;
    }

    /**
     * The summary of one segment.
     *
     * @param segmentName a segment name of the map, or its "other" name
     * @return its summary
     */
    public SegmentSummary summary(String segmentName) {
        int code = codeOf(segmentName);
        return summaries.get(code < 0 ? summaries.size() - 1 : code);
    }

    /**
     * The number of customers without a segment because they never purchased.
     *
     * @return the count
     */
    public int excludedCount() {
        return scores.excludedCount();
    }

    @Override
    public String toString() {
        String monetary = scores.columns().measure() == MonetaryMeasure.TOTAL_SPEND ? "mean spend" : "mean order value";
        int width = 7;
        for (SegmentSummary s : summaries) {
            width = Math.max(width, s.segment().length());
        }
        StringBuilder sb = new StringBuilder("SegmentAssignment[").append(map.name()).append(": ")
                .append(scores.scoredCount()).append(" customers, ").append(excludedCount())
                .append(" never purchased]\n");
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s %10s %7s %10s %8s %12s%n", "segment", "customers",
                "share", "mean days", "orders", monetary));
        for (SegmentSummary s : summaries) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %,10d %6.1f%% %10s %8s %12s%n", s.segment(),
                    s.customers(), 100 * s.share(), mean(s.meanRecencyDays().orElse(Double.NaN), "%.1f"),
                    mean(s.meanOrders().orElse(Double.NaN), "%.2f"),
                    mean(s.meanMonetary().orElse(Double.NaN), "%.2f")));
        }
        return sb.toString();
    }

    private static String mean(double v, String format) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
    }
}
