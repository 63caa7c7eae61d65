package io.retention4j.benchmarks;

import io.retention4j.metrics.nps.Nps;
import io.retention4j.metrics.nps.NpsResult;
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
 * NPS over 10M responses (issue 4 target: at most 50 ms), against a baseline that only sums the
 * scores in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NpsBenchmark {
    @Param({"10000000"})
    public int responses;

    private int[] scores;

    /** Draws the scores once: a skewed 0..10 distribution. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(3);
        scores = new int[responses];
        for (int i = 0; i < responses; i++) {
            scores[i] = Math.min(10, random.nextInt(6) + random.nextInt(6));
        }
    }

    /**
     * The baseline: one pass summing the scores.
     *
     * @return the sum
     */
    @Benchmark
    public long baselineSumScores() {
        long sum = 0;
        for (int s : scores) {
            sum += s;
        }
        return sum;
    }

    /**
     * NPS with validation of every score.
     *
     * @return the result
     */
    @Benchmark
    public NpsResult nps() {
        return Nps.of(scores);
    }
}
