package io.retention4j.metrics.lifecycle;

/**
 * When a customer was created, which decides the interval in which they are {@link LifecycleStatus#NEW}.
 */
public enum Creation {
    /**
     * At their first activity ever (also before the observation window): a customer is new in the
     * interval of their first activity, and only there.
     */
    FIRST_ACTIVITY,
    /**
     * At their sign-up, from {@link io.retention4j.core.model.Customer} records: a customer is new when
     * active in the interval of their sign-up. Activity before the sign-up is impossible by
     * definition and rejected.
     */
    SIGN_UP
}
