/**
 * Survival analysis of customers: how long they stay and where they leave.
 *
 * <ul>
 *   <li>{@link io.retention4j.metrics.survival.KaplanMeier} turns {@link io.retention4j.metrics.survival.SurvivalData}
 *   (durations, event flags, optional weights and late entry) into a
 *   {@link io.retention4j.metrics.survival.SurvivalTable} with Greenwood variances, log or log-log
 *   intervals, the median (R's rule) and the restricted mean.</li>
 *   <li>{@link io.retention4j.metrics.survival.LogRankTest} compares two or more groups;
 *   {@link io.retention4j.metrics.survival.CoxProportionalHazards} fits a Cox model (Efron ties) on
 *   {@link io.retention4j.metrics.survival.CoxData}, with R-style tests and
 *   {@link io.retention4j.metrics.survival.Concordance}.</li>
 *   <li>From transactions: a {@link io.retention4j.metrics.survival.ChurnDefinition} ("no purchase for N
 *   days") gives each customer's {@link io.retention4j.metrics.survival.ChurnDurations}; churn hot spots
 *   are {@link io.retention4j.metrics.survival.TenureHazards} (hazard per tenure window) and
 *   {@link io.retention4j.metrics.survival.ChurnOddsRanking} (churn odds after each event type).</li>
 * </ul>
 *
 * <p>Times are plain numbers in the unit of the input (a {@link io.retention4j.core.time.TimeScale}
 * when it comes from a churn definition). Every result is immutable and prints as a readable table.
 */
package io.retention4j.metrics.survival;
