/**
 * Lifecycle counts per interval: new, returning, resurrecting and dormant customers (PostHog's
 * lifecycle), with the customers behind each number, over calendar periods in a stated zone.
 *
 * <p>Start here: {@link io.retention4j.metrics.lifecycle.Lifecycle}.
 */
package io.retention4j.metrics.lifecycle;
