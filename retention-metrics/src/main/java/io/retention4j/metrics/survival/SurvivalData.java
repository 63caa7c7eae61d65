package io.retention4j.metrics.survival;

import io.retention4j.core.time.TimeScale;
import java.util.Locale;
import java.util.Optional;

/**
 * Right-censored time-to-event data: per subject a duration (time from the subject's origin to the
 * event or to censoring), an event flag (1 = the event happened at that time, 0 = censored: still
 * event-free then), and optionally a weight (how many subjects the row stands for) and a late-entry
 * time (the subject was only observed from that time on: left truncation).
 *
 * <p>At-risk convention: a subject is at risk at time {@code t} when {@code entry < t <= duration}
 * (R's counting-process convention {@code Surv(entry, exit, event)}); without entry times every
 * subject is at risk from time 0 up to and including its duration. A subject censored at {@code t}
 * is still at risk for events at {@code t}.
 *
 * <p>Every array is validated and copied; bad values raise an {@link IllegalArgumentException}
 * naming the array, the index and the value. Immutable and thread-safe.
 */
public final class SurvivalData {
    private final double[] durations;
    private final int[] events;
    private final double[] weights;   // null: all 1
    private final double[] entries;   // null: no late entry
    private final TimeScale unit;     // null: unstated

    private SurvivalData(double[] durations, int[] events, double[] weights, double[] entries, TimeScale unit) {
        this.durations = durations;
        this.events = events;
        this.weights = weights;
        this.entries = entries;
        this.unit = unit;
    }

    /**
     * Durations and event flags.
     *
     * @param durations per subject, a finite number {@code >= 0}
     * @param events    per subject, 1 for an event, 0 for censored
     * @return the data (the arrays are copied)
     * @throws IllegalArgumentException when the arrays are empty or differ in length, or a value is out of range
     */
    public static SurvivalData of(double[] durations, int[] events) {
        Args.durations("durations", durations);
        Args.eventFlags("events", events);
        Args.sameLength("durations", durations.length, "events", events.length);
        if (durations.length == 0) {
            throw new IllegalArgumentException("durations must not be empty");
        }
        return new SurvivalData(durations.clone(), events.clone(), null, null, null);
    }

    /**
     * Durations with every subject having had the event (no censoring).
     *
     * @param durations per subject, a finite number {@code >= 0}
     * @return the data
     */
    public static SurvivalData uncensored(double... durations) {
        Args.notNull("durations", durations);
        int[] events = new int[durations.length];
        java.util.Arrays.fill(events, 1);
        return of(durations, events);
    }

    /**
     * This data with case weights.
     *
     * @param caseWeights per subject, a positive finite number (1 = one subject)
     * @return new data
     */
    public SurvivalData withWeights(double[] caseWeights) {
        Args.positiveWeights("weights", caseWeights);
        Args.sameLength("weights", caseWeights.length, "durations", durations.length);
        return new SurvivalData(durations, events, caseWeights.clone(), entries, unit);
    }

    /**
     * This data with late-entry times (left truncation): subject {@code i} is at risk only on
     * {@code (entry[i], duration[i]]}.
     *
     * @param entryTimes per subject, a finite number {@code >= 0} and strictly less than its duration
     * @return new data
     */
    public SurvivalData withEntryTimes(double[] entryTimes) {
        Args.durations("entryTimes", entryTimes);
        Args.sameLength("entryTimes", entryTimes.length, "durations", durations.length);
        for (int i = 0; i < entryTimes.length; i++) {
            if (!(entryTimes[i] < durations[i])) {
                throw new IllegalArgumentException("entryTimes[" + i + "] = " + entryTimes[i]
                        + " must be before durations[" + i + "] = " + durations[i]
                        + " (a subject is at risk on (entry, exit])");
            }
        }
        return new SurvivalData(durations, events, weights, entryTimes.clone(), unit);
    }

    /**
     * This data with the unit its times are measured in (carried into results and their printout).
     *
     * @param timeUnit the unit
     * @return new data
     */
    public SurvivalData withUnit(TimeScale timeUnit) {
        return new SurvivalData(durations, events, weights, entries, Args.notNull("unit", timeUnit));
    }

    /**
     * The number of subjects (rows).
     *
     * @return the count, at least 1
     */
    public int size() {
        return durations.length;
    }

    /**
     * The duration of a subject.
     *
     * @param i a subject index
     * @return the time from origin to event or censoring
     */
    public double duration(int i) {
        return durations[i];
    }

    /**
     * Whether a subject had the event.
     *
     * @param i a subject index
     * @return 1 for an event, 0 for censored
     */
    public int event(int i) {
        return events[i];
    }

    /**
     * The weight of a subject.
     *
     * @param i a subject index
     * @return the weight, 1 when the data has no weights
     */
    public double weight(int i) {
        return weights == null ? 1 : weights[i];
    }

    /**
     * The entry time of a subject.
     *
     * @param i a subject index
     * @return the entry time; negative infinity when the data has no entry times (at risk from the start)
     */
    public double entryTime(int i) {
        return entries == null ? Double.NEGATIVE_INFINITY : entries[i];
    }

    /**
     * Whether case weights were given.
     *
     * @return the flag
     */
    public boolean hasWeights() {
        return weights != null;
    }

    /**
     * Whether late-entry times were given.
     *
     * @return the flag
     */
    public boolean hasEntryTimes() {
        return entries != null;
    }

    /**
     * The unit of the times, when stated.
     *
     * @return the unit or empty
     */
    public Optional<TimeScale> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * The number of events: the sum of the weights of the rows with event 1.
     *
     * @return the weighted event count
     */
    public double totalEvents() {
        double sum = 0;
        for (int i = 0; i < durations.length; i++) {
            if (events[i] == 1) {
                sum += weight(i);
            }
        }
        return sum;
    }

    // package-private views for the estimators (never modified)
    double[] durationArray() {
        return durations;
    }

    int[] eventArray() {
        return events;
    }

    double[] weightArrayOrNull() {
        return weights;
    }

    double[] entryArrayOrNull() {
        return entries;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SurvivalData[%,d subjects, %s events%s%s%s]", durations.length,
                Format.count(totalEvents()), weights == null ? "" : ", weighted",
                entries == null ? "" : ", late entry", unit == null ? "" : ", unit " + unit);
    }
}
