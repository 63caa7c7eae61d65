/**
 * The analysis of experiments: effects with intervals and p-values, variance reduction, sequential
 * and Bayesian readings, sample-ratio checks, multiple-comparison corrections, power, and retention
 * outcomes by variant. Assignment itself is in {@code io.retention4j.core.experiment}.
 *
 * <ul>
 *   <li>Sufficient statistics per arm, each with a mergeable accumulator
 *       ({@code add / merge / result}): {@link io.retention4j.metrics.experiment.ProportionStatistic}
 *       (converted / exposed), {@link io.retention4j.metrics.experiment.MeanStatistic} (n, sum, sum of
 *       squares), {@link io.retention4j.metrics.experiment.RatioStatistic} (per-unit ratio metrics by the
 *       delta method) and {@link io.retention4j.metrics.experiment.CupedStatistic} (outcome and
 *       pre-period covariate).</li>
 *   <li>{@link io.retention4j.metrics.experiment.Comparison}: one treatment against the control;
 *       absolute and relative {@link io.retention4j.metrics.experiment.Effect}s from a Welch t-test
 *       (two-sided or one-sided) or a sequential test (asymptotic confidence sequences, safe to peek),
 *       a {@link io.retention4j.metrics.experiment.BayesianResult} (chance to beat control, risk) under a
 *       {@link io.retention4j.metrics.experiment.GaussianPrior}, and CUPED.</li>
 *   <li>{@link io.retention4j.metrics.experiment.SampleRatioCheck} (chi-square SRM check),
 *       {@link io.retention4j.metrics.experiment.Correction} (Bonferroni, Holm, Benjamini-Hochberg) and
 *       {@link io.retention4j.metrics.experiment.PowerPlan} (power and sample size, as R computes
 *       them).</li>
 *   <li>{@link io.retention4j.metrics.experiment.RetentionExperiment}: a transaction log and the
 *       {@link io.retention4j.core.experiment.Exposure}s of an experiment in, a
 *       {@link io.retention4j.metrics.experiment.RetentionExperimentReport} out (retention after N
 *       days, repeat purchase, revenue, churn hazard by log-rank, CLV).</li>
 * </ul>
 *
 * <p>The formulas follow GrowthBook's stats engine (gbstats) where it has one, and its published test
 * values are the references of the tests. Every result is immutable and prints readably.
 */
package io.retention4j.metrics.experiment;
