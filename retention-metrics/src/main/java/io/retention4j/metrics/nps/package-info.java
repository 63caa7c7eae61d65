/**
 * Net Promoter Score: promoters 9-10, passives 7-8, detractors 0-6; score, sampling variance and
 * intervals, differences between groups or periods, by segment and over time, as mergeable
 * accumulators.
 */
package io.retention4j.metrics.nps;
