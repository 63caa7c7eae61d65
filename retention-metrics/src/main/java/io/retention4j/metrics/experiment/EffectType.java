package io.retention4j.metrics.experiment;

/** How a treatment's effect is expressed against the control. */
public enum EffectType {
    /** The difference of the arms' means: {@code treatment - control}, in the metric's unit. */
    ABSOLUTE,
    /**
     * The lift: {@code (treatment - control) / control}, a fraction (0.05 is +5%). Its variance comes
     * from the delta method on the ratio of means; undefined when the control mean is 0.
     */
    RELATIVE
}
