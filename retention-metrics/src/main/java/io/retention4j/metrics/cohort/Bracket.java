package io.retention4j.metrics.cohort;

/**
 * A column of a cohort table that covers several periods after the cohort's own period, for
 * example days 1-3. Periods are numbered from the cohort's period (0, which is column 0, the cohort
 * size), so a bracket starts at period 1 or later.
 *
 * @param first the first period covered, {@code >= 1}
 * @param last  the last period covered, {@code >= first}
 */
public record Bracket(int first, int last) {

    /**
     * Creates a bracket.
     *
     * @param first the first period covered, {@code >= 1}
     * @param last  the last period covered, {@code >= first}
     * @throws IllegalArgumentException when {@code first < 1} or {@code last < first}
     */
    public Bracket {
        if (first < 1) {
            throw new IllegalArgumentException("a bracket starts at period 1 or later (period 0 is the cohort "
                    + "itself, column 0), got " + first + "-" + last);
        }
        if (last < first) {
            throw new IllegalArgumentException("bracket " + first + "-" + last + " ends before it starts");
        }
    }

    /**
     * The bracket of periods {@code first .. last}.
     *
     * @param first the first period, {@code >= 1}
     * @param last  the last period, {@code >= first}
     * @return the bracket
     */
    public static Bracket of(int first, int last) {
        return new Bracket(first, last);
    }

    /**
     * The bracket of one period.
     *
     * @param period the period, {@code >= 1}
     * @return the bracket {@code period .. period}
     */
    public static Bracket of(int period) {
        return new Bracket(period, period);
    }

    /**
     * The label: "3" for one period, "1-3" for several.
     *
     * @return the label
     */
    public String label() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    @Override
    public String toString() {
        return label();
    }
}
