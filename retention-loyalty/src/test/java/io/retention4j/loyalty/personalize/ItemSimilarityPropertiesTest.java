package io.retention4j.loyalty.personalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.IdDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The index against a brute-force computation straight from the definitions, on random logs. */
class ItemSimilarityPropertiesTest {

    @Property(tries = 40)
    void cosineIndex_equalsBruteForce_andIgnoresParallelism(@ForAll @IntRange(min = 1, max = 400) int rows,
                                                            @ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 3) int minSupport) {
        Random random = new Random(seed);
        int items = 12;
        int customers = 30;
        String[] ids = new String[items];
        for (int i = 0; i < items; i++) {
            ids[i] = "i" + i;
        }
        Catalog catalog = Catalog.of(ids);
        String[] customerIds = new String[customers];
        for (int c = 0; c < customers; c++) {
            customerIds[c] = "c" + c;
        }
        int[] cc = new int[rows];
        int[] ic = new int[rows];
        long[] t = new long[rows];
        byte[] k = new byte[rows];
        for (int r = 0; r < rows; r++) {
            cc[r] = random.nextInt(customers);
            ic[r] = Math.min(items - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 4));
            t[r] = random.nextInt(1000);
        }
        Interactions log = Interactions.fromArrays(IdDictionary.of(customerIds), catalog, cc, ic, t, k, null);
        int kNeighbours = 3;
        SimilarityIndex one = ItemSimilarity.builder().minSupport(minSupport).neighbours(kNeighbours).parallelism(1)
                .build(log);
        SimilarityIndex four = ItemSimilarity.builder().minSupport(minSupport).neighbours(kNeighbours).parallelism(4)
                .build(log);

        // brute force: w(u,i) = number of rows; cosine from the definition
        Map<Integer, Map<Integer, Integer>> w = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            w.computeIfAbsent(cc[r], x -> new HashMap<>()).merge(ic[r], 1, Integer::sum);
        }
        for (int i = 0; i < items; i++) {
            List<double[]> expected = new ArrayList<>(); // {j, score, support}
            for (int j = 0; j < items; j++) {
                if (j == i) {
                    continue;
                }
                double dot = 0;
                double ni = 0;
                double nj = 0;
                int support = 0;
                for (Map<Integer, Integer> m : w.values()) {
                    int a = m.getOrDefault(i, 0);
                    int b = m.getOrDefault(j, 0);
                    dot += (double) a * b;
                    ni += (double) a * a;
                    nj += (double) b * b;
                    if (a > 0 && b > 0) {
                        support++;
                    }
                }
                if (support >= minSupport) {
                    expected.add(new double[] {j, (float) (dot / (Math.sqrt(ni) * Math.sqrt(nj))), support});
                }
            }
            expected.sort(Comparator.<double[]>comparingDouble(e -> -e[1]).thenComparingDouble(e -> e[0]));
            List<double[]> top = expected.subList(0, Math.min(kNeighbours, expected.size()));
            assertThat(one.neighbourCount(i)).isEqualTo(top.size());
            Set<Integer> got = new HashSet<>();
            for (int rank = 0; rank < top.size(); rank++) {
                assertThat(one.score(i, rank)).isCloseTo((float) top.get(rank)[1], within(1e-5f));
                assertThat(one.support(i, rank)).isEqualTo((int) top.get(rank)[2]);
                got.add(one.neighbour(i, rank));
                // parallel build: identical, bit for bit
                assertThat(four.neighbour(i, rank)).isEqualTo(one.neighbour(i, rank));
                assertThat(four.score(i, rank)).isEqualTo(one.score(i, rank));
            }
            assertThat(got).hasSize(top.size());
        }
    }
}
