/**
 * Customer lifecycle: states (new, active, at risk, dormant, churned, reactivated), dormancy
 * policies, and the {@link io.retention4j.core.lifecycle.AliveProbability} contract that the BTYD
 * models of retention-metrics implement.
 */
package io.retention4j.core.lifecycle;
