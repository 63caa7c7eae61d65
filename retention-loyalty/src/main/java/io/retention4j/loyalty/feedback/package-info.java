/**
 * The feedback loop: collect survey responses, categorise them, track the cases to resolution, close
 * the loop with the customer and publish what changed. In-product prompts and messages are the
 * caller's; the library records, analyses and hands {@link io.retention4j.loyalty.engine.Action}s to
 * listeners.
 *
 * <ul>
 *   <li><b>Collect</b>: {@link io.retention4j.loyalty.feedback.Survey} definitions (NPS, satisfaction
 *       scale, free text) and {@link io.retention4j.loyalty.feedback.Response}s linked to customers; a
 *       score outside the survey's scale is refused with the field, value and allowed range.</li>
 *   <li><b>Categorise</b>: {@link io.retention4j.loyalty.feedback.FeedbackRules} of
 *       {@link io.retention4j.loyalty.feedback.CategoryRule}s as data (whole-word keywords, score bands,
 *       channels, products, surveys), first match by priority, and an explicit fallback; each
 *       {@link io.retention4j.loyalty.feedback.Category} has an owner and a deadline per
 *       {@link io.retention4j.loyalty.feedback.Severity}.</li>
 *   <li><b>Track</b>: {@link io.retention4j.loyalty.feedback.FeedbackCase}s move through the legal
 *       {@link io.retention4j.loyalty.feedback.CaseState}s; SLA breaches, the
 *       {@link io.retention4j.loyalty.feedback.Backlog} by owner and category, and the most frequent
 *       categories per period ({@link io.retention4j.loyalty.feedback.CategoryTrend}).</li>
 *   <li><b>Close the loop</b>: resolving a case emits {@code FEEDBACK_RESOLVED} and, optionally, a
 *       {@code FOLLOW_UP_SURVEY} later; {@link io.retention4j.loyalty.feedback.NpsMovement} compares the
 *       NPS of customers whose case was resolved with the others'.</li>
 *   <li><b>Report</b>: the {@link io.retention4j.loyalty.feedback.ImprovementReport}, what was fixed per
 *       period.</li>
 * </ul>
 *
 * <p>{@link io.retention4j.loyalty.feedback.FeedbackLoop} is the thread-safe entry point; every other
 * type here is an immutable value. The report types also compute from any collection of case
 * snapshots ({@code Backlog.of}, {@code CategoryTrend.of}, {@code NpsMovement.of},
 * {@code ImprovementReport.of}).
 */
package io.retention4j.loyalty.feedback;
