package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.Locale;

/**
 * The result of a {@link HoldoutEvaluation}: the model's and the popularity baseline's mean scores.
 *
 * @param cut          the first instant of the test period
 * @param k            the cut-off
 * @param trainRows    interaction rows before the cut
 * @param testRows     interaction rows at or after it
 * @param repeatsOnly  customers who bought in the test period only items they had bought before (not evaluated)
 * @param model        the recommender's scores
 * @param baseline     the popularity baseline's scores
 * @param settings     the recommender's description
 */
public record EvaluationReport(Instant cut, int k, int trainRows, int testRows, int repeatsOnly, RankingScores model,
                               RankingScores baseline, String settings) {
    /**
     * Validates the fields.
     *
     * @param cut         not null
     * @param k           positive
     * @param trainRows   non-negative
     * @param testRows    non-negative
     * @param repeatsOnly non-negative
     * @param model       not null
     * @param baseline    not null
     * @param settings    not null
     */
    public EvaluationReport {
        Require.notNull("report.cut", cut);
        Require.positive("report.k", k);
        Require.nonNegative("report.trainRows", trainRows);
        Require.nonNegative("report.testRows", testRows);
        Require.nonNegative("report.repeatsOnly", repeatsOnly);
        Require.notNull("report.model", model);
        Require.notNull("report.baseline", baseline);
        Require.notNull("report.settings", settings);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Holdout evaluation at ").append(cut).append(", k = ").append(k).append('\n');
        sb.append("  train: ").append(trainRows).append(" rows before the cut; test: ").append(testRows)
                .append(" rows from it; ").append(model.customers()).append(" customers with new purchases evaluated, ")
                .append(repeatsOnly).append(" bought only repeats (not evaluated)\n");
        sb.append(String.format(Locale.ROOT, "  %-14s %10s %12s %8s%n", "metric", "model", "popularity", "ratio"));
        row(sb, "precision@" + k, model.precision(), baseline.precision());
        row(sb, "recall@" + k, model.recall(), baseline.recall());
        row(sb, "hit rate", model.hitRate(), baseline.hitRate());
        row(sb, "MAP@" + k, model.map(), baseline.map());
        row(sb, "coverage", model.coverage(), baseline.coverage());
        sb.append("  ").append(settings);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String metric, double model, double baseline) {
        String ratio = baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", model / baseline);
        sb.append(String.format(Locale.ROOT, "  %-14s %10.4f %12.4f %8s%n", metric, model, baseline, ratio));
    }
}
