/**
 * Grouping customers: RFM scores, segment maps over them, rule segments over profiles, k-means
 * clusters and communities.
 *
 * <pre>{@code
 * CustomerProfiles profiles = CustomerProfiles.builder().transactions(log).asOf(asOf).build();
 *
 * RfmScores scores = RfmScorer.defaults().score(profiles);          // 1..5, value-based quantiles
 * SegmentAssignment grid = SegmentMap.recencyFrequencyGrid().assign(scores);
 * System.out.println(grid);                                        // sizes and mean spend per segment
 * System.out.println(SegmentMap.rfmWithLost().coverage());         // which cells each segment takes
 *
 * RuleSegments rules = RuleSegments.fromJson(json);                // or RuleSegments.builder()...
 * RuleSegmentMembership members = rules.evaluate(profiles);
 *
 * Clusters clusters = KMeans.builder().k(6).seed(7).build()
 *         .fit(ClusterFeatures.logRfm(profiles, MonetaryMeasure.TOTAL_SPEND));
 *
 * Communities clubs = CommunityGrouping.byAttribute("baby_age_band").minSize(20).maxSize(500).build()
 *         .apply(profiles);
 * }</pre>
 *
 * <p>Every result is an immutable value with a readable {@code toString()}; every definition
 * ({@link io.retention4j.core.segment.SegmentMap}, {@link io.retention4j.core.segment.RuleSegments})
 * reads from and writes to JSON, and bad input is rejected with its place.
 */
package io.retention4j.core.segment;
