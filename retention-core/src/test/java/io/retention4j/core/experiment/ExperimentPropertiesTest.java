package io.retention4j.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random experiments and ids (ASCII, any chars including unpaired surrogates, any code points): the
 * bulk path equals the single path, and both equal the byte-array reference written from the formulas.
 */
class ExperimentPropertiesTest {

    /** An experiment's configuration, kept to feed the reference. */
    record Config(String seed, int version, double coverage, List<Double> weights, boolean holdout,
                  String namespaceId, double namespaceStart, double namespaceEnd) {
        Experiment experiment() {
            Experiment.Builder b = Experiment.builder("exp").seed(seed).hashVersion(version).coverage(coverage);
            for (int i = 0; i < weights.size(); i++) {
                if (holdout && i == weights.size() - 1) {
                    b.holdout("v" + i, weights.get(i));
                } else {
                    b.variant("v" + i, weights.get(i));
                }
            }
            if (namespaceId != null) {
                b.namespace(namespaceId, namespaceStart, namespaceEnd);
            }
            return b.build();
        }

        int reference(String id) {
            return ReferenceBucketing.variantIndex(id, seed, version, coverage, weights, namespaceId, namespaceStart,
                    namespaceEnd);
        }
    }

    @Provide
    Arbitrary<Config> configs() {
        Arbitrary<String> seed = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("2026", "ünï", "種子", "\ud83c\udf31seed"));
        Arbitrary<List<Double>> weights = Arbitraries.integers().between(1, 20).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> {
                    double total = parts.stream().mapToInt(Integer::intValue).sum();
                    List<Double> w = new ArrayList<>();
                    for (int p : parts) {
                        w.add(p / total);
                    }
                    return w;
                });
        Arbitrary<Double> share = Arbitraries.oneOf(Arbitraries.of(0.0, 0.1, 0.2, 0.5, 1.0),
                Arbitraries.doubles().between(0, 1));
        Arbitrary<double[]> range = Combinators.combine(share, share).as((a, b) -> new double[] {a, b})
                .filter(r -> r[0] != r[1]).map(r -> new double[] {Math.min(r[0], r[1]), Math.max(r[0], r[1])});
        Arbitrary<String> namespaceId = Arbitraries.of("promo", "loyalty", "ñs").injectNull(0.4);
        return Combinators.combine(seed, Arbitraries.of(1, 2), share, weights, Arbitraries.of(true, false),
                namespaceId, range).as((s, v, c, w, h, ns, r) -> new Config(s, v, c, w, h, ns, r[0], r[1]));
    }

    @Provide
    Arbitrary<List<String>> ids() {
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .map(Character::toString).list().ofMinSize(1).ofMaxSize(8).map(l -> "c" + String.join("", l));
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(16),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12),
                Arbitraries.integers().between(0, 1_000_000).map(i -> "customer-" + i),
                codePoints).filter(s -> !s.isBlank());
        return id.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void assignAll_anyExperimentAndIds_equalsSinglePathAndReference(@ForAll("configs") Config config,
                                                                     @ForAll("ids") List<String> ids) {
        Experiment exp = config.experiment();
        String[] array = ids.toArray(String[]::new);
        int[] codes = exp.assignAll(array);
        for (int i = 0; i < array.length; i++) {
            Assignment a = exp.assign(array[i]);
            assertThat(codes[i]).as("bulk vs single for '%s'", array[i]).isEqualTo(a.index())
                    .isEqualTo(exp.variantIndex(array[i]));
            assertThat(codes[i]).as("reference for '%s'", array[i]).isEqualTo(config.reference(array[i]));
            assertThat(a.status()).isEqualTo(exp.statusOf(codes[i]));
            assertThat(a.bucket()).isEqualTo(ReferenceBucketing.hash(config.seed(), array[i], config.version()));
        }
    }

    @Property(tries = 200)
    void assign_raisingCoverage_neverMovesACustomerBetweenVariants(@ForAll("configs") Config config,
                                                                   @ForAll("ids") List<String> ids) {
        Config full = new Config(config.seed(), config.version(), 1.0, config.weights(), config.holdout(),
                config.namespaceId(), config.namespaceStart(), config.namespaceEnd());
        Experiment partial = config.experiment();
        Experiment complete = full.experiment();
        for (String id : ids) {
            int code = partial.variantIndex(id);
            if (code >= 0) {
                assertThat(complete.variantIndex(id)).isEqualTo(code);
            }
        }
    }
}
