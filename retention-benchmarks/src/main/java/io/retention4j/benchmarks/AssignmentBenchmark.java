package io.retention4j.benchmarks;

import io.retention4j.core.experiment.Experiment;
import java.util.SplittableRandom;
import java.util.UUID;
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
 * Bulk assignment of 1M customer ids to experiment variants on one thread (target: at least 20M
 * customers/s per core, that is at most 50 ms per 1M), against a baseline that runs one FNV-1a pass
 * over each id's chars in the same run. Ids are "customer-" plus a number below 10^8 (about 17 ASCII
 * chars) or random UUIDs (36 chars).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AssignmentBenchmark {
    @Param({"1000000"})
    public int customers;

    @Param({"customer-n", "uuid"})
    public String idKind;

    private String[] ids;
    private int[] codes;
    private final Experiment experiment = Experiment.builder("winback-offer").seed("2026").coverage(0.2)
            .variant("control", 0.5).variant("offer", 0.5).build();
    private final Experiment withNamespace = Experiment.builder("winback-offer").seed("2026").coverage(0.2)
            .variant("control", 0.45).variant("offer", 0.45).holdout("holdout", 0.1).namespace("promo", 0, 0.5)
            .build();
    private final Experiment version1 = Experiment.builder("winback-offer").hashVersion(1).coverage(0.2)
            .variant("control", 0.5).variant("offer", 0.5).build();

    /** Generates the ids once. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(11);
        ids = new String[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = idKind.equals("uuid") ? new UUID(random.nextLong(), random.nextLong()).toString()
                    : "customer-" + random.nextInt(100_000_000);
        }
        codes = new int[customers];
    }

    /**
     * The baseline: one 32-bit FNV-1a pass over the chars of each id (no seed, no second hash).
     *
     * @return a checksum
     */
    @Benchmark
    public int baselineOneFnvPass() {
        int sum = 0;
        for (String id : ids) {
            int h = 0x811c9dc5;
            for (int i = 0; i < id.length(); i++) {
                h = (h ^ id.charAt(i)) * 0x01000193;
            }
            sum += h;
        }
        return sum;
    }

    /**
     * Hash version 2, coverage 0.2, two variants.
     *
     * @return the variant indexes
     */
    @Benchmark
    public int[] assignAll() {
        experiment.assignAll(ids, codes);
        return codes;
    }

    /**
     * Hash version 2 with a namespace range (a second hash per customer) and a holdout.
     *
     * @return the variant indexes
     */
    @Benchmark
    public int[] assignAllWithNamespace() {
        withNamespace.assignAll(ids, codes);
        return codes;
    }

    /**
     * Hash version 1 (one hash of id + seed).
     *
     * @return the variant indexes
     */
    @Benchmark
    public int[] assignAllVersion1() {
        version1.assignAll(ids, codes);
        return codes;
    }
}
