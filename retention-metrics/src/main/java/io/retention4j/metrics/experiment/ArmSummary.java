package io.retention4j.metrics.experiment;

import java.util.Locale;
import java.util.Optional;

/**
 * What one variant's customers did after exposure (see {@link RetentionExperiment} for the
 * definitions).
 *
 * @param variant   the variant's name
 * @param customers the variant's customers in the analysis (first exposure, one variant only)
 * @param retained  customers with a complete window and at least one purchase in it
 * @param repeat    customers with a complete window and at least two purchases in it
 * @param revenue   net revenue per customer with a complete window (refunds subtracted)
 * @param churned   customers whose churn was observed before the observation end
 * @param clv       the caller's CLV per customer, when CLV values were given
 */
public record ArmSummary(String variant, long customers, ProportionStatistic retained, ProportionStatistic repeat,
                         MeanStatistic revenue, long churned, Optional<MeanStatistic> clv) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %,d customers, retained %s, repeat %s, revenue per customer %s, "
                        + "%,d churned%s", variant, customers, retained, repeat, Text.number(revenue.mean()), churned,
                clv.map(c -> ", mean CLV " + Text.number(c.mean())).orElse(""));
    }
}
