package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.internal.Require;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A catalogue of message templates with register rules: picks the template for a purpose and a
 * {@link Recipient} and renders it. Nothing is sent; the caller delivers the
 * {@link RenderedMessage}.
 *
 * <p>Register: the first register rule whose {@link ProfileRule} holds for the recipient's profile
 * (in the order added) names the register; otherwise, or without a profile, the default register.
 *
 * <p>Selection: among the templates of the purpose, those whose set selectors all match the
 * recipient (segment, tier, channel and register equal; locale equal, or the template's locale a
 * bare language equal to the recipient's language); the most specific wins: one point per matching
 * segment, tier, channel and register selector, two for an exact locale, one for a language-only
 * locale; equal specificity goes to the template added first.
 *
 * <p>Missing values: a placeholder without a value uses the template's fallback, else the
 * catalogue's fallback, else rendering fails with a {@link MessageException} naming the template,
 * the customer and the placeholder. Immutable and thread-safe.
 */
public final class Messages {
    private final List<MessageTemplate> templates;
    private final List<String> registerNames;
    private final List<ProfileRule> registerRules;
    private final String defaultRegister;
    private final Map<Placeholder, String> fallbacks;

    private Messages(Builder b) {
        this.templates = List.copyOf(b.templates);
        this.registerNames = List.copyOf(b.registerNames);
        this.registerRules = List.copyOf(b.registerRules);
        this.defaultRegister = b.defaultRegister;
        this.fallbacks = b.fallbacks.isEmpty() ? Map.of() : Map.copyOf(b.fallbacks);
    }

    /**
     * A builder with default register {@code "neutral"}, no rules, templates or fallbacks.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The purpose of the message for an engine action: {@code birthday}, {@code anniversary},
     * {@code win-back}, {@code points-expiring}, {@code tier-changed}, {@code goal-completed},
     * {@code reward-granted}, {@code referral-reward}, or the type's name in lower case with dashes.
     *
     * @param type the action type
     * @return the purpose
     */
    public static String purposeOf(ActionType type) {
        return switch (Require.notNull("type", type)) {
            case BIRTHDAY_GREETING -> "birthday";
            case MEMBERSHIP_ANNIVERSARY -> "anniversary";
            case WIN_BACK_OFFER -> "win-back";
            case POINTS_EXPIRING_SOON -> "points-expiring";
            default -> type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    /**
     * The register the rules choose for a recipient.
     *
     * @param recipient the recipient
     * @return the register
     */
    public String registerOf(Recipient recipient) {
        Require.notNull("recipient", recipient);
        if (recipient.profile() != null) {
            for (int i = 0; i < registerRules.size(); i++) {
                if (registerRules.get(i).test(recipient.profile())) {
                    return registerNames.get(i);
                }
            }
        }
        return defaultRegister;
    }

    /**
     * The template for a purpose and recipient.
     *
     * @param purpose   the purpose
     * @param recipient the recipient
     * @return the most specific matching template
     * @throws MessageException naming the purpose and the recipient's selectors when none matches
     */
    public MessageTemplate select(String purpose, Recipient recipient) {
        Require.notBlank("purpose", purpose);
        Require.notNull("recipient", recipient);
        String register = registerOf(recipient);
        MessageTemplate best = null;
        int bestScore = -1;
        for (MessageTemplate t : templates) {
            int score = match(t, purpose, recipient, register);
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new MessageException("no template for purpose '" + purpose + "' matches customer '"
                    + recipient.customerId() + "' (channel " + recipient.channel() + ", locale "
                    + recipient.locale().toLanguageTag() + ", register " + register + ", segment " + recipient.segment()
                    + ", tier " + recipient.tier() + ")");
        }
        return best;
    }

    private static int match(MessageTemplate t, String purpose, Recipient r, String register) {
        if (!t.purpose().equals(purpose)) {
            return -1;
        }
        int score = 0;
        if (t.segment() != null) {
            if (!t.segment().equals(r.segment())) {
                return -1;
            }
            score++;
        }
        if (t.tier() != null) {
            if (!t.tier().equals(r.tier())) {
                return -1;
            }
            score++;
        }
        if (t.channel() != null) {
            if (!t.channel().equals(r.channel())) {
                return -1;
            }
            score++;
        }
        if (t.register() != null) {
            if (!t.register().equals(register)) {
                return -1;
            }
            score++;
        }
        if (t.locale() != null) {
            if (t.locale().equals(r.locale())) {
                score += 2;
            } else if (t.locale().getCountry().isEmpty() && t.locale().getVariant().isEmpty()
                    && t.locale().getLanguage().equals(r.locale().getLanguage())) {
                score += 1;
            } else {
                return -1;
            }
        }
        return score;
    }

    /**
     * Selects and renders a message.
     *
     * @param purpose   e.g. {@code "win-back"}
     * @param recipient who and through which channel
     * @param values    the placeholder values
     * @return the rendered message
     * @throws MessageException when no template matches or a placeholder has neither value nor fallback
     */
    public RenderedMessage render(String purpose, Recipient recipient, MessageValues values) {
        MessageTemplate template = select(purpose, recipient);
        return render(template, recipient, registerOf(recipient), values);
    }

    /**
     * Renders the message for an engine action (e.g. {@code BIRTHDAY_GREETING},
     * {@code MEMBERSHIP_ANNIVERSARY}): the purpose is {@link #purposeOf(ActionType)} of its type and
     * the action's points fill {@code {bonusPoints}} unless the values set it.
     *
     * @param action    the engine's action
     * @param recipient the recipient, the action's customer
     * @param values    the other values
     * @return the rendered message
     * @throws IllegalArgumentException when the recipient is another customer
     * @throws MessageException         when no template matches or a value is missing
     */
    public RenderedMessage render(Action action, Recipient recipient, MessageValues values) {
        Require.notNull("action", action);
        Require.notNull("recipient", recipient);
        if (!action.customerId().equals(recipient.customerId())) {
            throw new IllegalArgumentException("the action is for '" + action.customerId() + "' but the recipient is '"
                    + recipient.customerId() + "'");
        }
        return render(purposeOf(action.type()), recipient, Require.notNull("values", values)
                .withBonusIfAbsent(action.points()));
    }

    private RenderedMessage render(MessageTemplate template, Recipient recipient, String register,
                                   MessageValues values) {
        Require.notNull("values", values);
        Locale locale = recipient.locale();
        StringBuilder text = new StringBuilder();
        List<Placeholder> used = new ArrayList<>();
        for (Object part : template.parts()) {
            if (part instanceof String literal) {
                text.append(literal);
                continue;
            }
            Placeholder p = (Placeholder) part;
            String value = format(p, values, locale);
            if (value == null) {
                value = template.fallbacks().get(p);
                if (value == null) {
                    value = fallbacks.get(p);
                }
                if (value == null) {
                    throw new MessageException("template '" + template.id() + "' for customer '" + recipient.customerId()
                            + "': no value for " + p + " and no fallback (set it, or add a fallback to the template or the catalogue)");
                }
                if (!used.contains(p)) {
                    used.add(p);
                }
            }
            text.append(value);
        }
        return new RenderedMessage(recipient.customerId(), template.id(), template.purpose(), recipient.channel(), locale,
                register, text.toString(), used);
    }

    private static String format(Placeholder p, MessageValues v, Locale locale) {
        return switch (p) {
            case NAME -> v.name;
            case TIER -> v.tier;
            case POINTS -> number(v.points, locale);
            case EXPIRING_POINTS -> number(v.expiringPoints, locale);
            case EXPIRY_DATE -> v.expiryDate == null ? null
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(v.expiryDate);
            case GOAL_PROGRESS -> v.goalProgress;
            case ITEMS -> v.items == null || v.items.isEmpty() ? null : String.join(", ", v.items);
            case OFFER -> v.offer;
            case BONUS_POINTS -> number(v.bonusPoints, locale);
        };
    }

    private static String number(Long value, Locale locale) {
        return value == null ? null : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * The templates, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<MessageTemplate> templates() {
        return templates;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Messages[").append(templates.size()).append(" templates, registers: ");
        for (int i = 0; i < registerRules.size(); i++) {
            sb.append(registerNames.get(i)).append(" if ").append(registerRules.get(i)).append("; ");
        }
        return sb.append("otherwise ").append(defaultRegister).append(']').toString();
    }

    /** Templates, register rules and fallbacks; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private final List<MessageTemplate> templates = new ArrayList<>();
        private final List<String> registerNames = new ArrayList<>();
        private final List<ProfileRule> registerRules = new ArrayList<>();
        private String defaultRegister = "neutral";
        private final Map<Placeholder, String> fallbacks = new EnumMap<>(Placeholder.class);

        private Builder() {
        }

        /**
         * Adds templates.
         *
         * @param values templates with ids not added before
         * @return this builder
         * @throws IllegalArgumentException naming a repeated template id
         */
        public Builder template(MessageTemplate... values) {
            for (MessageTemplate t : Require.notNull("templates", values)) {
                Require.notNull("template", t);
                for (MessageTemplate other : templates) {
                    if (other.id().equals(t.id())) {
                        throw new IllegalArgumentException("template id '" + t.id() + "' is added twice");
                    }
                }
                templates.add(t);
            }
            return this;
        }

        /**
         * Adds a register rule: customers whose profile meets the rule get this register (first match wins).
         *
         * @param register the register, e.g. {@code "formal"}
         * @param rule     the rule
         * @return this builder
         */
        public Builder register(String register, ProfileRule rule) {
            registerNames.add(Require.notBlank("register", register));
            registerRules.add(Require.notNull("register rule for '" + register + "'", rule));
            return this;
        }

        /**
         * The register when no rule matches.
         *
         * @param register non-blank
         * @return this builder
         */
        public Builder defaultRegister(String register) {
            defaultRegister = Require.notBlank("defaultRegister", register);
            return this;
        }

        /**
         * The text used for a placeholder without value in any template without its own fallback.
         *
         * @param placeholder the placeholder
         * @param text        the replacement, possibly empty
         * @return this builder
         */
        public Builder fallback(Placeholder placeholder, String text) {
            fallbacks.put(Require.notNull("placeholder", placeholder), Require.notNull("fallback for " + placeholder, text));
            return this;
        }

        /**
         * The catalogue.
         *
         * @return the messages
         */
        public Messages build() {
            return new Messages(this);
        }
    }
}
