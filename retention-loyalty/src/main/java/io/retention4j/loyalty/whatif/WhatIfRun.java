package io.retention4j.loyalty.whatif;

import io.retention4j.loyalty.engine.LoyaltyEngine;

/**
 * A finished what-if run: its report and the private engine it ran in, for questions the report
 * does not answer ({@code engine.explain(customer)}, {@code engine.tier(customer, asOf)}, balances
 * as of any instant). The engine's clock stays at the run's end.
 *
 * @param report the report
 * @param engine the engine after the run
 */
public record WhatIfRun(WhatIfReport report, LoyaltyEngine engine) {
    @Override
    public String toString() {
        return report.toString();
    }
}
