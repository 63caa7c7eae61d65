package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The record of offers made, for frequency caps and minimum gaps: the caller records an offer when
 * it actually sends it. In memory and thread-safe (each customer's list is guarded by its own lock).
 */
public final class OfferHistory {
    private final Map<String, List<Made>> byCustomer = new ConcurrentHashMap<>();

    /**
     * One offer made.
     *
     * @param offerId the offer
     * @param at      when it was made
     */
    public record Made(String offerId, Instant at) {
        /**
         * Validates the fields.
         *
         * @param offerId non-blank
         * @param at      not null
         */
        public Made {
            Require.notBlank("made.offerId", offerId);
            Require.notNull("made.at", at);
        }
    }

    private OfferHistory() {
    }

    /**
     * An empty history.
     *
     * @return a new history
     */
    public static OfferHistory inMemory() {
        return new OfferHistory();
    }

    /**
     * Records that an offer was made.
     *
     * @param customerId the customer
     * @param offerId    the offer
     * @param at         when
     * @return this history
     */
    public OfferHistory record(String customerId, String offerId, Instant at) {
        Require.notBlank("customerId", customerId);
        Made made = new Made(offerId, at);
        List<Made> list = byCustomer.computeIfAbsent(customerId, k -> new ArrayList<>());
        synchronized (list) {
            list.add(made);
        }
        return this;
    }

    /**
     * Records a decision's best offer, when it has one.
     *
     * @param decision a decision of {@link NextBestOffer}
     * @return this history
     */
    public OfferHistory record(OfferDecision decision) {
        Require.notNull("decision", decision);
        decision.best().ifPresent(b -> record(decision.customerId(), b.offerId(), decision.asOf()));
        return this;
    }

    /**
     * The offers made to a customer, in the order recorded.
     *
     * @param customerId the customer
     * @return a copy; empty when none
     */
    public List<Made> of(String customerId) {
        List<Made> list = byCustomer.get(Require.notNull("customerId", customerId));
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }
}
