package io.retention4j.benchmarks;

import io.retention4j.metrics.experiment.Comparison;
import io.retention4j.metrics.experiment.Effect;
import io.retention4j.metrics.experiment.EffectType;
import io.retention4j.metrics.experiment.MeanAccumulator;
import io.retention4j.metrics.experiment.MeanStatistic;
import io.retention4j.metrics.experiment.ProportionAccumulator;
import io.retention4j.metrics.experiment.ProportionStatistic;
import io.retention4j.metrics.experiment.SampleRatioCheck;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Experiment analysis (issue 8): the SRM check and Welch tests over sufficient statistics (target:
 * microseconds), and accumulating 1M observations into a mean and a proportion, against a baseline
 * that only sums the values in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExperimentAnalysisBenchmark {
    private static final int OBSERVATIONS = 1_000_000;

    private final long[] counts = {1000, 1200};
    private final double[] weights = {0.5, 0.5};
    private final MeanStatistic control = MeanStatistic.ofSums(3407, 1396.87, 52377.9767);
    private final MeanStatistic treatment = MeanStatistic.ofSums(3461, 2422.7, 134698.29);
    private final ProportionStatistic controlRate = ProportionStatistic.of(1396, 3000);
    private final ProportionStatistic treatmentRate = ProportionStatistic.of(2422, 3461);
    private double[] values;
    private boolean[] converted;

    /** Draws 1M revenue-like values (lognormal) and conversion flags (12%) once. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(8);
        values = new double[OBSERVATIONS];
        converted = new boolean[OBSERVATIONS];
        for (int i = 0; i < OBSERVATIONS; i++) {
            values[i] = Math.exp(3 + random.nextGaussian());
            converted[i] = random.nextDouble() < 0.12;
        }
    }

    /**
     * The SRM chi-square check of two variants.
     *
     * @return the check
     */
    @Benchmark
    public SampleRatioCheck srmCheck() {
        return SampleRatioCheck.of(counts, weights);
    }

    /**
     * A two-sided Welch test of the absolute effect of two means (the comparison built each time).
     *
     * @return the effect
     */
    @Benchmark
    public Effect welchAbsoluteMeans() {
        return Comparison.of(control, treatment).welch(EffectType.ABSOLUTE);
    }

    /**
     * A two-sided Welch test of the relative effect of two rates.
     *
     * @return the effect
     */
    @Benchmark
    public Effect welchRelativeProportions() {
        return Comparison.of(controlRate, treatmentRate).welch(EffectType.RELATIVE);
    }

    /**
     * The sequential test of the relative effect of two rates.
     *
     * @return the effect
     */
    @Benchmark
    public Effect sequentialRelativeProportions() {
        return Comparison.of(controlRate, treatmentRate).sequential(EffectType.RELATIVE);
    }

    /**
     * The baseline: one pass summing 1M values.
     *
     * @return the sum
     */
    @Benchmark
    public double baselineSum1M() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /**
     * Accumulates 1M values one by one into a mean statistic.
     *
     * @return the statistic
     */
    @Benchmark
    public MeanStatistic meanAccumulator1M() {
        MeanAccumulator acc = new MeanAccumulator();
        for (double v : values) {
            acc.add(v);
        }
        return acc.result();
    }

    /**
     * Accumulates 1M values with the bulk method (validation pass, then the sums).
     *
     * @return the statistic
     */
    @Benchmark
    public MeanStatistic meanAccumulatorAddAll1M() {
        return new MeanAccumulator().addAll(values).result();
    }

    /**
     * Accumulates 1M conversion flags into a proportion.
     *
     * @return the statistic
     */
    @Benchmark
    public ProportionStatistic proportionAccumulator1M() {
        ProportionAccumulator acc = new ProportionAccumulator();
        for (boolean c : converted) {
            acc.add(c);
        }
        return acc.result();
    }
}
