package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What the model-based policies share: the BTYD history (x, t_x, T) of a purchase history in the
 * model's unit, with the daily-period convention of {@link io.retention4j.core.summary.RfmSummary},
 * the model's probability for it (checked to lie in 0..1), and the grading by three thresholds.
 */
abstract class ModelPolicy implements DormancyPolicy {
    /** Distances between local epoch days: the same arithmetic as a daily summary in any zone. */
    private static final CalendarPeriod DAYS = CalendarPeriod.days(ZoneOffset.UTC);

    private final AliveProbability model;
    private final TimeScale unit;
    private final String measure;
    private final ProbabilityLevels levels;

    ModelPolicy(AliveProbability model, String measure, ProbabilityLevels levels) {
        this.model = model;
        this.unit = Checks.notNull("model.unit()", model.unit());
        this.measure = measure;
        this.levels = levels;
    }

    /** The model's probability for the history (x, t_x, T). */
    abstract double formula(int x, double tx, double T);

    /**
     * The model.
     *
     * @return the model
     */
    public AliveProbability model() {
        return model;
    }

    /**
     * The threshold of a level (on which side of it the level applies is stated at the class).
     *
     * @param level a level
     * @return the threshold; for ACTIVE the bound that is never crossed (1 for P(alive), 0 for
     *         P(no purchase))
     */
    public double threshold(DormancyLevel level) {
        return levels.threshold(Checks.notNull("level", level));
    }

    private static int x(PurchaseHistory history) {
        return history.purchaseDays() - 1;
    }

    private double tx(PurchaseHistory history) {
        return history.purchaseDays() == 1 ? 0 : DAYS.distance(history.firstDay(), history.lastDay(), unit);
    }

    private double age(PurchaseHistory history, long day) {
        return DAYS.distance(history.firstDay(), day, unit);
    }

    /** The probability on a day; an answer outside 0..1 (or NaN) is an IllegalStateException naming the customer. */
    final double probability(PurchaseHistory history, long day) {
        Days.since(history, day);
        double p = formula(x(history), tx(history), age(history, day));
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalStateException("the model gave " + measure + " = " + p + " (outside 0..1) for customer '"
                    + history.customerId() + "' with " + inputs(history, day));
        }
        return p;
    }

    /** "x = 2, t_x = 3, T = 5 weeks". */
    private String inputs(PurchaseHistory history, long day) {
        return "x = " + x(history) + ", t_x = " + Days.number(tx(history)) + ", T = " + Days.number(age(history, day))
                + " " + unit;
    }

    @Override
    public final DormancyLevel level(PurchaseHistory history, long day) {
        return levels.levelOf(probability(history, day));
    }

    @Override
    public final String explain(PurchaseHistory history, long day) {
        return levels.explain(measure, probability(history, day), inputs(history, day));
    }

    /**
     * A probability as text with four decimals, or in full where four decimals would make it look
     * equal to the threshold it is compared with.
     */
    static String probabilityText(double p, double threshold) {
        String text = String.format(Locale.ROOT, "%.4f", p);
        return Double.parseDouble(text) == threshold && p != threshold ? Double.toString(p) : text;
    }

    @Override
    public String toString() {
        // the first line of a model's text names it and its parameters; a fit report may follow
        return measure + " from " + model.toString().lines().findFirst().orElse("") + ": " + levels;
    }
}
