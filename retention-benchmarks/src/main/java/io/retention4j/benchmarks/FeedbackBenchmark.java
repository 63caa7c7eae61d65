package io.retention4j.benchmarks;

import io.retention4j.loyalty.feedback.Category;
import io.retention4j.loyalty.feedback.CategoryRule;
import io.retention4j.loyalty.feedback.FeedbackLoop;
import io.retention4j.loyalty.feedback.FeedbackRules;
import io.retention4j.loyalty.feedback.Response;
import io.retention4j.loyalty.feedback.Severity;
import io.retention4j.loyalty.feedback.Survey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Feedback categorisation of 1M synthetic survey responses by 20 rules (issue 8 target: at least 100k
 * responses/s), one thread, against a floor that only lower-cases each text and counts its words in
 * the same run. Texts have 4 to 24 words drawn from a 120-word vocabulary that contains the rules'
 * 20 single-word keywords, mixed case and punctuation; scores 0..10, one of 4 channels and 5 products.
 * (Counted on the first 100k: 79% of responses are categorised by a keyword rule, 7% by a score-only
 * rule, 14% fall back; the first match is found after 1 to 20 rules.) {@code recordAll} also opens a case per response in a fresh
 * {@link FeedbackLoop} (idempotency check, case snapshot, history), under the loop's lock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class FeedbackBenchmark {
    private static final String[] KEYWORDS = {"crash", "crashes", "freeze", "error", "bug", "broken", "slow", "late",
        "rude", "waited", "refund", "price", "expensive", "delivery", "parcel", "login", "password", "suggest",
        "missing", "wrong"};
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "! ", " - ", "... "};
    private static final String[] CHANNELS = {"email", "app", "web", "phone"};
    private static final String[] PRODUCTS = {"checkout", "delivery", "account", "search", "support"};

    @Param({"1000000"})
    public int responses;

    private Response[] all;
    private String[] texts;
    private FeedbackRules rules;
    private final Instant at = Instant.parse("2026-03-01T00:00:00Z");

    /** Draws the responses and builds the rules once. */
    @Setup(Level.Trial)
    public void setUp() {
        rules = rules();
        SplittableRandom random = new SplittableRandom(8);
        String[] vocabulary = vocabulary(random);
        all = new Response[responses];
        texts = new String[responses];
        for (int i = 0; i < responses; i++) {
            int words = 4 + random.nextInt(21);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = vocabulary[random.nextInt(vocabulary.length)];
                text.append(random.nextInt(8) == 0 ? word.toUpperCase(Locale.ROOT) : word)
                        .append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            texts[i] = text.toString();
            all[i] = new Response("r" + i, "c" + random.nextInt(200_000), "nps", at, random.nextInt(11), texts[i],
                    CHANNELS[random.nextInt(CHANNELS.length)], PRODUCTS[random.nextInt(PRODUCTS.length)], null);
        }
    }

    /** The 20 keywords, 100 filler words, each keyword drawn as often as about 2 filler words. */
    private static String[] vocabulary(SplittableRandom random) {
        String[] words = new String[120];
        System.arraycopy(KEYWORDS, 0, words, 0, KEYWORDS.length);
        for (int i = KEYWORDS.length; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            int length = 3 + random.nextInt(7);
            for (int c = 0; c < length; c++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        return words;
    }

    /** 20 rules over 4 categories: keywords (some phrases), score bands, channels and products; explicit fallback. */
    static FeedbackRules rules() {
        Duration day = Duration.ofDays(1);
        return FeedbackRules.builder()
                .categories(Category.of("product-issue", "app-team", day), Category.of("service-suggestion", "service", day),
                        Category.of("experience-complaint", "cx", day), Category.of("billing", "finance", day),
                        Category.of("uncategorised", "triage", day))
                .rules(CategoryRule.when("crash-critical").priority(1).keywords("crash", "crashes", "freeze")
                                .scoreBetween(0, 3).then("product-issue", Severity.CRITICAL),
                        CategoryRule.when("crash").keywords("crash", "crashes", "freeze").then("product-issue", Severity.HIGH),
                        CategoryRule.when("error-checkout").keywords("error").products("checkout")
                                .then("product-issue", Severity.HIGH),
                        CategoryRule.when("error").keywords("error", "bug", "broken").then("product-issue", Severity.MEDIUM),
                        CategoryRule.when("login").keywords("login", "password", "cannot log in").products("account")
                                .then("product-issue", Severity.HIGH),
                        CategoryRule.when("slow-app").keywords("slow").channels("app", "web").then("product-issue", Severity.LOW),
                        CategoryRule.when("late-delivery").keywords("late", "parcel").products("delivery")
                                .then("experience-complaint", Severity.HIGH),
                        CategoryRule.when("rude").keywords("rude", "waited").scoreBetween(0, 6)
                                .then("experience-complaint", Severity.HIGH),
                        CategoryRule.when("rude-passive").keywords("rude", "waited").then("experience-complaint", Severity.MEDIUM),
                        CategoryRule.when("phone-wait").keywords("waited on hold").channels("phone")
                                .then("experience-complaint", Severity.HIGH),
                        CategoryRule.when("refund").keywords("refund").then("billing", Severity.HIGH),
                        CategoryRule.when("price-detractor").keywords("price", "expensive").scoreBetween(0, 6)
                                .then("billing", Severity.MEDIUM),
                        CategoryRule.when("price").keywords("price", "expensive", "too expensive").then("billing", Severity.LOW),
                        CategoryRule.when("suggest").keywords("suggest", "would be nice", "please add")
                                .then("service-suggestion", Severity.LOW),
                        CategoryRule.when("missing").keywords("missing").products("search", "checkout")
                                .then("service-suggestion", Severity.MEDIUM),
                        CategoryRule.when("wrong-item").keywords("wrong", "wrong item").products("delivery")
                                .then("experience-complaint", Severity.MEDIUM),
                        CategoryRule.when("support-detractor").products("support").scoreBetween(0, 4)
                                .then("experience-complaint", Severity.MEDIUM),
                        CategoryRule.when("delivery-general").keywords("delivery").then("experience-complaint", Severity.LOW),
                        CategoryRule.when("detractor").scoreBetween(0, 2).then("experience-complaint", Severity.LOW),
                        CategoryRule.when("missing-general").keywords("missing").then("service-suggestion", Severity.LOW))
                .fallback("uncategorised", Severity.LOW)
                .build();
    }

    /**
     * The floor: lower-case each text and count its words (maximal runs of letters and digits), the
     * least a whole-word keyword match must do.
     *
     * @return the number of words
     */
    @Benchmark
    public long floorLowerCaseAndScan() {
        long words = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            boolean inWord = false;
            for (int i = 0; i < lower.length(); i++) {
                boolean letter = Character.isLetterOrDigit(lower.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }

    /**
     * Categorises every response.
     *
     * @return a checksum of the categories and severities
     */
    @Benchmark
    public long categoriseAll() {
        long sum = 0;
        for (Response r : all) {
            var c = rules.categorise(r);
            sum += c.category().id().length() * 31L + c.severity().ordinal();
        }
        return sum;
    }

    /**
     * Records every response in a fresh loop: categorisation plus an OPEN case each.
     *
     * @return the loop
     */
    @Benchmark
    public FeedbackLoop recordAll() {
        FeedbackLoop loop = FeedbackLoop.builder(rules).clock(Clock.fixed(at, ZoneOffset.UTC))
                .surveys(Survey.nps("nps", "How likely are you to recommend us?")).build();
        for (Response r : all) {
            loop.record(r);
        }
        return loop;
    }
}
