package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message text with placeholders ({@code {name}}, see {@link Placeholder}) and the audience it is
 * for: a purpose (e.g. {@code "win-back"}) and optional selectors (segment, tier, channel, locale,
 * register). A selector left null matches anything. Literal braces are written <code>{{</code> and
 * <code>}}</code>.
 *
 * <p>The text is checked when the template is built: an unknown placeholder or an unbalanced brace
 * throws, naming the template, the position and the known placeholders. Immutable and thread-safe.
 */
public final class MessageTemplate {
    private final String id;
    private final String purpose;
    private final String text;
    private final String segment;
    private final String tier;
    private final String channel;
    private final Locale locale;
    private final String register;
    private final Map<Placeholder, String> fallbacks;
    private final List<Object> parts; // String literals and Placeholders
    private final Set<Placeholder> placeholders;

    private MessageTemplate(Builder b, List<Object> parts) {
        this.id = b.id;
        this.purpose = b.purpose;
        this.text = b.text;
        this.segment = b.segment;
        this.tier = b.tier;
        this.channel = b.channel;
        this.locale = b.locale;
        this.register = b.register;
        this.fallbacks = b.fallbacks.isEmpty() ? Map.of() : Map.copyOf(b.fallbacks);
        this.parts = List.copyOf(parts);
        EnumSet<Placeholder> used = EnumSet.noneOf(Placeholder.class);
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                used.add(p);
            }
        }
        this.placeholders = Set.copyOf(used);
    }

    /**
     * A builder.
     *
     * @param id      the template's id, non-blank
     * @param purpose what the message is for, e.g. {@code "win-back"}, {@code "birthday"}
     * @param text    the text with placeholders
     * @return a new builder
     */
    public static Builder builder(String id, String purpose, String text) {
        return new Builder(Require.notBlank("template id", id), Require.notBlank("template '" + id + "' purpose", purpose),
                Require.notNull("template '" + id + "' text", text));
    }

    /**
     * A template for any audience of a purpose.
     *
     * @param id      the template's id
     * @param purpose what the message is for
     * @param text    the text with placeholders
     * @return the template
     * @throws IllegalArgumentException naming an unknown placeholder and its position
     */
    public static MessageTemplate of(String id, String purpose, String text) {
        return builder(id, purpose, text).build();
    }

    static List<Object> parse(String id, String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (ch == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (ch == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("template '" + id + "': '{' at position " + i
                            + " is not closed (write '{{' for a literal brace)");
                }
                String key = text.substring(i + 1, close);
                Placeholder p = Placeholder.ofKey(key);
                if (p == null) {
                    throw new IllegalArgumentException("template '" + id + "': unknown placeholder {" + key
                            + "} at position " + i + "; known: " + Placeholder.known());
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(p);
                i = close + 1;
            } else if (ch == '}') {
                throw new IllegalArgumentException("template '" + id + "': '}' at position " + i
                        + " closes nothing (write '}}' for a literal brace)");
            } else {
                literal.append(ch);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return parts;
    }

    /**
     * The id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The purpose.
     *
     * @return e.g. {@code "win-back"}
     */
    public String purpose() {
        return purpose;
    }

    /**
     * The text as written.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The segment selector.
     *
     * @return the segment, or null for any
     */
    public String segment() {
        return segment;
    }

    /**
     * The tier selector.
     *
     * @return the tier id, or null for any
     */
    public String tier() {
        return tier;
    }

    /**
     * The channel selector.
     *
     * @return the channel, or null for any
     */
    public String channel() {
        return channel;
    }

    /**
     * The locale selector: an exact locale or a language only ({@code Locale.FRENCH} matches fr_FR and fr_CA).
     *
     * @return the locale, or null for any
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The register selector.
     *
     * @return e.g. {@code "formal"}, or null for any
     */
    public String register() {
        return register;
    }

    /**
     * The placeholders the text uses.
     *
     * @return an unmodifiable set
     */
    public Set<Placeholder> placeholders() {
        return placeholders;
    }

    /**
     * This template's fallback texts for missing values.
     *
     * @return an unmodifiable map
     */
    public Map<Placeholder, String> fallbacks() {
        return fallbacks;
    }

    List<Object> parts() {
        return parts;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MessageTemplate[").append(id).append(" for ").append(purpose);
        if (segment != null) {
            sb.append(", segment ").append(segment);
        }
        if (tier != null) {
            sb.append(", tier ").append(tier);
        }
        if (channel != null) {
            sb.append(", channel ").append(channel);
        }
        if (locale != null) {
            sb.append(", locale ").append(locale.toLanguageTag());
        }
        if (register != null) {
            sb.append(", register ").append(register);
        }
        return sb.append(": \"").append(text).append("\"]").toString();
    }

    /** Selectors and fallbacks; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String purpose;
        private final String text;
        private String segment;
        private String tier;
        private String channel;
        private Locale locale;
        private String register;
        private final Map<Placeholder, String> fallbacks = new EnumMap<>(Placeholder.class);

        private Builder(String id, String purpose, String text) {
            this.id = id;
            this.purpose = purpose;
            this.text = text;
        }

        /**
         * Only for customers of a segment.
         *
         * @param value non-blank
         * @return this builder
         */
        public Builder segment(String value) {
            segment = Require.notBlank("template '" + id + "' segment", value);
            return this;
        }

        /**
         * Only for customers of a tier.
         *
         * @param value a tier id, non-blank
         * @return this builder
         */
        public Builder tier(String value) {
            tier = Require.notBlank("template '" + id + "' tier", value);
            return this;
        }

        /**
         * Only for a channel.
         *
         * @param value e.g. {@code "email"}, {@code "sms"}, {@code "push"}
         * @return this builder
         */
        public Builder channel(String value) {
            channel = Require.notBlank("template '" + id + "' channel", value);
            return this;
        }

        /**
         * Only for a locale or a language.
         *
         * @param value e.g. {@code Locale.FRENCH} or {@code Locale.forLanguageTag("fr-CA")}
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = Require.notNull("template '" + id + "' locale", value);
            return this;
        }

        /**
         * Only for a register (tone).
         *
         * @param value e.g. {@code "formal"}, {@code "casual"}
         * @return this builder
         */
        public Builder register(String value) {
            register = Require.notBlank("template '" + id + "' register", value);
            return this;
        }

        /**
         * The text to use when a placeholder has no value (overrides the catalogue's fallback).
         *
         * @param placeholder the placeholder
         * @param text        the replacement, possibly empty
         * @return this builder
         */
        public Builder fallback(Placeholder placeholder, String text) {
            fallbacks.put(Require.notNull("template '" + id + "' fallback placeholder", placeholder),
                    Require.notNull("template '" + id + "' fallback for " + placeholder, text));
            return this;
        }

        /**
         * The template.
         *
         * @return the template
         * @throws IllegalArgumentException naming an unknown placeholder or an unbalanced brace and its position
         */
        public MessageTemplate build() {
            return new MessageTemplate(this, parse(id, text));
        }
    }
}
