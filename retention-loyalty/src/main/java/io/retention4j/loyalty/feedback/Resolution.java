package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;

/**
 * What changed to resolve a case: the text the customer can be told, who resolved it and when.
 *
 * @param text what changed
 * @param by   who resolved it
 * @param at   when (the feedback loop's clock)
 */
public record Resolution(String text, String by, Instant at) {
    /**
     * Validates the fields.
     *
     * @param text non-blank
     * @param by   non-blank
     * @param at   not null
     */
    public Resolution {
        Require.notBlank("resolution.text", text);
        Require.notBlank("resolution.by", by);
        Require.notNull("resolution.at", at);
    }

    @Override
    public String toString() {
        return at + " by " + by + ": " + text;
    }
}
