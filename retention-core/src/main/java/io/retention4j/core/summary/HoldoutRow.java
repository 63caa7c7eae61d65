package io.retention4j.core.summary;

/**
 * One customer's calibration statistics and what they did in the holdout period (see
 * {@link CalibrationHoldout}).
 *
 * @param calibration       the calibration-period statistics
 * @param frequencyHoldout  number of periods with a purchase in the holdout period
 * @param monetaryHoldout   mean value of those periods (0 when there are none)
 * @param durationHoldout   length of the holdout period in the summary's unit
 */
public record HoldoutRow(RfmRow calibration, int frequencyHoldout, double monetaryHoldout,
                         double durationHoldout) {
}
