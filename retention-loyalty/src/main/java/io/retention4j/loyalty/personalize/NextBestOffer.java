package io.retention4j.loyalty.personalize;

import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks a catalogue of offers for one customer by expected value, after eligibility rules, segments,
 * per-offer minimum gaps and a per-customer frequency cap.
 *
 * <p>For customer c with value {@code V(c)} (the caller's {@link CustomerValue}: a CLV, or P(alive)
 * times order value) and offer o: {@code EV(o, c) = P(respond | o, c) * V(c) - cost(o)}, with
 * {@code P(respond)} as defined in {@link Offer}. An offer is ranked when all its eligibility rules
 * hold, the customer's segment is one of its segments (if it names any), it was not made to the
 * customer within its minimum gap before {@code asOf}, and {@code EV >= minimumExpectedValue}
 * (default 0). Ranking: EV descending, equal EVs in the order the offers were added.
 *
 * <p>Frequency cap: when the customer already got {@code maxOffers} offers in the window
 * {@code (asOf - window, asOf]}, nothing is ranked and the decision says until when. Time is what
 * the caller passes ({@code asOf}); nothing reads a clock. Immutable and thread-safe (the
 * {@link OfferHistory} is thread-safe too).
 */
public final class NextBestOffer {
    private final List<Offer> offers;
    private final CustomerValue value;
    private final int maxOffers;
    private final Duration window;
    private final double minimumExpectedValue;

    private NextBestOffer(Builder b) {
        this.offers = List.copyOf(b.offers);
        this.value = b.value;
        this.maxOffers = b.maxOffers;
        this.window = b.window;
        this.minimumExpectedValue = b.minimumExpectedValue;
    }

    /**
     * A builder.
     *
     * @param value the customers' value
     * @return a new builder: no offers, no frequency cap, minimum expected value 0
     */
    public static Builder builder(CustomerValue value) {
        return new Builder(Require.notNull("value", value));
    }

    /**
     * Decides for one customer.
     *
     * @param profile the customer's profile
     * @param segment the customer's segment, or null
     * @param asOf    the instant of the decision
     * @param history the offers made so far
     * @return the decision
     * @throws IllegalArgumentException when the customer value is negative or not finite
     */
    public OfferDecision decide(CustomerProfile profile, String segment, Instant asOf, OfferHistory history) {
        Require.notNull("profile", profile);
        Require.notNull("asOf", asOf);
        Require.notNull("history", history);
        String customerId = profile.customerId();
        List<OfferHistory.Made> made = history.of(customerId);
        String capped = cap(made, asOf);
        List<String> rejected = new ArrayList<>();
        if (capped != null) {
            return new OfferDecision(customerId, asOf, List.of(), rejected, capped);
        }
        double v = value.value(profile);
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("customer value '" + value + "' of '" + customerId
                    + "' must be finite and non-negative, got " + v);
        }
        List<RankedOffer> ranked = new ArrayList<>();
        for (Offer o : offers) {
            String reason = ineligible(o, profile, segment, made, asOf);
            if (reason != null) {
                rejected.add(o.id() + ": " + reason);
                continue;
            }
            double p = o.responseRate();
            StringBuilder why = new StringBuilder();
            for (int i = 0; i < o.boostCount(); i++) {
                if (o.boostApplies(i, profile, segment)) {
                    p *= o.boostMultiplier(i);
                    why.append(why.length() == 0 ? "boosted: " : ", ").append(o.boostDescription(i)).append(" x")
                            .append(o.boostMultiplier(i));
                }
            }
            p = Math.min(1, p);
            double ev = p * v - o.cost();
            if (ev < minimumExpectedValue) {
                rejected.add(o.id() + ": " + String.format(Locale.ROOT, "expected value %.2f below %.2f", ev,
                        minimumExpectedValue));
                continue;
            }
            ranked.add(new RankedOffer(o.id(), o.kind(), p, v, o.cost(), ev, why.toString()));
        }
        ranked.sort(Comparator.comparingDouble(RankedOffer::expectedValue).reversed()); // stable: ties keep order
        return new OfferDecision(customerId, asOf, ranked, rejected, null);
    }

    private String cap(List<OfferHistory.Made> made, Instant asOf) {
        if (maxOffers == 0) {
            return null;
        }
        Instant from = asOf.minus(window);
        List<Instant> inWindow = new ArrayList<>();
        for (OfferHistory.Made m : made) {
            if (m.at().isAfter(from) && !m.at().isAfter(asOf)) {
                inWindow.add(m.at());
            }
        }
        if (inWindow.size() < maxOffers) {
            return null;
        }
        inWindow.sort(null);
        // the cap lifts when enough of the window's offers have aged out
        Instant until = inWindow.get(inWindow.size() - maxOffers).plus(window);
        return "frequency cap: " + inWindow.size() + " offer(s) in the " + window + " before " + asOf
                + " (at most " + maxOffers + "); next possible after " + until;
    }

    private static String ineligible(Offer o, CustomerProfile profile, String segment, List<OfferHistory.Made> made,
                                     Instant asOf) {
        for (ProfileRule rule : o.eligibility()) {
            if (!rule.test(profile)) {
                return "not eligible (" + rule + ")";
            }
        }
        if (!o.segments().isEmpty() && (segment == null || !o.segments().contains(segment))) {
            return "not for segment " + segment;
        }
        if (!o.minimumGap().isZero()) {
            for (OfferHistory.Made m : made) {
                if (m.offerId().equals(o.id()) && !m.at().isAfter(asOf) && m.at().plus(o.minimumGap()).isAfter(asOf)) {
                    return "made at " + m.at() + ", not again before " + m.at().plus(o.minimumGap());
                }
            }
        }
        return null;
    }

    /**
     * The offers, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<Offer> offers() {
        return offers;
    }

    @Override
    public String toString() {
        return "NextBestOffer[" + offers.size() + " offers, value " + value
                + (maxOffers == 0 ? ", no cap" : ", at most " + maxOffers + " per " + window)
                + ", minimum EV " + minimumExpectedValue + "]";
    }

    /** Settings; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private final CustomerValue value;
        private final List<Offer> offers = new ArrayList<>();
        private int maxOffers;
        private Duration window = Duration.ZERO;
        private double minimumExpectedValue;

        private Builder(CustomerValue value) {
            this.value = value;
        }

        /**
         * Adds offers.
         *
         * @param values offers with ids not added before
         * @return this builder
         * @throws IllegalArgumentException naming a repeated offer id
         */
        public Builder offers(Offer... values) {
            for (Offer o : Require.notNull("offers", values)) {
                Require.notNull("offer", o);
                for (Offer other : offers) {
                    if (other.id().equals(o.id())) {
                        throw new IllegalArgumentException("offer id '" + o.id() + "' is added twice");
                    }
                }
                offers.add(o);
            }
            return this;
        }

        /**
         * At most {@code max} offers per customer in any window of this length (e.g. one a week).
         *
         * @param max    in 1..1000
         * @param length positive
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder frequencyCap(int max, Duration length) {
            if (max < 1 || max > 1000) {
                throw new IllegalArgumentException("frequency cap must allow 1..1000 offers, got " + max);
            }
            Require.notNull("length", length);
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("frequency cap window must be positive, got " + length);
            }
            maxOffers = max;
            window = length;
            return this;
        }

        /**
         * The least expected value of a ranked offer.
         *
         * @param value finite
         * @return this builder
         * @throws IllegalArgumentException when not finite
         */
        public Builder minimumExpectedValue(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("minimumExpectedValue must be finite, got " + value);
            }
            minimumExpectedValue = value;
            return this;
        }

        /**
         * The ranker.
         *
         * @return the ranker
         */
        public NextBestOffer build() {
            return new NextBestOffer(this);
        }
    }
}
