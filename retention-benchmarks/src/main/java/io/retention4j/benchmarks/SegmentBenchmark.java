package io.retention4j.benchmarks;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.core.segment.ClusterFeatures;
import io.retention4j.core.segment.Clusters;
import io.retention4j.core.segment.KMeans;
import io.retention4j.core.segment.MonetaryMeasure;
import io.retention4j.core.segment.RfmColumns;
import io.retention4j.core.segment.RfmScorer;
import io.retention4j.core.segment.SegmentAssignment;
import io.retention4j.core.segment.SegmentMap;
import io.retention4j.core.segment.TiePolicy;
import java.util.Arrays;
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
 * Segmentation of the 1M customers of the 10M-row synthetic log (issue 5 targets): RFM scores plus
 * the recency/frequency grid (target: at most 300 ms) and k-means with k = 8 on standardized log-RFM
 * (target: at most 5 s), each with a baseline measured in the same run. The RFM columns (days since
 * the last purchase, orders, total spend as of the end of the log) and the clustering features are
 * built once per trial from the customer profiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class SegmentBenchmark {
    @Param({"10000000"})
    public int rows;

    @Param({"1000000"})
    public int customers;

    private RfmColumns columns;
    private ClusterFeatures features;
    private double[][] centroids;
    private final SegmentMap grid = SegmentMap.recencyFrequencyGrid();
    private final RfmScorer valueBased = RfmScorer.defaults();
    private final RfmScorer rankBased = RfmScorer.builder().tiePolicy(TiePolicy.RANK_BASED).build();
    private final KMeans kMeans = KMeans.builder().k(8).seed(42).build();

    /** Generates the log, the profiles and the RFM columns once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticLog input = SyntheticLog.generate(rows, customers, 42);
        TransactionLog log = TransactionLog.fromArrays(input.dictionary, input.customerCodes, input.epochMillis,
                input.amounts);
        CustomerProfiles profiles = CustomerProfiles.builder().transactions(log).asOf(SyntheticLog.END).build();
        columns = RfmColumns.from(profiles, MonetaryMeasure.TOTAL_SPEND);
        features = ClusterFeatures.logRfm(columns);
        centroids = new double[8][];
        for (int c = 0; c < 8; c++) {
            centroids[c] = new double[] {features.standardized(c, 0), features.standardized(c, 1),
                features.standardized(c, 2)};
        }
    }

    /**
     * Baseline for the RFM scores: copy and fully sort each of the three columns (what quantile
     * scoring by sorting would cost), no scoring.
     *
     * @return a checksum
     */
    @Benchmark
    public double baselineSortThreeColumns() {
        int n = columns.size();
        double[] r = new double[n];
        double[] f = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = columns.recencyDays(i);
            f[i] = columns.orders(i);
            m[i] = columns.monetary(i);
        }
        Arrays.sort(r);
        Arrays.sort(f);
        Arrays.sort(m);
        return r[n / 2] + f[n / 2] + m[n / 2];
    }

    /**
     * Value-based RFM scores (R's rfm package quantiles) of 1M customers and their segments in the
     * recency/frequency grid.
     *
     * @return the assignment
     */
    @Benchmark
    public SegmentAssignment rfmScoresAndGrid() {
        return grid.assign(valueBased.score(columns));
    }

    /**
     * Rank-based (equal-sized) RFM scores with ties broken by id, and the grid.
     *
     * @return the assignment
     */
    @Benchmark
    public SegmentAssignment rfmRankScoresAndGrid() {
        return grid.assign(rankBased.score(columns));
    }

    /**
     * Baseline for k-means: one assignment pass of 1M customers to 8 centroids on one thread (the
     * distance computations of a single Lloyd iteration).
     *
     * @return the sum of the squared distances to the nearest centroid
     */
    @Benchmark
    public double baselineOneAssignmentPass() {
        double total = 0;
        for (int i = 0; i < features.size(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] c : centroids) {
                double d0 = features.standardized(i, 0) - c[0];
                double d1 = features.standardized(i, 1) - c[1];
                double d2 = features.standardized(i, 2) - c[2];
                best = Math.min(best, d0 * d0 + d1 * d1 + d2 * d2);
            }
            total += best;
        }
        return total;
    }

    /**
     * k-means with k = 8 (k-means++ seeding, Lloyd to convergence) on the standardized log-RFM of 1M
     * customers.
     *
     * @return the clusters
     */
    @Benchmark
    public Clusters kMeansK8() {
        return kMeans.fit(features);
    }
}
