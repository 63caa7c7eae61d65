package io.retention4j.metrics.nps;

import io.retention4j.core.model.Feedback;
import io.retention4j.core.model.NpsClass;

/**
 * Counts promoters (9-10), passives (7-8) and detractors (0-6) of 0..10 scores: the sufficient
 * statistics of a Net Promoter Score. Accumulators merge, so scores can be counted per partition or
 * per thread and combined ({@code increment / merge / result}, as Hipparchus' statistics).
 *
 * <p>Not thread-safe: use one accumulator per thread and merge them. {@link #result()} does not
 * reset the counts.
 */
public final class NpsAccumulator {
    private long promoters;
    private long passives;
    private long detractors;

    /** An empty accumulator. */
    public NpsAccumulator() {
    }

    /**
     * Adds one score.
     *
     * @param score a score in 0..10
     * @return this accumulator
     * @throws IllegalArgumentException when the score is outside 0..10
     */
    public NpsAccumulator add(int score) {
        switch (NpsClass.of(score)) {
            case PROMOTER:
                promoters++;
                break;
            case PASSIVE:
                passives++;
                break;
            default:
                detractors++;
        }
        return this;
    }

    /**
     * Adds one answer's score.
     *
     * @param feedback an answer
     * @return this accumulator
     */
    public NpsAccumulator add(Feedback feedback) {
        return add(feedback.score());
    }

    /**
     * Adds many scores: one pass over the array counting each score value.
     *
     * @param scores scores in 0..10
     * @return this accumulator
     * @throws IllegalArgumentException naming the index of the first score outside 0..10 (nothing
     *                                  is added then)
     */
    public NpsAccumulator addAll(int[] scores) {
        long[] histogram = new long[11];
        for (int i = 0; i < scores.length; i++) {
            int s = scores[i];
            if (s < 0 || s > 10) {
                throw new IllegalArgumentException("scores[" + i + "] = " + s + " is outside 0..10");
            }
            histogram[s]++;
        }
        for (int s = 0; s <= 6; s++) {
            detractors += histogram[s];
        }
        passives += histogram[7] + histogram[8];
        promoters += histogram[9] + histogram[10];
        return this;
    }

    /**
     * Adds another accumulator's counts (the other is unchanged).
     *
     * @param other an accumulator
     * @return this accumulator
     */
    public NpsAccumulator merge(NpsAccumulator other) {
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        return this;
    }

    /**
     * The NPS of the scores added so far.
     *
     * @return the result
     */
    public NpsResult result() {
        return NpsResult.of(promoters, passives, detractors);
    }
}
