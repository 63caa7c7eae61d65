package io.retention4j.loyalty.feedback;

import static io.retention4j.loyalty.feedback.FeedbackFixtures.PRODUCT;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.UNCATEGORISED;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Categorisation by the fixture rules. Evaluation order (priority, then definition): crash-detractor
 * (1: crash|crashes and score 0..3), then crash (crash|crashes|"error message"), suggestion ("would be
 * nice"|"please add"|suggest), rude (rude|waited and score 0..6), slow-delivery-app (slow, channel app,
 * product delivery); otherwise uncategorised LOW.
 */
class FeedbackRulesTest {
    private static final FeedbackRules RULES = FeedbackFixtures.rules();
    private static final String AT = "2026-03-02T10:00:00Z";

    private static Categorisation nps(int score, String text) {
        return RULES.categorise(response("r", "c", "nps", AT).score(score).text(text).build());
    }

    @Test
    void categorise_keywords_matchWholeWordsCaseInsensitively() {
        assertThat(nps(5, "The app CRASHES on login")).extracting(c -> c.category().id(), Categorisation::severity,
                Categorisation::ruleId).containsExactly("product-issue", Severity.MEDIUM, "crash");
        assertThat(nps(5, "Crash!").ruleId()).isEqualTo("crash");
        assertThat(nps(5, "#crash, again").ruleId()).isEqualTo("crash");
        // "crashed" and "crashing" are other words: no rule names them
        assertThat(nps(5, "it crashed twice").fallback()).isTrue();
        assertThat(nps(5, "crashing").fallback()).isTrue();
        // a keyword is not found inside a longer word
        assertThat(nps(5, "the suggestions box").fallback()).isTrue();
        assertThat(nps(8, "I suggest a dark mode").ruleId()).isEqualTo("suggestion");
        // an emoji is no letter: it separates words
        assertThat(nps(5, "crash\uD83D\uDE21\uD83D\uDE21").ruleId()).isEqualTo("crash");
    }

    @Test
    void categorise_nonAsciiLetters_foldCaseCodePointByCodePoint() {
        FeedbackRules rules = FeedbackRules.builder().categories(PRODUCT, UNCATEGORISED)
                .rules(CategoryRule.when("fr").keywords("Éclair", "très lent").then("product-issue", Severity.LOW))
                .fallback("uncategorised", Severity.LOW).build();
        assertThat(rules.rules().get(0).keywords()).containsExactly("éclair", "très lent");
        assertThat(rules.categorise(response("a", "c", "nps", AT).score(5).text("un ÉCLAIR, svp").build()).ruleId())
                .isEqualTo("fr");
        assertThat(rules.categorise(response("b", "c", "nps", AT).score(5).text("C'est TRÈS  LENT").build()).ruleId())
                .isEqualTo("fr");
        // "éclairs" is another word; "tres" lacks the accent
        assertThat(rules.categorise(response("c", "c", "nps", AT).score(5).text("deux éclairs").build()).fallback()).isTrue();
        assertThat(rules.categorise(response("d", "c", "nps", AT).score(5).text("tres lent").build()).fallback()).isTrue();
    }

    @Test
    void categorise_phrases_needTheirWordsConsecutively() {
        // "Error-Message" splits into the words error, message: the phrase "error message"
        assertThat(nps(5, "Got an Error-Message again").ruleId()).isEqualTo("crash");
        assertThat(nps(5, "error:   message").ruleId()).isEqualTo("crash");
        assertThat(nps(5, "message error").fallback()).isTrue();
        assertThat(nps(5, "an error in the message").fallback()).isTrue();
        assertThat(nps(8, "It WOULD be nice to have dark mode").ruleId()).isEqualTo("suggestion");
        assertThat(nps(8, "it would not be nice").fallback()).isTrue();
    }

    @Test
    void categorise_priorityFirstThenDefinitionOrder() {
        // crash-detractor has priority 1 although it was defined last
        assertThat(nps(2, "The app CRASHES on login")).extracting(c -> c.category().id(), Categorisation::severity,
                Categorisation::ruleId).containsExactly("product-issue", Severity.CRITICAL, "crash-detractor");
        // score 4 is outside crash-detractor's band 0..3: the next rule, crash, decides
        assertThat(nps(4, "The app crashes").ruleId()).isEqualTo("crash");
        // both crash (defined first) and suggestion (second) match at priority 10: crash wins
        assertThat(nps(8, "please add crash reports").ruleId()).isEqualTo("crash");
        assertThat(RULES.rules()).extracting(CategoryRule::id)
                .containsExactly("crash-detractor", "crash", "suggestion", "rude", "slow-delivery-app");
    }

    @Test
    void categorise_scoreBandsChannelsAndProducts() {
        assertThat(nps(6, "staff were rude")).extracting(c -> c.category().id(), Categorisation::severity)
                .containsExactly("experience-complaint", Severity.HIGH);
        assertThat(nps(7, "staff were rude").fallback()).isTrue();
        // no score: no band matches
        assertThat(RULES.categorise(response("r", "c", "comments", AT).text("staff were rude").build()).fallback()).isTrue();
        // channel and product compare case-insensitively ("App" in the rule, "APP" here)
        assertThat(RULES.categorise(response("r", "c", "nps", AT).score(5).text("so slow").channel("APP")
                .product("Delivery").build()).ruleId()).isEqualTo("slow-delivery-app");
        assertThat(RULES.categorise(response("r", "c", "nps", AT).score(5).text("so slow").channel("email")
                .product("delivery").build()).fallback()).isTrue();
        assertThat(RULES.categorise(response("r", "c", "nps", AT).score(5).text("so slow").channel("app").build())
                .fallback()).isTrue();
    }

    @Test
    void categorise_noRuleMatches_givesTheExplicitFallback() {
        Categorisation none = nps(10, "great, thanks");
        assertThat(none.category()).isEqualTo(UNCATEGORISED);
        assertThat(none.severity()).isEqualTo(Severity.LOW);
        assertThat(none.ruleId()).isNull();
        assertThat(none).hasToString("uncategorised LOW (fallback: no rule matched)");
        assertThat(RULES.categorise(response("r", "c", "nps", AT).score(1).build()).fallback()).isTrue();
    }

    @Test
    void categorise_surveysCondition_limitsARuleToSomeSurveys() {
        FeedbackRules rules = FeedbackRules.builder().categories(PRODUCT, UNCATEGORISED)
                .rules(CategoryRule.when("csat-low").surveys("csat").scoreBetween(1, 2).then("product-issue", Severity.HIGH))
                .fallback("uncategorised", Severity.MEDIUM).build();
        assertThat(rules.categorise(response("a", "c", "csat", AT).score(2).build()).ruleId()).isEqualTo("csat-low");
        assertThat(rules.categorise(response("b", "c", "nps", AT).score(2).build()))
                .extracting(c -> c.category().id(), Categorisation::severity).containsExactly("uncategorised", Severity.MEDIUM);
    }

    @Test
    void build_badRuleSets_areRefusedNamingTheProblem() {
        CategoryRule toUnknown = CategoryRule.when("x").keywords("a").then("nowhere", Severity.LOW);
        assertThatThrownBy(() -> FeedbackRules.builder().categories(PRODUCT, UNCATEGORISED).rules(toUnknown)
                .fallback("uncategorised", Severity.LOW).build())
                .hasMessage("rule 'x' categoryId is 'nowhere', which is not a defined category; the categories are "
                        + "[product-issue, uncategorised]");
        assertThatThrownBy(() -> FeedbackRules.builder().categories(PRODUCT).build())
                .hasMessageStartingWith("fallback must be set");
        assertThatThrownBy(() -> FeedbackRules.builder().categories(PRODUCT).fallback("other", Severity.LOW).build())
                .hasMessage("fallback is 'other', which is not a defined category; the categories are [product-issue]");
        assertThatThrownBy(() -> FeedbackRules.builder().categories(PRODUCT, PRODUCT).fallback("product-issue", Severity.LOW)
                .build()).hasMessage("categories has the id 'product-issue' twice (at index 1)");
        CategoryRule a = CategoryRule.when("a").keywords("x").then("product-issue", Severity.LOW);
        assertThatThrownBy(() -> FeedbackRules.builder().categories(PRODUCT).rules(a, a).fallback("product-issue", Severity.LOW)
                .build()).hasMessage("rules has the id 'a' twice (at index 1)");
        assertThatThrownBy(() -> FeedbackRules.builder().fallback("product-issue", Severity.LOW).build())
                .hasMessageStartingWith("categories must not be empty");
        assertThatThrownBy(() -> RULES.category("nope")).hasMessageContaining("category is 'nope', which is not a defined category");
    }

    @Test
    void when_badConditions_areRefusedWithFieldValueAndRange() {
        assertThatThrownBy(() -> CategoryRule.when("r").keywords("--")).hasMessage("rule 'r' keyword must contain a letter or digit, got '--'");
        assertThatThrownBy(() -> CategoryRule.when("r").scoreBetween(7, 3)).hasMessage("rule 'r' maxScore must be 7..10, got 3");
        assertThatThrownBy(() -> CategoryRule.when("r").scoreBetween(-1, 3)).hasMessage("rule 'r' minScore must be 0..10, got -1");
        assertThatThrownBy(() -> CategoryRule.when("r").channels(" ")).hasMessage("rule 'r' channel must not be blank, got ' '");
        assertThatThrownBy(() -> CategoryRule.when("r").then("has space", Severity.LOW))
                .hasMessage("rule 'r' categoryId must be letters, digits, '.', '_', ':' or '-', got 'has space'");
        assertThatThrownBy(() -> CategoryRule.when("r").then("c", null)).hasMessage("rule 'r' severity must not be null");
    }

    @Test
    void when_keywordsChannelsProducts_areStoredInCanonicalForm() {
        CategoryRule r = CategoryRule.when("r").keywords("Error   Message", "error message", "CRASH").channels("App")
                .products("Delivery").scoreBetween(0, 6).then("product-issue", Severity.HIGH);
        assertThat(r.keywords()).containsExactly("error message", "crash");
        assertThat(r.channels()).containsExactly("app");
        assertThat(r.products()).containsExactly("delivery");
        assertThat(r).hasToString("r: keywords [error message, crash], score 0..6, channel [app], product [delivery]"
                + " -> product-issue HIGH");
        assertThat(CategoryRule.when("all").then("x", Severity.LOW)).hasToString("all: always -> x LOW");
    }

    @Test
    void matches_agreesWithTheRuleSetsChoice() {
        CategoryRule rude = RULES.rules().get(3);
        assertThat(rude.matches(response("r", "c", "nps", AT).score(3).text("I waited an hour").build())).isTrue();
        assertThat(rude.matches(response("r", "c", "nps", AT).score(3).text("I wait an hour").build())).isFalse();
        assertThat(List.of(nps(3, "I waited an hour"))).extracting(Categorisation::ruleId, c -> c.category().owner())
                .containsExactly(tuple("rude", "cx-team"));
    }
}
