package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import java.util.List;
import java.util.Map;

/**
 * Builds any model of this package from its name and parameters: the one place that knows every
 * model kind, used to load saved models and to rebuild models from drawn parameters.
 */
final class ModelFactory {
    private ModelFactory() {
    }

    /**
     * A model.
     *
     * @param name       the model's {@link FittedModel#name()}
     * @param parameters the parameters by name
     * @param unit       the time unit (continuous-time models), or null
     * @param report     the fit report, or null
     * @return the model
     * @throws IllegalArgumentException for an unknown name or a missing parameter or unit
     */
    static FittedModel create(String name, Map<String, Double> parameters, TimeScale unit, FitReport report) {
        switch (name) {
            case BgNbd.NAME:
                return new BgNbdModel(need(parameters, "r", name), need(parameters, "alpha", name),
                        need(parameters, "a", name), need(parameters, "b", name), requireUnit(unit, name), report);
            case MbgNbd.NAME:
                return new MbgNbdModel(need(parameters, "r", name), need(parameters, "alpha", name),
                        need(parameters, "a", name), need(parameters, "b", name), requireUnit(unit, name), report);
            case ParetoNbd.NAME:
                return new ParetoNbdModel(need(parameters, "r", name), need(parameters, "alpha", name),
                        need(parameters, "s", name), need(parameters, "beta", name), requireUnit(unit, name), report);
            case BgBb.NAME:
                return new BgBbModel(need(parameters, "alpha", name), need(parameters, "beta", name),
                        need(parameters, "gamma", name), need(parameters, "delta", name), report);
            case ShiftedBetaGeometric.NAME:
                return new SbgModel(need(parameters, "alpha", name), need(parameters, "beta", name), report);
            case GammaGamma.NAME:
                return new GammaGammaModel(need(parameters, "p", name), need(parameters, "q", name),
                        need(parameters, "gamma", name), report);
            default:
                throw new IllegalArgumentException("unknown model '" + name + "'");
        }
    }

    /**
     * The same kind of transaction model, in the same unit, with other parameters and no report.
     *
     * @param model      a transaction model
     * @param parameters values in the model's parameter order
     * @return the new model
     */
    static TransactionModel withParameters(TransactionModel model, double[] parameters) {
        List<String> names = List.copyOf(model.parameters().keySet());
        return (TransactionModel) create(model.name(), Parameters.named(names, parameters), model.unit(), null);
    }

    private static double need(Map<String, Double> parameters, String name, String model) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException(model + " needs parameter '" + name + "'; got " + parameters.keySet());
        }
        return v;
    }

    private static TimeScale requireUnit(TimeScale unit, String model) {
        if (unit == null) {
            throw new IllegalArgumentException(model + " needs a time unit");
        }
        return unit;
    }
}
