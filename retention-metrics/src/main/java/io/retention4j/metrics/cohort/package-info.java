/**
 * Cohort retention: tables of who started in each period and who came back in each later period,
 * over calendar periods in a stated zone or rolling per-customer windows, with first-time or
 * recurring cohorts, "on" or "on or after" returns, a minimum number of return events per period,
 * custom brackets, incomplete periods flagged, and pooled, simple and Mixpanel-weighted averages.
 *
 * <p>Start here: {@link io.retention4j.metrics.cohort.Cohorts}; the cells are defined in
 * {@link io.retention4j.metrics.cohort.CohortTable}.
 */
package io.retention4j.metrics.cohort;
