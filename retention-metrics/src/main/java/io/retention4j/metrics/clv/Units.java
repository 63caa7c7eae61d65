package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;

/** Unit checks and conversions between data and models: never a hidden unit. */
final class Units {
    private Units() {
    }

    static void requireSame(TransactionModel model, TimeScale dataUnit) {
        if (!model.unit().equals(dataUnit)) {
            throw new IllegalArgumentException(model.name() + " is in " + model.unit() + " but the data is in "
                    + dataUnit + ": build the data in " + model.unit() + " (or pass an RfmSummary, which is converted)");
        }
    }

    /**
     * How many model units one unit of {@code from} is.
     *
     * @throws IllegalArgumentException when one unit is calendar months and the other is not
     */
    static double factor(TimeScale from, TimeScale to) {
        if (from.equals(to)) {
            return 1;
        }
        if (from.isCalendarMonths() || to.isCalendarMonths()) {
            throw new IllegalArgumentException("cannot convert between " + from + " and " + to
                    + ": calendar months have no fixed length; use TimeScale.months(days) for a stated length");
        }
        return from.lengthMillis() / to.lengthMillis();
    }

    static BtydData toModelUnit(TransactionModel model, RfmSummary summary) {
        double f = factor(summary.unit(), model.unit());
        if (f == 1) {
            return BtydData.of(summary);
        }
        double[] tx = summary.recencies();
        double[] t = summary.ages();
        for (int i = 0; i < tx.length; i++) {
            tx[i] *= f;
            t[i] *= f;
        }
        return BtydData.of(summary.frequencies(), tx, t, null, model.unit());
    }
}
