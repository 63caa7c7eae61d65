package io.retention4j.loyalty.personalize;

import io.retention4j.core.lifecycle.AliveProbability;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.time.TimeScale;
import io.retention4j.loyalty.internal.Require;
import java.util.function.ToDoubleFunction;

/**
 * What a customer is worth to the caller, in money: the V of an offer's expected value. Supplied by
 * the caller, e.g. a CLV from retention-metrics, or P(alive) through core's {@link AliveProbability}.
 * Implementations are thread-safe; {@code toString()} describes the value.
 */
public interface CustomerValue {
    /**
     * The customer's value.
     *
     * @param profile the customer's profile
     * @return a finite, non-negative value
     */
    double value(CustomerProfile profile);

    /**
     * A value function with a description.
     *
     * @param description e.g. {@code "12-month CLV"}
     * @param function    profile to value
     * @return the value
     */
    static CustomerValue of(String description, ToDoubleFunction<CustomerProfile> function) {
        Require.notBlank("description", description);
        Require.notNull("function", function);
        return new CustomerValue() {
            @Override
            public double value(CustomerProfile profile) {
                return function.applyAsDouble(profile);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /**
     * The same value for everyone (offers then rank by response rate and cost alone).
     *
     * @param value finite, non-negative
     * @return the value
     */
    static CustomerValue constant(double value) {
        Args.finiteNonNegative("value", value);
        return of("constant " + value, p -> value);
    }

    /**
     * {@code P(alive) * average order value}: the expected value of the customer's next order. With
     * the model's unit u: {@code x} = the profile's repeat periods, {@code t_x} = (last purchase -
     * first purchase) / u, {@code T} = (asOf - first purchase) / u. A customer without purchases is
     * worth 0.
     *
     * @param model a fitted BTYD model (BG/NBD, Pareto/NBD, ...) through core's interface
     * @return the value
     * @throws IllegalArgumentException when the model's unit is calendar months (no fixed length)
     */
    static CustomerValue aliveTimesAverageOrder(AliveProbability model) {
        Require.notNull("model", model);
        TimeScale unit = model.unit();
        if (unit.isCalendarMonths()) {
            throw new IllegalArgumentException("the model's unit must have a fixed length, got " + unit);
        }
        double length = unit.lengthMillis();
        return of("P(alive) x average order value", p -> {
            if (p.firstPurchase().isEmpty() || p.averageOrderValue().isEmpty()) {
                return 0;
            }
            long first = p.firstPurchase().get().toEpochMilli();
            double tx = (p.lastPurchase().get().toEpochMilli() - first) / length;
            double age = (p.asOf().toEpochMilli() - first) / length;
            return model.probabilityAlive(p.repeatPeriods(), tx, age) * Math.max(0, p.averageOrderValue().getAsDouble());
        });
    }
}
