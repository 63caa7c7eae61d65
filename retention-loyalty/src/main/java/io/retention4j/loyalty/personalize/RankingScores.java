package io.retention4j.loyalty.personalize;

import java.util.Locale;

/**
 * Mean top-k ranking metrics over the evaluated customers (definitions in {@link RankingMetrics}).
 *
 * @param k         the cut-off
 * @param customers the number of customers evaluated
 * @param precision mean precision@k, in [0, 1]; 0 when no customer was evaluated
 * @param recall    mean recall@k, in [0, 1]; 0 when none
 * @param hitRate   the share of customers with at least one hit in the top k, in [0, 1]; 0 when none
 * @param map       MAP@k, the mean average precision at k, in [0, 1]; 0 when none
 * @param coverage  distinct items recommended to anyone / catalogue size, in [0, 1]
 */
public record RankingScores(int k, long customers, double precision, double recall, double hitRate, double map,
                            double coverage) {
    /**
     * Validates the fields.
     *
     * @param k         positive
     * @param customers non-negative
     * @param precision in [0, 1]
     * @param recall    in [0, 1]
     * @param hitRate   in [0, 1]
     * @param map       in [0, 1]
     * @param coverage  in [0, 1]
     */
    public RankingScores {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, got " + k);
        }
        if (customers < 0) {
            throw new IllegalArgumentException("customers must be zero or positive, got " + customers);
        }
        unit("precision", precision);
        unit("recall", recall);
        unit("hitRate", hitRate);
        unit("map", map);
        unit("coverage", coverage);
    }

    private static void unit(String field, double value) {
        if (!(value >= 0 && value <= 1 + 1e-12)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "RankingScores[k=%d, %d customers: precision %.4f, recall %.4f, hit rate %.4f, MAP %.4f, coverage %.4f]",
                k, customers, precision, recall, hitRate, map, coverage);
    }
}
