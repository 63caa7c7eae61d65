package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.util.List;
import java.util.Locale;

/**
 * A message ready for the caller's channel; the library sends nothing.
 *
 * @param customerId the recipient
 * @param templateId the template used
 * @param purpose    what the message is for
 * @param channel    the recipient's channel
 * @param locale     the recipient's locale
 * @param register   the register chosen by the rules
 * @param text       the rendered text
 * @param fallbacks  the placeholders that had no value and used a fallback text
 */
public record RenderedMessage(String customerId, String templateId, String purpose, String channel, Locale locale,
                              String register, String text, List<Placeholder> fallbacks) {
    /**
     * Validates and copies.
     *
     * @param customerId non-blank
     * @param templateId non-blank
     * @param purpose    non-blank
     * @param channel    non-blank
     * @param locale     not null
     * @param register   non-blank
     * @param text       not null
     * @param fallbacks  not null
     */
    public RenderedMessage {
        Require.notBlank("message.customerId", customerId);
        Require.notBlank("message.templateId", templateId);
        Require.notBlank("message.purpose", purpose);
        Require.notBlank("message.channel", channel);
        Require.notNull("message.locale", locale);
        Require.notBlank("message.register", register);
        Require.notNull("message.text", text);
        fallbacks = List.copyOf(Require.notNull("message.fallbacks", fallbacks));
    }

    @Override
    public String toString() {
        return "[" + channel + " " + locale.toLanguageTag() + " " + register + " " + templateId + " -> " + customerId
                + "] " + text + (fallbacks.isEmpty() ? "" : " (fallbacks: " + fallbacks + ")");
    }
}
