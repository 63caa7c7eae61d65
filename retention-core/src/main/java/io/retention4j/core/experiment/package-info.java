/**
 * Deterministic assignment of customers to experiment variants by hash bucketing, compatible with the
 * GrowthBook SDKs: an experiment key and seed, a coverage (the share of customers in the experiment),
 * weighted variants, an optional holdout variant whose customers get nothing, and namespace ranges
 * that make experiments exclude each other. Assignments are stateless: the same inputs give the same
 * variant in any process.
 *
 * <ul>
 *   <li>{@link io.retention4j.core.experiment.Experiment}: the entry point, built with
 *       {@code Experiment.builder(key)}. {@code assign(customerId)} gives an
 *       {@link io.retention4j.core.experiment.Assignment} with an
 *       {@link io.retention4j.core.experiment.AssignmentStatus} (in a variant, holdout, outside the
 *       coverage, outside the namespace); {@code expose(customerId, instant)} gives an
 *       {@link io.retention4j.core.experiment.Exposure} record for analysis; {@code assignAll(ids)}
 *       assigns many customers into an {@code int[]} of variant indexes without allocating per
 *       customer.</li>
 *   <li>{@link io.retention4j.core.experiment.Bucketing}: the formulas as plain functions (FNV-1a over
 *       UTF-8 bytes, GrowthBook's hash versions 1 and 2, bucket ranges, the choice of a variant).</li>
 *   <li>{@link io.retention4j.core.experiment.Variant},
 *       {@link io.retention4j.core.experiment.BucketRange} and
 *       {@link io.retention4j.core.experiment.Namespace}: the parts of an experiment.</li>
 * </ul>
 *
 * <p>Time: exposures carry the instant the caller gives (or an injected {@code Clock}'s); nothing here
 * reads the system clock. The analysis of experiments (effects, SRM checks, corrections) is in
 * retention-metrics.
 */
package io.retention4j.core.experiment;
