package io.retention4j.metrics.clv;

import java.util.Map;
import java.util.Optional;

/**
 * What every model of this package has: a name, named parameters, and, when it was fitted rather
 * than built from known parameters, the report of its fit. Models are immutable and thread-safe.
 */
public interface FittedModel {
    /**
     * The model's name, for example "BG/NBD".
     *
     * @return the name
     */
    String name();

    /**
     * The parameters by name, in the model's parameter order.
     *
     * @return an unmodifiable, ordered map
     */
    Map<String, Double> parameters();

    /**
     * How the model was fitted.
     *
     * @return the report, or empty for a model built from parameters
     */
    Optional<FitReport> report();
}
