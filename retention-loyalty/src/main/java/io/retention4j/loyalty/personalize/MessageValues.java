package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.engine.TierStatus;
import io.retention4j.loyalty.goal.GoalProgress;
import io.retention4j.loyalty.internal.Require;
import io.retention4j.loyalty.ledger.Balance;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The values for a message's placeholders; a value left unset is missing (its template's or the
 * catalogue's fallback applies, or rendering fails). Numbers and dates are formatted at rendering
 * time in the recipient's locale. Immutable; build with {@link #builder()}.
 */
public final class MessageValues {
    final String name;
    final String tier;
    final Long points;
    final Long expiringPoints;
    final LocalDate expiryDate;
    final String goalProgress;
    final List<String> items;
    final String offer;
    final Long bonusPoints;

    private MessageValues(Builder b) {
        this.name = b.name;
        this.tier = b.tier;
        this.points = b.points;
        this.expiringPoints = b.expiringPoints;
        this.expiryDate = b.expiryDate;
        this.goalProgress = b.goalProgress;
        this.items = b.items == null ? null : List.copyOf(b.items);
        this.offer = b.offer;
        this.bonusPoints = b.bonusPoints;
    }

    /**
     * A builder without values.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * No values at all.
     *
     * @return empty values
     */
    public static MessageValues none() {
        return builder().build();
    }

    /**
     * A copy with the bonus points set when they are not (used for an engine action's points).
     *
     * @param points the points
     * @return this or a copy
     */
    MessageValues withBonusIfAbsent(long points) {
        if (bonusPoints != null) {
            return this;
        }
        Builder b = toBuilder();
        b.bonusPoints = points;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.tier = tier;
        b.points = points;
        b.expiringPoints = expiringPoints;
        b.expiryDate = expiryDate;
        b.goalProgress = goalProgress;
        b.items = items;
        b.offer = offer;
        b.bonusPoints = bonusPoints;
        return b;
    }

    @Override
    public String toString() {
        return "MessageValues[name=" + name + ", tier=" + tier + ", points=" + points + ", expiringPoints="
                + expiringPoints + ", expiryDate=" + expiryDate + ", goalProgress=" + goalProgress + ", items=" + items
                + ", offer=" + offer + ", bonusPoints=" + bonusPoints + "]";
    }

    /** Sets values one by one, or from the loyalty engine's results. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String tier;
        private Long points;
        private Long expiringPoints;
        private LocalDate expiryDate;
        private String goalProgress;
        private List<String> items;
        private String offer;
        private Long bonusPoints;

        private Builder() {
        }

        /**
         * The customer's name.
         *
         * @param value non-blank
         * @return this builder
         */
        public Builder name(String value) {
            name = Require.notBlank("name", value);
            return this;
        }

        /**
         * The tier's name.
         *
         * @param value non-blank
         * @return this builder
         */
        public Builder tier(String value) {
            tier = Require.notBlank("tier", value);
            return this;
        }

        /**
         * The tier from the engine: its id.
         *
         * @param status the engine's tier status
         * @return this builder
         */
        public Builder tier(TierStatus status) {
            return tier(Require.notNull("status", status).tier().id());
        }

        /**
         * Spendable points.
         *
         * @param value any
         * @return this builder
         */
        public Builder points(long value) {
            points = value;
            return this;
        }

        /**
         * Points that expire and when.
         *
         * @param value the points, positive
         * @param date  the local date they expire
         * @return this builder
         */
        public Builder expiring(long value, LocalDate date) {
            expiringPoints = Require.positive("expiring points", value);
            expiryDate = Require.notNull("expiry date", date);
            return this;
        }

        /**
         * Points, and the next expiry when there is one, from the engine's balance.
         *
         * @param balance the engine's balance
         * @param zone    the zone whose local date of the expiry instant is shown
         * @return this builder
         */
        public Builder balance(Balance balance, ZoneId zone) {
            Require.notNull("balance", balance);
            Require.notNull("zone", zone);
            points = balance.available();
            if (balance.nextExpiry() != null && balance.expiringPoints() > 0) {
                expiringPoints = balance.expiringPoints();
                expiryDate = LocalDate.ofInstant(balance.nextExpiry(), zone);
            }
            return this;
        }

        /**
         * Goal progress as text.
         *
         * @param value e.g. {@code "3 of 5 visits"}
         * @return this builder
         */
        public Builder goalProgress(String value) {
            goalProgress = Require.notBlank("goalProgress", value);
            return this;
        }

        /**
         * Goal progress from the engine, shown as {@code <progress>/<target> <unit>}, e.g. {@code 120/200 EUR}.
         *
         * @param progress the engine's goal progress
         * @return this builder
         */
        public Builder goalProgress(GoalProgress progress) {
            Require.notNull("progress", progress);
            return goalProgress(progress.progress().stripTrailingZeros().toPlainString() + "/"
                    + progress.target().stripTrailingZeros().toPlainString() + " " + progress.unit());
        }

        /**
         * Recommended item names.
         *
         * @param value the names, best first; empty counts as missing
         * @return this builder
         */
        public Builder items(List<String> value) {
            items = List.copyOf(Require.notNull("items", value));
            return this;
        }

        /**
         * Recommended items by their catalogue attribute {@code name} (the id when the item has none).
         *
         * @param recommendations the recommendations
         * @param catalog         the catalogue
         * @param limit           at most this many, positive
         * @return this builder
         */
        public Builder items(Recommendations recommendations, Catalog catalog, int limit) {
            Require.notNull("recommendations", recommendations);
            Require.notNull("catalog", catalog);
            Require.positive("limit", limit);
            List<String> names = new ArrayList<>();
            for (Recommendation r : recommendations.items()) {
                if (names.size() == limit) {
                    break;
                }
                names.add(catalog.attributes(catalog.code(r.itemId())).getOrDefault("name", r.itemId()));
            }
            return items(names);
        }

        /**
         * The offer's text.
         *
         * @param value non-blank
         * @return this builder
         */
        public Builder offer(String value) {
            offer = Require.notBlank("offer", value);
            return this;
        }

        /**
         * Points credited with the occasion.
         *
         * @param value any
         * @return this builder
         */
        public Builder bonusPoints(long value) {
            bonusPoints = value;
            return this;
        }

        /**
         * The values.
         *
         * @return the values
         */
        public MessageValues build() {
            return new MessageValues(this);
        }
    }
}
