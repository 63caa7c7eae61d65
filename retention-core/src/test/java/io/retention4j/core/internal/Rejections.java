package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Test helper: asserts that a call is rejected with an exception of a given type whose message
 * contains every given fragment (typically the field name and the offending value).
 */
public final class Rejections {
    private Rejections() {
    }

    /**
     * Asserts that {@code call} throws {@code type} with a message containing every fragment.
     *
     * @param type      the expected exception type
     * @param call      the call
     * @param fragments substrings the message must contain
     * @return the assertion, for further checks
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertRejects(
            Class<? extends Throwable> type, ThrowingCallable call, String... fragments) {
        AbstractThrowableAssert<?, ? extends Throwable> assertion = assertThatThrownBy(call).isInstanceOf(type);
        for (String fragment : fragments) {
            assertion.hasMessageContaining(fragment);
        }
        return assertion;
    }
}
