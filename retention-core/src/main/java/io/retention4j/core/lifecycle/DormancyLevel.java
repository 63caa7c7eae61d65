package io.retention4j.core.lifecycle;

import java.util.Locale;

/**
 * How inactive a customer is on a day, as graded by a {@link DormancyPolicy}: the policy's whole
 * verdict, before the lifecycle adds NEW and REACTIVATED (see {@link LifecycleState}). Levels are
 * ordered by severity; the declaration order is that order.
 */
public enum DormancyLevel {
    /** Buying as expected. */
    ACTIVE,
    /** Inactive long enough to watch. */
    AT_RISK,
    /** Asleep. */
    DORMANT,
    /** Presumed gone. */
    CHURNED;

    private static final DormancyLevel[] VALUES = values();

    static DormancyLevel of(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * Whether this level is at least as severe as another.
     *
     * @param other a level
     * @return {@code ordinal() >= other.ordinal()}
     */
    public boolean atLeast(DormancyLevel other) {
        return ordinal() >= other.ordinal();
    }

    /**
     * The lifecycle state of the same name.
     *
     * @return ACTIVE, AT_RISK, DORMANT or CHURNED
     */
    public LifecycleState state() {
        switch (this) {
            case AT_RISK:
                return LifecycleState.AT_RISK;
            case DORMANT:
                return LifecycleState.DORMANT;
            case CHURNED:
                return LifecycleState.CHURNED;
            default:
                return LifecycleState.ACTIVE;
        }
    }

    /**
     * A readable name: "active", "at-risk", "dormant", "churned".
     *
     * @return the name used in reasons
     */
    public String label() {
        return this == AT_RISK ? "at-risk" : name().toLowerCase(Locale.ROOT);
    }
}
