package io.retention4j.examples;

import io.retention4j.core.model.Customer;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.loyalty.personalize.CustomerValue;
import io.retention4j.loyalty.personalize.EvaluationReport;
import io.retention4j.loyalty.personalize.HoldoutEvaluation;
import io.retention4j.loyalty.personalize.ItemSimilarity;
import io.retention4j.loyalty.personalize.MessageTemplate;
import io.retention4j.loyalty.personalize.MessageValues;
import io.retention4j.loyalty.personalize.Messages;
import io.retention4j.loyalty.personalize.NextBestOffer;
import io.retention4j.loyalty.personalize.Offer;
import io.retention4j.loyalty.personalize.OfferDecision;
import io.retention4j.loyalty.personalize.OfferHistory;
import io.retention4j.loyalty.personalize.OfferKind;
import io.retention4j.loyalty.personalize.Placeholder;
import io.retention4j.loyalty.personalize.ProfileRule;
import io.retention4j.loyalty.personalize.Recipient;
import io.retention4j.loyalty.personalize.Recommendations;
import io.retention4j.loyalty.personalize.Recommender;
import io.retention4j.loyalty.personalize.SimilarityIndex;
import io.retention4j.loyalty.personalize.SyntheticShop;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Personalisation on a seeded synthetic shop (the bundled CDNOW log has no item ids, so the data are
 * generated: 500 items in 20 categories, 5,000 customers, 60,000 purchases with one view each on
 * average over 2025, Zipf item popularity, 70% of a customer's purchases in a favourite category;
 * not real data). Prints the co-purchase index and "customers who bought i0 also bought", the
 * recommendations with explanations for three customers (a heavy buyer, a light buyer, a newcomer
 * with a segment), a time-based holdout evaluation against popularity (train before 2025-11-01,
 * test after), and each customer's next best offer and win-back message in two registers (casual for a consumer, formal for a
 * business account whose contact name is unknown, so the name's fallback applies).
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.Personalisation}.
 */
public final class Personalisation {
    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant CUT = Instant.parse("2025-11-01T00:00:00Z");

    private Personalisation() {
    }

    /**
     * The synthetic shop of this example.
     *
     * @return the shop, the same on every call
     */
    static SyntheticShop shop() {
        return SyntheticShop.builder().seed(2026).items(500, 20).customers(5000).purchases(60_000)
                .viewsPerPurchase(1).period(Instant.parse("2025-01-01T00:00:00Z"), 365).build();
    }

    /**
     * Prints the example to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        SyntheticShop shop = shop();
        out.println("Synthetic data (seeded, not real): " + shop);

        SimilarityIndex index = ItemSimilarity.builder().minSupport(2).neighbours(20).asOf(AS_OF)
                .build(shop.interactions());
        out.println(index);
        out.println("customers who bought i0 also bought: " + index.alsoBought("i0", 5));
        out.println();

        Recommender recommender = Recommender.builder(index, shop.interactions()).segments(shop::segmentOf).build();
        out.println(recommender);
        List<Recommendations> three = List.of(
                recommender.recommend("c0", AS_OF, 5),
                recommender.recommend("c4000", AS_OF, 5),
                recommender.recommend("newcomer", "taste-3", AS_OF, 5));
        three.forEach(out::println);
        out.println();

        EvaluationReport report = HoldoutEvaluation.builder(shop.interactions(), CUT).k(10)
                .recommender(b -> b.segments(shop::segmentOf)).run();
        out.println(report);
        out.println();

        // what the CRM knows about two of the customers: the type of account and the yearly spend
        CustomerProfiles profiles = CustomerProfiles.builder().asOf(AS_OF).customers(List.of(
                Customer.of("c4000", Instant.parse("2024-03-01T00:00:00Z"))
                        .withAttributes(Map.of("customerType", "b2c", "annualSpend", "120")),
                Customer.of("c0", Instant.parse("2023-05-01T00:00:00Z"))
                        .withAttributes(Map.of("customerType", "b2b", "annualSpend", "2400"))))
                .build();
        Messages messages = Messages.builder()
                .register("formal", ProfileRule.attribute("customerType", "b2b"))
                .defaultRegister("casual")
                .fallback(Placeholder.NAME, "there")
                .template(
                        MessageTemplate.builder("win-back-casual", "win-back",
                                "Hey {name}, it's been a while! Picked for you: {items}. {offer}").build(),
                        MessageTemplate.builder("win-back-formal", "win-back",
                                "Dear {name}, we would be glad to serve you again. You may like {items}. {offer}")
                                .register("formal").fallback(Placeholder.NAME, "customer").build())
                .build();
        NextBestOffer offers = NextBestOffer.builder(CustomerValue.of("annual spend",
                        p -> Double.parseDouble(p.attributes().getOrDefault("annualSpend", "0"))))
                .offers(Offer.builder("comeback-10", OfferKind.DISCOUNT).description("10% off your next order.")
                                .cost(5).responseRate(0.2).eligibleIf(ProfileRule.attribute("customerType", "b2c")).build(),
                        Offer.builder("account-review", OfferKind.CONTENT)
                                .description("Your account manager will call to review your orders.").responseRate(0.1)
                                .build())
                .frequencyCap(1, Duration.ofDays(7)).build();
        OfferHistory history = OfferHistory.inMemory();
        Map<String, String> names = Map.of("c4000", "Sam"); // c0's contact name is unknown: the fallback applies
        for (String id : List.of("c4000", "c0")) {
            OfferDecision decision = offers.decide(profiles.get(id), shop.segmentOf(id), AS_OF, history);
            history.record(decision);
            out.println(decision);
            String offerText = decision.best().flatMap(best -> offers.offers().stream()
                    .filter(o -> o.id().equals(best.offerId())).findFirst()).map(Offer::description).orElseThrow();
            MessageValues.Builder values = MessageValues.builder()
                    .items(recommender.recommend(id, AS_OF, 3), shop.catalog(), 3)
                    .offer(offerText);
            if (names.containsKey(id)) {
                values.name(names.get(id));
            }
            out.println(messages.render("win-back", Recipient.of(id, "email", Locale.UK).withProfile(profiles.get(id)),
                    values.build()));
        }
    }
}
