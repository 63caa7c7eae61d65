/**
 * Customer lifecycle: states (new, active, at risk, dormant, churned, reactivated) as of an instant
 * with their reasons, pluggable dormancy policies, and the exact replay of state changes over time.
 *
 * <ul>
 *   <li>{@link io.retention4j.core.lifecycle.Lifecycle}: the entry point; a policy, a zone, the
 *       new-customer and reactivation windows. {@code states(log, asOf)} gives
 *       {@link io.retention4j.core.lifecycle.LifecycleStates}; {@code replay(log, from, until)} gives
 *       {@link io.retention4j.core.lifecycle.LifecycleTransitions} (or feeds a
 *       {@link io.retention4j.core.lifecycle.TransitionListener}), with a
 *       {@link io.retention4j.core.lifecycle.TransitionSummary} and
 *       {@link io.retention4j.core.lifecycle.ReactivationRates}.</li>
 *   <li>{@link io.retention4j.core.lifecycle.LifecycleState}: the states and the order of their rules.</li>
 *   <li>{@link io.retention4j.core.lifecycle.DormancyPolicy}: grades inactivity into a
 *       {@link io.retention4j.core.lifecycle.DormancyLevel}; built in are
 *       {@link io.retention4j.core.lifecycle.FixedInactivityPolicy},
 *       {@link io.retention4j.core.lifecycle.OwnCadencePolicy},
 *       {@link io.retention4j.core.lifecycle.AliveProbabilityPolicy} and
 *       {@link io.retention4j.core.lifecycle.NoPurchasePolicy}, the last two through the
 *       {@link io.retention4j.core.lifecycle.AliveProbability} contract that the BTYD models of
 *       retention-metrics implement.</li>
 * </ul>
 *
 * <p>Days: every rule counts calendar days in the lifecycle's zone (as-of day minus purchase day),
 * purchases are transactions with a non-negative amount, and several purchases on one day are one
 * purchase day, as in {@link io.retention4j.core.summary.RfmSummary} with daily periods.
 */
package io.retention4j.core.lifecycle;
