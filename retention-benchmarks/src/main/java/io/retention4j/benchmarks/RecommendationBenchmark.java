package io.retention4j.benchmarks;

import io.retention4j.loyalty.personalize.Interactions;
import io.retention4j.loyalty.personalize.ItemSimilarity;
import io.retention4j.loyalty.personalize.Recommender;
import io.retention4j.loyalty.personalize.SimilarityIndex;
import io.retention4j.loyalty.personalize.SyntheticShop;
import java.time.Instant;
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
 * Issue 9 targets on a seeded {@link SyntheticShop} of 10M purchases (plus 0.5 views per purchase
 * for the recommendation benchmarks' histories), 100k items in 200 categories, 1M customers, Zipf(1)
 * items, 70% of purchases in the customer's favourite category:
 * <ul>
 *   <li>{@code buildIndex}: the co-purchase cosine index, k = 20, min support 2, both cores
 *       (target at most 10 s), single shot;</li>
 *   <li>{@code recommendOne}: top-10 for one random customer through the allocation-free
 *       {@code recommendCodes} (target at most 50 us, p99 under 1 ms), sample time;</li>
 *   <li>{@code recommendAll}: top-10 for all 1M customers on both cores (target at most 60 s),
 *       single shot;</li>
 *   <li>{@code baselineWalkHistory}: the floor of {@code recommendOne}: sum one random customer's
 *       history rows, no scoring.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class RecommendationBenchmark {
    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    @Param({"10000000"})
    public int purchases;

    private Interactions log;
    private SimilarityIndex index;
    private Recommender recommender;
    private final int[] items = new int[10];
    private final float[] scores = new float[10];
    private final SplittableRandom random = new SplittableRandom(5);

    /** Generates the shop and builds the index and recommender once. */
    @Setup(Level.Trial)
    public void setUp() {
        log = SyntheticShop.builder().seed(2026).items(100_000, 200).customers(1_000_000).purchases(purchases)
                .viewsPerPurchase(0.5).period(Instant.parse("2025-01-01T00:00:00Z"), 365).build().interactions();
        index = index();
        recommender = Recommender.builder(index, log).build();
        System.gc();
    }

    private SimilarityIndex index() {
        return ItemSimilarity.builder().neighbours(20).minSupport(2).build(log);
    }

    /**
     * Builds the co-purchase index from the 10M purchases.
     *
     * @return the index
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimilarityIndex buildIndex() {
        return index();
    }

    /**
     * Top-10 for one random customer.
     *
     * @return the number of items
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int recommendOne() {
        return recommender.recommendCodes(random.nextInt(log.customerCount()), AS_OF.toEpochMilli(), 10, items,
                scores);
    }

    /**
     * The floor under {@code recommendOne}: one random customer's history rows summed.
     *
     * @return a checksum
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public long baselineWalkHistory() {
        int c = random.nextInt(log.customerCount());
        long sum = 0;
        for (int r = log.firstRow(c); r < log.endRow(c); r++) {
            sum += log.item(r) + log.epochMillis(r);
        }
        return sum;
    }

    /**
     * Top-10 for every customer.
     *
     * @return the codes
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int[] recommendAll() {
        return recommender.recommendAll(AS_OF, 10);
    }
}
