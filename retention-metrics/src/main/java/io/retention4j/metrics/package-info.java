/**
 * Numbers about customers: retention and churn rates, cohort tables, lifecycle counts, NPS,
 * customer lifetime value models (BTYD family), survival analysis and experiment analysis.
 *
 * <p>Sub-packages by concept: {@code rates}, {@code cohort}, {@code lifecycle}, {@code nps},
 * {@code clv}, {@code survival}, {@code experiment}. This module depends on retention-core only.
 */
package io.retention4j.metrics;
