package io.retention4j.metrics.survival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Input of a Cox proportional-hazards fit: durations, event flags and named numeric covariate
 * columns (a design matrix without intercept; code a categorical variable as 0/1 indicator columns).
 *
 * <pre>{@code
 * CoxData data = CoxData.builder(week, arrest)
 *         .covariate("fin", fin).covariate("age", age).covariate("prio", prio)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the builder validates each column at once.
 */
public final class CoxData {
    private final double[] durations;
    private final int[] events;
    private final List<String> names;
    private final double[][] columns;

    private CoxData(double[] durations, int[] events, List<String> names, double[][] columns) {
        this.durations = durations;
        this.events = events;
        this.names = List.copyOf(names);
        this.columns = columns;
    }

    /**
     * Starts a design with the outcome columns.
     *
     * @param durations per subject, a finite number {@code >= 0}
     * @param events    per subject, 1 for an event, 0 for censored
     * @return a builder
     * @throws IllegalArgumentException for empty or unequal arrays, or a value out of range
     */
    public static Builder builder(double[] durations, int[] events) {
        SurvivalData.of(durations, events); // validates
        return new Builder(durations.clone(), events.clone());
    }

    /**
     * The number of subjects.
     *
     * @return n
     */
    public int size() {
        return durations.length;
    }

    /**
     * The covariate names, in column order.
     *
     * @return the names
     */
    public List<String> covariateNames() {
        return names;
    }

    /**
     * The number of covariates.
     *
     * @return p
     */
    public int covariateCount() {
        return names.size();
    }

    /**
     * The duration of a subject.
     *
     * @param i a subject index
     * @return the duration
     */
    public double duration(int i) {
        return durations[i];
    }

    /**
     * The event flag of a subject.
     *
     * @param i a subject index
     * @return 1 for an event, 0 for censored
     */
    public int event(int i) {
        return events[i];
    }

    /**
     * A covariate value.
     *
     * @param i      a subject index
     * @param column a covariate index
     * @return the value
     */
    public double value(int i, int column) {
        return columns[column][i];
    }

    /**
     * A covariate column.
     *
     * @param name a covariate name
     * @return a copy of the column
     * @throws NoSuchElementException for an unknown name
     */
    public double[] column(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new NoSuchElementException("no covariate '" + name + "'; covariates are " + names);
        }
        return columns[j].clone();
    }

    /**
     * The number of events.
     *
     * @return the count of event flags equal to 1
     */
    public int eventCount() {
        int sum = 0;
        for (int e : events) {
            sum += e;
        }
        return sum;
    }

    double[] durationArray() {
        return durations;
    }

    int[] eventArray() {
        return events;
    }

    double[][] columnArrays() {
        return columns;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CoxData[%,d subjects, %,d events, covariates %s]", durations.length,
                eventCount(), names);
    }

    /** Collects covariate columns. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private final double[] durations;
        private final int[] events;
        private final Map<String, double[]> columns = new LinkedHashMap<>();

        private Builder(double[] durations, int[] events) {
            this.durations = durations;
            this.events = events;
        }

        /**
         * Adds a covariate column.
         *
         * @param name   a non-blank name not used before
         * @param values per subject, a finite number
         * @return this builder
         * @throws IllegalArgumentException for a blank or repeated name, a wrong length or a non-finite value
         */
        public Builder covariate(String name, double[] values) {
            Args.notNull("covariate name", name);
            if (name.isBlank()) {
                throw new IllegalArgumentException("covariate name must not be blank");
            }
            if (columns.containsKey(name)) {
                throw new IllegalArgumentException("covariate '" + name + "' was already added");
            }
            Args.finite(name, values);
            Args.sameLength(name, values.length, "durations", durations.length);
            columns.put(name, values.clone());
            return this;
        }

        /**
         * Builds the design.
         *
         * @return the data
         * @throws IllegalArgumentException when no covariate was added
         */
        public CoxData build() {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a Cox model needs at least one covariate");
            }
            List<String> names = new ArrayList<>(columns.keySet());
            double[][] cols = new double[names.size()][];
            for (int j = 0; j < cols.length; j++) {
                cols[j] = columns.get(names.get(j)).clone();
            }
            return new CoxData(durations, events, names, cols);
        }
    }
}
