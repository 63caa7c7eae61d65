package io.retention4j.metrics.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Consecutive tenure windows {@code [b_0, b_1), [b_1, b_2), ..., [b_{k-1}, b_k)} given by their
 * boundaries, in the unit of the durations; the last boundary may be positive infinity for an
 * open-ended last window. For whole days "days 0-7, 8-30, 31-90, 91+" are the boundaries
 * {@code 0, 8, 31, 91, ∞}: a customer with tenure exactly 8 days is in the second window.
 *
 * <p>Immutable and thread-safe.
 */
public final class TenureWindows {
    private final double[] boundaries;
    private final List<String> labels;

    private TenureWindows(double[] boundaries, List<String> labels) {
        this.boundaries = boundaries;
        this.labels = List.copyOf(labels);
    }

    /**
     * Windows from boundaries.
     *
     * @param boundaries at least two, strictly increasing, finite and {@code >= 0} except that the last may be
     *                   {@link Double#POSITIVE_INFINITY}
     * @return the windows, labelled {@code "[b_i, b_i+1)"}
     * @throws IllegalArgumentException naming the first bad boundary
     */
    public static TenureWindows of(double... boundaries) {
        Args.notNull("boundaries", boundaries);
        if (boundaries.length < 2) {
            throw new IllegalArgumentException("tenure windows need at least two boundaries, got "
                    + Arrays.toString(boundaries));
        }
        for (int i = 0; i < boundaries.length; i++) {
            boolean last = i == boundaries.length - 1;
            double b = boundaries[i];
            if (!(b >= 0) || (b == Double.POSITIVE_INFINITY && !last)) {
                throw new IllegalArgumentException("boundaries[" + i + "] must be a finite number >= 0"
                        + (last ? " or +infinity" : "") + ", got " + b);
            }
            if (i > 0 && !(b > boundaries[i - 1])) {
                throw new IllegalArgumentException("boundaries must increase: boundaries[" + i + "] = " + b
                        + " is not above boundaries[" + (i - 1) + "] = " + boundaries[i - 1]);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i + 1 < boundaries.length; i++) {
            labels.add(boundaries[i + 1] == Double.POSITIVE_INFINITY ? Format.number(boundaries[i]) + "+"
                    : "[" + Format.number(boundaries[i]) + ", " + Format.number(boundaries[i + 1]) + ")");
        }
        return new TenureWindows(boundaries.clone(), labels);
    }

    /**
     * These windows with caller-chosen labels, for example "days 0-7".
     *
     * @param windowLabels one non-blank label per window
     * @return new windows
     */
    public TenureWindows withLabels(String... windowLabels) {
        Args.notNull("labels", windowLabels);
        if (windowLabels.length != size()) {
            throw new IllegalArgumentException("need " + size() + " labels, one per window, got "
                    + windowLabels.length);
        }
        for (int i = 0; i < windowLabels.length; i++) {
            if (windowLabels[i] == null || windowLabels[i].isBlank()) {
                throw new IllegalArgumentException("labels[" + i + "] must not be blank");
            }
        }
        return new TenureWindows(boundaries, Arrays.asList(windowLabels.clone()));
    }

    /**
     * The number of windows.
     *
     * @return boundaries minus one
     */
    public int size() {
        return boundaries.length - 1;
    }

    /**
     * The start of a window (inclusive).
     *
     * @param window a window index
     * @return {@code b_i}
     */
    public double start(int window) {
        return boundaries[window];
    }

    /**
     * The end of a window (exclusive).
     *
     * @param window a window index
     * @return {@code b_i+1}, possibly positive infinity for the last
     */
    public double end(int window) {
        return boundaries[window + 1];
    }

    /**
     * The label of a window.
     *
     * @param window a window index
     * @return the label
     */
    public String label(int window) {
        return labels.get(window);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TenureWindows%s", labels);
    }
}
