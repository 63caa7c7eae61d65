package io.retention4j.loyalty.personalize;

import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.loyalty.internal.Require;
import java.util.Locale;

/**
 * Who a message is for and through which channel: what template selection and register rules look at.
 *
 * @param customerId the customer
 * @param channel    the channel the caller will send through, e.g. {@code "email"}
 * @param locale     the customer's locale
 * @param segment    the customer's segment, or null
 * @param tier       the customer's tier id, or null
 * @param profile    the customer's profile for register rules, or null (then the default register)
 */
public record Recipient(String customerId, String channel, Locale locale, String segment, String tier,
                        CustomerProfile profile) {
    /**
     * Validates the fields.
     *
     * @param customerId non-blank
     * @param channel    non-blank
     * @param locale     not null
     * @param segment    null or non-blank
     * @param tier       null or non-blank
     * @param profile    null or a profile of the same customer
     */
    public Recipient {
        Require.notBlank("recipient.customerId", customerId);
        Require.notBlank("recipient '" + customerId + "' channel", channel);
        Require.notNull("recipient '" + customerId + "' locale", locale);
        Require.nullOrNotBlank("recipient '" + customerId + "' segment", segment);
        Require.nullOrNotBlank("recipient '" + customerId + "' tier", tier);
        if (profile != null && !profile.customerId().equals(customerId)) {
            throw new IllegalArgumentException("recipient '" + customerId + "' has the profile of '"
                    + profile.customerId() + "'");
        }
    }

    /**
     * A recipient without segment, tier or profile.
     *
     * @param customerId the customer
     * @param channel    the channel
     * @param locale     the locale
     * @return the recipient
     */
    public static Recipient of(String customerId, String channel, Locale locale) {
        return new Recipient(customerId, channel, locale, null, null, null);
    }

    /**
     * This recipient in a segment.
     *
     * @param value the segment
     * @return a copy
     */
    public Recipient withSegment(String value) {
        return new Recipient(customerId, channel, locale, value, tier, profile);
    }

    /**
     * This recipient in a tier.
     *
     * @param value the tier id
     * @return a copy
     */
    public Recipient withTier(String value) {
        return new Recipient(customerId, channel, locale, segment, value, profile);
    }

    /**
     * This recipient with a profile.
     *
     * @param value the profile
     * @return a copy
     */
    public Recipient withProfile(CustomerProfile value) {
        return new Recipient(customerId, channel, locale, segment, tier, value);
    }
}
