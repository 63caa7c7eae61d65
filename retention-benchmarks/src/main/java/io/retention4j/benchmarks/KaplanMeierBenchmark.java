package io.retention4j.benchmarks;

import io.retention4j.metrics.survival.KaplanMeier;
import io.retention4j.metrics.survival.SurvivalData;
import io.retention4j.metrics.survival.SurvivalTable;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kaplan-Meier over 1M durations (issue 4 target: at most 200 ms), against the baseline of sorting
 * the same durations with {@link Arrays#sort(double[])}. Durations are exponential with mean 365
 * (days), 70% events (seeded); "continuous" keeps every value distinct (1M table rows), "days"
 * rounds to whole days (a few thousand rows, the usual shape of time-to-churn data). The weighted
 * variant gives every subject a weight in 1..3 (the permutation path).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class KaplanMeierBenchmark {
    @Param({"1000000"})
    public int subjects;

    private double[] continuous;
    private double[] days;
    private int[] events;
    private double[] weights;

    /** Generates the durations once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        continuous = new double[subjects];
        days = new double[subjects];
        events = new int[subjects];
        weights = new double[subjects];
        for (int i = 0; i < subjects; i++) {
            continuous[i] = -365 * Math.log(1 - random.nextDouble());
            days[i] = Math.floor(continuous[i]);
            events[i] = random.nextDouble() < 0.7 ? 1 : 0;
            weights[i] = 1 + random.nextInt(3);
        }
    }

    /**
     * Baseline: a sorted copy of the continuous durations.
     *
     * @return the sorted copy
     */
    @Benchmark
    public double[] baselineSortDurations() {
        double[] copy = continuous.clone();
        Arrays.sort(copy);
        return copy;
    }

    /**
     * Kaplan-Meier with validation, 1M distinct times.
     *
     * @return the table
     */
    @Benchmark
    public SurvivalTable kaplanMeierContinuous() {
        return KaplanMeier.fit(continuous, events);
    }

    /**
     * Kaplan-Meier with validation, times in whole days.
     *
     * @return the table
     */
    @Benchmark
    public SurvivalTable kaplanMeierDays() {
        return KaplanMeier.fit(days, events);
    }

    /**
     * Weighted Kaplan-Meier with validation, 1M distinct times.
     *
     * @return the table
     */
    @Benchmark
    public SurvivalTable kaplanMeierWeighted() {
        return KaplanMeier.fit(SurvivalData.of(continuous, events).withWeights(weights));
    }
}
