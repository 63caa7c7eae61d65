package io.retention4j.loyalty.feedback;

import java.time.Duration;
import java.time.Instant;

/** The categories, rules and surveys most feedback tests share. */
final class FeedbackFixtures {
    static final Survey NPS = Survey.nps("nps", "How likely are you to recommend us to a friend?");
    static final Survey CSAT = Survey.satisfaction("csat", "How satisfied were you with support?", 1, 5);
    static final Survey COMMENTS = Survey.freeText("comments", "Anything else?");

    /** Product issues: 72 hours, HIGH 24 hours, CRITICAL 4 hours; owner app-team. */
    static final Category PRODUCT = Category.of("product-issue", "app-team", Duration.ofHours(72))
            .withDeadline(Severity.HIGH, Duration.ofHours(24)).withDeadline(Severity.CRITICAL, Duration.ofHours(4));
    /** Service suggestions: 14 days; owner service-team. */
    static final Category SUGGESTION = Category.of("service-suggestion", "service-team", Duration.ofDays(14));
    /** Experience complaints: 48 hours, HIGH 24 hours; owner cx-team. */
    static final Category COMPLAINT = Category.of("experience-complaint", "cx-team", Duration.ofHours(48))
            .withDeadline(Severity.HIGH, Duration.ofHours(24));
    /** The explicit fallback: 72 hours; owner triage. */
    static final Category UNCATEGORISED = Category.of("uncategorised", "triage", Duration.ofHours(72));

    private FeedbackFixtures() {
    }

    /**
     * Rules in evaluation order: crash-detractor (priority 1), then in definition order (priority 10)
     * crash, suggestion, rude, slow-delivery-app; fallback uncategorised LOW.
     */
    static FeedbackRules rules() {
        return FeedbackRules.builder()
                .categories(PRODUCT, SUGGESTION, COMPLAINT, UNCATEGORISED)
                .rules(CategoryRule.when("crash").priority(10).keywords("crash", "crashes", "error message")
                                .then("product-issue", Severity.MEDIUM),
                        CategoryRule.when("suggestion").priority(10).keywords("would be nice", "please add", "suggest")
                                .then("service-suggestion", Severity.LOW),
                        CategoryRule.when("rude").priority(10).keywords("rude", "waited").scoreBetween(0, 6)
                                .then("experience-complaint", Severity.HIGH),
                        CategoryRule.when("slow-delivery-app").priority(10).keywords("slow").channels("App")
                                .products("delivery").then("experience-complaint", Severity.MEDIUM),
                        CategoryRule.when("crash-detractor").priority(1).keywords("crash", "crashes").scoreBetween(0, 3)
                                .then("product-issue", Severity.CRITICAL))
                .fallback("uncategorised", Severity.LOW)
                .build();
    }

    static Response.Builder response(String id, String customer, String survey, String at) {
        return Response.builder(id, customer, survey).at(Instant.parse(at));
    }

    static Response nps(String id, String customer, String at, int score, String text) {
        return response(id, customer, "nps", at).score(score).text(text).build();
    }

    static FeedbackLoop.Builder loop(FeedbackClock clock) {
        return FeedbackLoop.builder(rules()).clock(clock).surveys(NPS, CSAT, COMMENTS);
    }
}
