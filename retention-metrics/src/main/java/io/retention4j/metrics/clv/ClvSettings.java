package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a customer lifetime value adds up: a horizon in explicit units, split into K equal
 * discounting periods Δ, and a discount rate d per period. Value is counted from each customer's
 * observation end; the purchases of period k, (T + (k-1)Δ, T + kΔ], are discounted by
 * {@code (1 + d)^-k}.
 *
 * <pre>{@code
 * ClvSettings year = ClvSettings.horizon(12, TimeScale.months(30)).discountRate(0.01); // 1% per 30-day month
 * ClvSettings weekly = ClvSettings.horizon(52, TimeScale.WEEKS).discountRate(0.0015);  // per week
 * }</pre>
 *
 * <p>Lengths are fixed: a {@link TimeScale} of stated length ({@link TimeScale#DAYS},
 * {@link TimeScale#WEEKS}, {@link TimeScale#months(double)}, ...). {@link TimeScale#CALENDAR_MONTHS}
 * is rejected because its months differ in length; state the length with {@code months(30)} or
 * {@code months(365.2425 / 12)}. Each setter validates at once. Immutable and thread-safe.
 */
public final class ClvSettings {
    private static final int MAX_PERIODS = 1_000_000;

    private final double horizon;
    private final TimeScale horizonUnit;
    private final TimeScale period;
    private final double discountRate;
    private final int periods;

    private ClvSettings(double horizon, TimeScale horizonUnit, TimeScale period, double discountRate) {
        this.horizon = horizon;
        this.horizonUnit = horizonUnit;
        this.period = period;
        this.discountRate = discountRate;
        this.periods = wholePeriods(horizon, horizonUnit, period);
    }

    /**
     * A horizon, discounted per one unit of its own scale at rate 0 until {@link #period} and
     * {@link #discountRate} say otherwise.
     *
     * @param length the horizon length, a positive whole number (for a fractional horizon use
     *               {@link #horizon(double, TimeScale, TimeScale)})
     * @param unit   its unit, of fixed length (not calendar months)
     * @return the settings
     * @throws IllegalArgumentException for a bad length or calendar months
     */
    public static ClvSettings horizon(double length, TimeScale unit) {
        return horizon(length, unit, unit);
    }

    /**
     * A horizon and its discounting period, at discount rate 0 until {@link #discountRate} says otherwise.
     *
     * @param length the horizon length, positive and finite
     * @param unit   its unit, of fixed length (not calendar months)
     * @param period the discounting period Δ, one unit of this scale; the horizon must be a whole
     *               number (1 .. 1,000,000) of periods
     * @return the settings
     * @throws IllegalArgumentException for a bad length, calendar months or a partial period
     */
    public static ClvSettings horizon(double length, TimeScale unit, TimeScale period) {
        if (!(length > 0) || Double.isInfinite(length)) {
            throw new IllegalArgumentException("horizon length must be a positive finite number, got " + length);
        }
        return new ClvSettings(length, fixedLength("horizon unit", unit), fixedLength("period", period), 0);
    }

    /**
     * The discounting period Δ: one unit of this scale. The horizon must be a whole number of periods.
     *
     * @param period a scale of fixed length, for example {@code TimeScale.months(30)} or {@link TimeScale#WEEKS}
     * @return new settings
     * @throws IllegalArgumentException for calendar months, or when the horizon is not a whole number
     *                                  (1 .. 1,000,000) of periods
     */
    public ClvSettings period(TimeScale period) {
        return new ClvSettings(horizon, horizonUnit, fixedLength("period", period), discountRate);
    }

    /**
     * The discount rate per period: the value of period k is divided by {@code (1 + rate)^k}.
     *
     * @param rate a finite number {@code >= 0} (0.01 = 1% per period)
     * @return new settings
     */
    public ClvSettings discountRate(double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("discount rate must be a finite number >= 0 (per period), got " + rate);
        }
        return new ClvSettings(horizon, horizonUnit, period, rate);
    }

    private static TimeScale fixedLength(String what, TimeScale unit) {
        Objects.requireNonNull(unit, what);
        if (unit.isCalendarMonths()) {
            throw new IllegalArgumentException(what + " cannot be calendar months, whose length varies: use "
                    + "TimeScale.months(30) or TimeScale.months(365.2425 / 12) for a month of stated length");
        }
        return unit;
    }

    private static int wholePeriods(double horizon, TimeScale horizonUnit, TimeScale period) {
        double k = horizon * horizonUnit.lengthMillis() / period.lengthMillis();
        double rounded = Math.rint(k);
        if (rounded < 1 || rounded > MAX_PERIODS || Math.abs(k - rounded) > 1e-9 * rounded) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the horizon of %s %s is %s periods of %s: it must be a whole number of periods, 1 .. %,d",
                    trim(horizon), horizonUnit, trim(k), period, MAX_PERIODS));
        }
        return (int) rounded;
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The horizon length, in {@link #horizonUnit()}.
     *
     * @return the length
     */
    public double horizon() {
        return horizon;
    }

    /**
     * The unit of the horizon.
     *
     * @return the unit
     */
    public TimeScale horizonUnit() {
        return horizonUnit;
    }

    /**
     * The discounting period Δ (one unit of this scale).
     *
     * @return the period
     */
    public TimeScale period() {
        return period;
    }

    /**
     * The discount rate per period.
     *
     * @return d
     */
    public double discountRate() {
        return discountRate;
    }

    /**
     * The number of periods K = horizon / Δ.
     *
     * @return K, {@code >= 1}
     */
    public int periods() {
        return periods;
    }

    /**
     * The length of Δ in another unit.
     *
     * @param unit a unit of fixed length
     * @return how many {@code unit}s one period is
     * @throws IllegalArgumentException for calendar months
     */
    public double periodIn(TimeScale unit) {
        return period.lengthMillis() / fixedLength("unit", unit).lengthMillis();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClvSettings other && Double.compare(horizon, other.horizon) == 0
                && horizonUnit.equals(other.horizonUnit) && period.equals(other.period)
                && Double.compare(discountRate, other.discountRate) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(horizon, horizonUnit, period, discountRate);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "horizon %s %s = %d periods of %s, discount rate %s per period",
                trim(horizon), horizonUnit, periods, period,
                new BigDecimal(Double.toString(discountRate)).movePointRight(2).stripTrailingZeros().toPlainString() + "%");
    }
}
