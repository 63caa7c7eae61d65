package io.retention4j.core.summary;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.TransactionLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * A calibration/holdout split of a transaction log, for validating a model fitted on the
 * calibration period against what customers did next (Python lifetimes'
 * {@code calibration_and_holdout_data}).
 *
 * <p>Definitions. The calibration summary is the {@link RfmSummary} of the purchases at or before
 * the calibration end. The holdout period is (calibration end, observation end]; a purchase after
 * the observation end counts in neither period. For each customer of the calibration summary
 * (customers whose first purchase is in the holdout are not included):
 * <ul>
 *   <li>frequency holdout = number of periods with a purchase in the holdout period (no "minus one":
 *       every holdout period is a repeat);</li>
 *   <li>monetary holdout = mean value of those periods, same-period purchases summed (0 when none);</li>
 *   <li>duration holdout = time from the start of the calibration end's period to the start of the
 *       observation end's period, in the unit (the same for every customer).</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CalibrationHoldout {
    private final RfmSummary calibration;
    private final int[] frequencyHoldout;
    private final double[] monetaryHoldout;
    private final double durationHoldout;
    private final Instant calibrationEnd;
    private final Instant observationEnd;

    private CalibrationHoldout(RfmSummary calibration, int[] frequencyHoldout, double[] monetaryHoldout,
                               double durationHoldout, Instant calibrationEnd, Instant observationEnd) {
        this.calibration = calibration;
        this.frequencyHoldout = frequencyHoldout;
        this.monetaryHoldout = monetaryHoldout;
        this.durationHoldout = durationHoldout;
        this.calibrationEnd = calibrationEnd;
        this.observationEnd = observationEnd;
    }

    /**
     * A builder (period: calendar days in UTC; unit: days).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The calibration-period summary.
     *
     * @return the summary as of the calibration end
     */
    public RfmSummary calibration() {
        return calibration;
    }

    /**
     * The number of customers (the calibration summary's).
     *
     * @return the count
     */
    public int size() {
        return calibration.size();
    }

    /**
     * Holdout frequency of row i (row numbers are the calibration summary's).
     *
     * @param i a row
     * @return the number of holdout periods with a purchase
     */
    public int frequencyHoldout(int i) {
        return frequencyHoldout[i];
    }

    /**
     * Holdout monetary value of row i.
     *
     * @param i a row
     * @return the mean holdout period value, 0 when none
     */
    public double monetaryHoldout(int i) {
        return monetaryHoldout[i];
    }

    /**
     * The holdout length in the unit.
     *
     * @return the duration
     */
    public double durationHoldout() {
        return durationHoldout;
    }

    /**
     * The calibration end (inclusive).
     *
     * @return the instant
     */
    public Instant calibrationEnd() {
        return calibrationEnd;
    }

    /**
     * The observation end (inclusive).
     *
     * @return the instant
     */
    public Instant observationEnd() {
        return observationEnd;
    }

    /**
     * The holdout frequency column.
     *
     * @return a copy, one value per row
     */
    public int[] frequenciesHoldout() {
        return frequencyHoldout.clone();
    }

    /**
     * The holdout monetary column.
     *
     * @return a copy, one value per row
     */
    public double[] monetaryValuesHoldout() {
        return monetaryHoldout.clone();
    }

    /**
     * One customer's split.
     *
     * @param customerId a customer of the calibration summary
     * @return the row
     * @throws NoSuchElementException when the customer has no purchase in the calibration period
     */
    public HoldoutRow row(String customerId) {
        int i = calibration.indexOf(customerId);
        if (i < 0) {
            throw new NoSuchElementException("customer '" + customerId
                    + "' has no purchase by the calibration end " + calibrationEnd);
        }
        return row(i);
    }

    /**
     * Row i of the split.
     *
     * @param i a row
     * @return the row
     */
    public HoldoutRow row(int i) {
        return new HoldoutRow(calibration.row(i), frequencyHoldout[i], monetaryHoldout[i], durationHoldout);
    }

    @Override
    public String toString() {
        int active = 0;
        long purchases = 0;
        for (int f : frequencyHoldout) {
            if (f > 0) {
                active++;
            }
            purchases += f;
        }
        return String.format(Locale.ROOT,
                "CalibrationHoldout[%d customers, calibration end %s, observation end %s, holdout %.2f %s, "
                        + "%d customers with %d holdout purchase periods]",
                size(), calibrationEnd, observationEnd, durationHoldout, calibration.unit(), active, purchases);
    }

    /** Options for {@link CalibrationHoldout}; each setter validates at once. */
    public static final class Builder extends SummaryOptions<Builder> {
        private EndPoint calibrationEnd;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * The last instant of the calibration period, inclusive.
         *
         * @param end the calibration end
         * @return this builder
         */
        public Builder calibrationEnd(Instant end) {
            this.calibrationEnd = EndPoint.at(Checks.notNull("calibrationEnd", end));
            return this;
        }

        /**
         * The last day of the calibration period (its last millisecond in the period's zone).
         *
         * @param lastDay the last calibration day
         * @return this builder
         */
        public Builder calibrationEnd(LocalDate lastDay) {
            this.calibrationEnd = EndPoint.endOf(Checks.notNull("calibrationEnd", lastDay));
            return this;
        }

        /**
         * Computes the split.
         *
         * @param log the transactions
         * @return the split
         * @throws IllegalStateException when an end is missing
         * @throws IllegalArgumentException when the calibration end is not before the observation end
         */
        public CalibrationHoldout build(TransactionLog log) {
            Checks.notNull("log", log);
            if (calibrationEnd == null) {
                throw new IllegalStateException("calibrationEnd is not set: call calibrationEnd(Instant) "
                        + "or calibrationEnd(LocalDate) before build");
            }
            Instant calEnd = calibrationEnd.resolve(period);
            Instant obsEnd = requireObservationEnd();
            if (!calEnd.isBefore(obsEnd)) {
                throw new IllegalArgumentException("calibrationEnd " + calEnd
                        + " must be before observationEnd " + obsEnd);
            }
            RfmSummary cal = RfmSummary.compute(log, period, unit, calEnd, parallel);
            int n = cal.size();
            int[] freq = new int[n];
            double[] mon = new double[n];
            long from = calEnd.toEpochMilli();
            long to = obsEnd.toEpochMilli();
            PurchaseScan scan = new PurchaseScan();
            for (int i = 0; i < n; i++) {
                int c = log.customers().indexOf(cal.customerId(i));
                if (scan.scan(log, c, period, from, to)) {
                    freq[i] = scan.periods;
                    mon[i] = scan.totalSum / scan.periods;
                }
            }
            double duration = period.distance(period.indexOf(from), period.indexOf(to), unit);
            return new CalibrationHoldout(cal, freq, mon, duration, calEnd, obsEnd);
        }
    }
}
