package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.model.Customer;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.core.time.TimeScale;
import io.retention4j.loyalty.personalize.Catalog;
import io.retention4j.loyalty.personalize.CustomerValue;
import io.retention4j.loyalty.personalize.EvaluationReport;
import io.retention4j.loyalty.personalize.HoldoutEvaluation;
import io.retention4j.loyalty.personalize.Interactions;
import io.retention4j.loyalty.personalize.ItemSimilarity;
import io.retention4j.loyalty.personalize.MessageTemplate;
import io.retention4j.loyalty.personalize.MessageValues;
import io.retention4j.loyalty.personalize.Messages;
import io.retention4j.loyalty.personalize.NextBestOffer;
import io.retention4j.loyalty.personalize.Offer;
import io.retention4j.loyalty.personalize.OfferDecision;
import io.retention4j.loyalty.personalize.OfferHistory;
import io.retention4j.loyalty.personalize.OfferKind;
import io.retention4j.loyalty.personalize.ProfileRule;
import io.retention4j.loyalty.personalize.Recipient;
import io.retention4j.loyalty.personalize.Recommendations;
import io.retention4j.loyalty.personalize.Recommender;
import io.retention4j.loyalty.personalize.RenderedMessage;
import io.retention4j.loyalty.personalize.SimilarityIndex;
import io.retention4j.loyalty.personalize.SimilarityMeasure;
import io.retention4j.metrics.clv.BgNbdModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's personalisation example, statement by statement, on a small file. */
class ReadmePersonalisationTest {
    @TempDir
    Path dir;

    @Test
    void personalisationExample_runsAsPrinted() throws Exception {
        Path csv = dir.resolve("interactions.csv");
        Files.writeString(csv, """
                customer_id,item_id,time,kind
                c1,espresso,2026-11-01,purchase
                c1,croissant,2026-11-20,view
                c2,espresso,2026-10-01,purchase
                c2,latte,2026-10-02,purchase
                c3,espresso,2026-10-05,purchase
                c3,latte,2026-10-06,purchase
                c4,croissant,2026-10-10,purchase
                c4,muffin,2026-10-11,purchase
                c5,croissant,2026-10-12,purchase
                c5,muffin,2026-10-13,purchase
                c2,muffin,2026-12-02,purchase
                c1,latte,2026-12-03,purchase
                """);
        Instant cut = Instant.parse("2026-12-01T00:00:00Z");
        Instant asOf = cut; // recommend as of the cut: c1 has not bought latte yet
        Map<String, String> segments = Map.of("c1", "regulars");
        BgNbdModel bg = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEKS); // the CDNOW fit
        CustomerProfile profile = CustomerProfiles.builder().customers(List.of(Customer.of("c1", cut))).asOf(asOf)
                .build().get("c1");
        OfferHistory history = OfferHistory.inMemory();
        Path indexFile = dir.resolve("index.bin");

        Catalog catalog = Catalog.builder().item("espresso", "coffee").item("latte", "coffee")
                .item("croissant", "bakery").item("muffin", "bakery").build();
        Interactions log = Interactions.readCsv(csv, catalog);
        SimilarityIndex index = ItemSimilarity.builder().measure(SimilarityMeasure.COSINE).minSupport(2).neighbours(20)
                .build(log);
        index.save(indexFile);
        Recommender recommender = Recommender.builder(index, log).halfLife(Duration.ofDays(30)).repeatable("coffee")
                .segments(segments).build();
        Recommendations recommendations = recommender.recommend("c1", asOf, 10);
        EvaluationReport evaluation = HoldoutEvaluation.builder(log, cut).k(10).run();
        NextBestOffer offers = NextBestOffer.builder(CustomerValue.aliveTimesAverageOrder(bg))
                .offers(Offer.builder("10-off", OfferKind.DISCOUNT).cost(5).responseRate(0.2).build())
                .frequencyCap(1, Duration.ofDays(7)).build();
        OfferDecision decision = offers.decide(profile, "regulars", asOf, history);
        Messages messages = Messages.builder().register("formal", ProfileRule.attribute("customerType", "b2b"))
                .defaultRegister("casual").template(MessageTemplate.of("wb", "win-back", "Hi {name}, try {items}!")).build();
        RenderedMessage message = messages.render("win-back", Recipient.of("c1", "email", Locale.UK),
                MessageValues.builder().name("Ada").items(recommender.recommend("c1", asOf, 3), catalog, 3).build());

        // c1 bought espresso (latte: espresso's only neighbour with support 2, c2 and c3) and viewed croissant
        assertThat(recommendations.items().get(0).itemId()).isEqualTo("latte");
        assertThat(recommendations.items().get(0).explanation()).isEqualTo("because you bought espresso");
        assertThat(SimilarityIndex.load(indexFile).neighbours("espresso")).isEqualTo(index.neighbours("espresso"));
        // test period: c1 bought latte (new), c2 muffin (new); both evaluated
        assertThat(evaluation.model().customers()).isEqualTo(2);
        // c1 has no purchase in its profile: V = 0, so EV = 0.2 * 0 - 5 < 0 and no offer is made
        assertThat(decision.best()).isEmpty();
        assertThat(decision.rejected()).containsExactly("10-off: expected value -5.00 below 0.00");
        assertThat(message.text()).startsWith("Hi Ada, try latte");
        assertThat(message.register()).isEqualTo("casual");
    }
}
