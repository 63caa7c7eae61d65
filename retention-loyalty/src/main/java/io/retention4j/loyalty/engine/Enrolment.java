package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A customer joining the program. The membership starts at the engine's now.
 *
 * @param customerId   the customer (the idempotency key is {@code enrol:<customerId>})
 * @param birthday     the birthday (for birthday triggers), or null
 * @param referralCode a referral code the customer signed up with, or null
 * @param attributes   further attributes (email, device, address, ...), used for referral identity checks
 */
public record Enrolment(String customerId, LocalDate birthday, String referralCode, Map<String, String> attributes) {
    /**
     * Validates the fields.
     *
     * @param customerId   non-blank
     * @param birthday     date or null
     * @param referralCode null or non-blank
     * @param attributes   null means none; keys and values non-blank
     */
    public Enrolment {
        Require.notBlank("enrolment.customerId", customerId);
        Require.nullOrNotBlank("enrolment", customerId, "referralCode", referralCode);
        TreeMap<String, String> copy = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> copy.put(Require.notBlank("enrolment '" + customerId + "' attribute name", k),
                    Require.notBlank("enrolment '" + customerId + "' attribute '" + k + "'", v)));
        }
        attributes = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A plain enrolment.
     *
     * @param customerId the customer
     * @return the enrolment
     */
    public static Enrolment of(String customerId) {
        return new Enrolment(customerId, null, null, null);
    }

    /**
     * This enrolment with a birthday.
     *
     * @param date the birthday
     * @return a copy
     */
    public Enrolment birthday(LocalDate date) {
        return new Enrolment(customerId, date, referralCode, attributes);
    }

    /**
     * This enrolment with a referral code.
     *
     * @param code the code: the referrer's customer id (see {@code io.retention4j.loyalty.referral})
     * @return a copy
     */
    public Enrolment referredWith(String code) {
        return new Enrolment(customerId, birthday, code, attributes);
    }

    /**
     * This enrolment with an attribute.
     *
     * @param name  the name
     * @param value the value
     * @return a copy
     */
    public Enrolment attribute(String name, String value) {
        TreeMap<String, String> copy = new TreeMap<>(attributes);
        copy.put(name, value);
        return new Enrolment(customerId, birthday, referralCode, copy);
    }

    /** @return the attributes stored on the ENROL entry: the given ones plus birthday and referral code */
    Map<String, String> journalAttributes() {
        TreeMap<String, String> all = new TreeMap<>(attributes);
        if (birthday != null) {
            all.put("birthday", birthday.toString());
        }
        if (referralCode != null) {
            all.put("referralCode", referralCode);
        }
        return all;
    }

    String fingerprint() {
        return "enrol|" + customerId + "|" + journalAttributes();
    }
}
