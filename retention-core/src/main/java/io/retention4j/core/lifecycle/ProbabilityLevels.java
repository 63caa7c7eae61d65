package io.retention4j.core.lifecycle;

/**
 * The three thresholds of a model-based policy and the side on which they flag: below them for
 * P(alive) (a low chance of being alive is bad), above them for P(no purchase) (a high chance of no
 * purchase is bad). Validates them, grades a probability and explains the grade.
 */
final class ProbabilityLevels {
    private final String measure;
    private final boolean below;
    private final double atRisk;
    private final double dormant;
    private final double churned;

    private ProbabilityLevels(String measure, boolean below, double atRisk, double dormant, double churned) {
        this.measure = measure;
        this.below = below;
        this.atRisk = threshold("at-risk", atRisk);
        this.dormant = threshold("dormant", dormant);
        this.churned = threshold("churned", churned);
        checkOrder("dormant", dormant, "at-risk", atRisk);
        checkOrder("churned", churned, "dormant", dormant);
    }

    /** Levels flagged when the probability is below the thresholds, which must decrease. */
    static ProbabilityLevels below(String measure, double atRisk, double dormant, double churned) {
        return new ProbabilityLevels(measure, true, atRisk, dormant, churned);
    }

    /** Levels flagged when the probability is above the thresholds, which must increase. */
    static ProbabilityLevels above(String measure, double atRisk, double dormant, double churned) {
        return new ProbabilityLevels(measure, false, atRisk, dormant, churned);
    }

    private static double threshold(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " threshold must be in 0..1, got " + value);
        }
        return value;
    }

    private void checkOrder(String name, double value, String previousName, double previous) {
        if (below ? value >= previous : value <= previous) {
            throw new IllegalArgumentException(name + " threshold must be " + (below ? "below" : "above") + " the "
                    + previousName + " threshold (" + previous + ") for " + measure + ", got " + value);
        }
    }

    /** The threshold of a level; for ACTIVE the bound that is never crossed (1 below, 0 above). */
    double threshold(DormancyLevel level) {
        switch (level) {
            case AT_RISK:
                return atRisk;
            case DORMANT:
                return dormant;
            case CHURNED:
                return churned;
            default:
                return below ? 1 : 0;
        }
    }

    private boolean beyond(double p, double threshold) {
        return below ? p < threshold : p > threshold;
    }

    DormancyLevel levelOf(double p) {
        if (beyond(p, churned)) {
            return DormancyLevel.CHURNED;
        }
        if (beyond(p, dormant)) {
            return DormancyLevel.DORMANT;
        }
        return beyond(p, atRisk) ? DormancyLevel.AT_RISK : DormancyLevel.ACTIVE;
    }

    /** "P(alive) = 0.3120 &lt; dormant threshold 0.5 (inputs)", or the at-risk bound for ACTIVE. */
    String explain(String measured, double p, String inputs) {
        DormancyLevel level = levelOf(p);
        double threshold = level == DormancyLevel.ACTIVE ? atRisk : threshold(level);
        String relation = level == DormancyLevel.ACTIVE ? (below ? " >= " : " <= ") : (below ? " < " : " > ");
        String name = level == DormancyLevel.ACTIVE ? "at-risk" : level.label();
        return measured + " = " + ModelPolicy.probabilityText(p, threshold) + relation + name + " threshold " + threshold
                + " (" + inputs + ")";
    }

    @Override
    public String toString() {
        String side = below ? " below " : " above ";
        return "at risk" + side + atRisk + ", dormant" + side + dormant + ", churned" + side + churned;
    }
}
