package io.retention4j.loyalty.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.model.NpsClass;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties over random rule sets, responses and command sequences, each checked against a reference
 * written here independently of the code under test: regular expressions for whole-word keywords, a
 * sort by priority for the evaluation order, a table of the legal moves, core's {@link NpsClass}.
 */
class FeedbackPropertiesTest {
    private static final List<String> VOCABULARY = List.of("crash", "slow", "rude", "app", "pay", "error", "message",
            "nice", "éclair", "müller", "4g");
    private static final List<String> SEPARATORS = List.of(" ", "  ", ", ", "-", "!", "'", "_", "... ", "\n");
    private static final List<String> CATEGORIES = List.of("product-issue", "service-suggestion", "experience-complaint");
    private static final String LETTER_OR_DIGIT = "[\\p{L}\\p{Nd}]";

    // ---- every response gets exactly one category: the first matching rule's by priority, or the fallback

    @Provide
    Arbitrary<List<CategoryRule>> ruleLists() {
        return rule().list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Response>> responseLists() {
        return response().list().ofMinSize(1).ofMaxSize(20);
    }

    private static Arbitrary<CategoryRule> rule() {
        Arbitrary<String> keyword = Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(2)
                .map(words -> String.join(" ", words)).map(k -> k.length() % 2 == 0 ? k.toUpperCase(Locale.ROOT) : k);
        Arbitrary<List<String>> keywords = keyword.list().ofMaxSize(3);
        Arbitrary<int[]> band = Arbitraries.integers().between(0, 10).list().ofSize(2)
                .map(b -> new int[] {Math.min(b.get(0), b.get(1)), Math.max(b.get(0), b.get(1))})
                .injectNull(0.6);
        Arbitrary<Set<String>> channels = Arbitraries.of("Email", "app", "PHONE").set().ofMaxSize(2);
        Arbitrary<Integer> priority = Arbitraries.integers().between(0, 3);
        Arbitrary<String> category = Arbitraries.of(CATEGORIES);
        Arbitrary<Severity> severity = Arbitraries.of(Severity.class);
        return Combinators.combine(keywords, band, channels, priority, category, severity)
                .as((k, b, c, p, cat, sev) -> new CategoryRule("tmp", p, k, b == null ? null : b[0], b == null ? null : b[1],
                        c, null, null, cat, sev));
    }

    private static Arbitrary<Response> response() {
        Arbitrary<String> word = Arbitraries.of(VOCABULARY).flatMap(w -> Arbitraries.of(w, w.toUpperCase(Locale.ROOT),
                w + "s", "x" + w, w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)));
        Arbitrary<String> text = Combinators.combine(word, Arbitraries.of(SEPARATORS)).as((w, s) -> w + s)
                .list().ofMaxSize(8).map(parts -> String.join("", parts)).injectNull(0.1);
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 10).injectNull(0.2);
        Arbitrary<String> channel = Arbitraries.of("email", "APP", "phone", "chat").injectNull(0.2);
        return Combinators.combine(text, score, channel).as((t, s, c) ->
                new Response("r", "c", "nps", Instant.EPOCH, s, t, c, null, null));
    }

    /** The reference for a keyword: its words, quoted, separated by non-word text, not inside a longer word. */
    private static boolean refContains(String text, String keyword) {
        if (text == null) {
            return false;
        }
        String words = List.of(keyword.split(" ")).stream().map(Pattern::quote)
                .collect(Collectors.joining("[^\\p{L}\\p{Nd}]+"));
        return Pattern.compile("(?<!" + LETTER_OR_DIGIT + ")" + words + "(?!" + LETTER_OR_DIGIT + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static boolean refMatches(CategoryRule rule, Response r) {
        boolean keywords = rule.keywords().isEmpty() || rule.keywords().stream().anyMatch(k -> refContains(r.text(), k));
        boolean band = rule.minScore() == null || (r.score() != null && r.score() >= rule.minScore()
                && r.score() <= rule.maxScore());
        boolean channel = rule.channels().isEmpty() || (r.channel() != null && rule.channels().stream()
                .anyMatch(c -> c.equalsIgnoreCase(r.channel())));
        return keywords && band && channel;
    }

    @Property(tries = 500)
    void categorise_everyResponseGetsExactlyOneCategory_theFirstMatchByPriority(
            @ForAll("ruleLists") List<CategoryRule> generated, @ForAll("responseLists") List<Response> responses) {
        List<CategoryRule> rules = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            CategoryRule g = generated.get(i);
            rules.add(new CategoryRule("rule-" + i, g.priority(), g.keywords(), g.minScore(), g.maxScore(), g.channels(),
                    g.products(), g.surveys(), g.categoryId(), g.severity()));
        }
        FeedbackRules set = FeedbackRules.builder()
                .categories(CATEGORIES.stream().map(id -> Category.of(id, "team", Duration.ofDays(1))).toArray(Category[]::new))
                .categories(Category.of("uncategorised", "triage", Duration.ofDays(3)))
                .rules(rules.toArray(CategoryRule[]::new)).fallback("uncategorised", Severity.LOW).build();
        List<CategoryRule> byPriority = new ArrayList<>(rules);
        byPriority.sort(Comparator.comparingInt(CategoryRule::priority)); // stable: definition order within a priority
        for (Response r : responses) {
            Categorisation got = set.categorise(r);
            CategoryRule expected = byPriority.stream().filter(rule -> refMatches(rule, r)).findFirst().orElse(null);
            Statistics.label("outcome").collect(expected == null ? "fallback" : "rule");
            if (expected == null) {
                assertThat(got.ruleId()).as("%s", r).isNull();
                assertThat(got.category().id()).isEqualTo("uncategorised");
                assertThat(got.severity()).isEqualTo(Severity.LOW);
            } else {
                assertThat(got.ruleId()).as("%s", r).isEqualTo(expected.id());
                assertThat(got.category().id()).isEqualTo(expected.categoryId());
                assertThat(got.severity()).isEqualTo(expected.severity());
            }
            for (CategoryRule rule : rules) {
                if (!rule.keywords().isEmpty()) {
                    Statistics.label("keyword hit").collect(rule.keywords().stream().anyMatch(k -> refContains(r.text(), k)));
                }
                assertThat(rule.matches(r)).as("%s on %s", rule, r).isEqualTo(refMatches(rule, r));
            }
        }
        // guards against a vacuous property: both outcomes and keyword hits must be common
        Statistics.label("outcome").coverage(c -> {
            c.check("rule").percentage(p -> p > 20);
            c.check("fallback").percentage(p -> p > 10);
        });
        Statistics.label("keyword hit").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    // ---- the case state machine never reaches an illegal state

    enum Command { START, RESOLVE, REOPEN, CLOSE, RECATEGORISE }

    /** The legal moves, written out by hand. */
    private static final Set<List<CaseState>> LEGAL = Set.of(
            List.of(CaseState.OPEN, CaseState.IN_PROGRESS), List.of(CaseState.OPEN, CaseState.RESOLVED),
            List.of(CaseState.IN_PROGRESS, CaseState.RESOLVED), List.of(CaseState.RESOLVED, CaseState.IN_PROGRESS),
            List.of(CaseState.RESOLVED, CaseState.CLOSED));

    /** Which states each command moves from, and to where. */
    private static final Map<Command, Set<CaseState>> FROM = Map.of(
            Command.START, EnumSet.of(CaseState.OPEN),
            Command.RESOLVE, EnumSet.of(CaseState.OPEN, CaseState.IN_PROGRESS),
            Command.REOPEN, EnumSet.of(CaseState.RESOLVED),
            Command.CLOSE, EnumSet.of(CaseState.RESOLVED));
    private static final Map<Command, CaseState> TO = Map.of(Command.START, CaseState.IN_PROGRESS,
            Command.RESOLVE, CaseState.RESOLVED, Command.REOPEN, CaseState.IN_PROGRESS, Command.CLOSE, CaseState.CLOSED);

    @Property(tries = 300)
    void commands_caseStateMachineNeverReachesAnIllegalState(
            @ForAll @Size(min = 1, max = 30) List<Command> commands,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 3) Integer> caseOf,
            @ForAll @IntRange(min = 0, max = 120) int minutesBetween) {
        FeedbackClock clock = new FeedbackClock("2026-03-02T12:00:00Z");
        List<Action> actions = new ArrayList<>();
        FeedbackLoop loop = FeedbackFixtures.loop(clock).listener(actions::add).build();
        for (int c = 0; c < 4; c++) {
            loop.record(FeedbackFixtures.nps("r" + c, "c" + c, "2026-03-02T12:00:00Z", c * 3, "crash"));
        }
        int resolves = 0;
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            String id = "r" + caseOf.get(i);
            clock.plus(Duration.ofMinutes(minutesBetween));
            FeedbackCase before = loop.get(id);
            if (command == Command.RECATEGORISE) {
                Severity next = Severity.values()[(before.severity().ordinal() + 1) % Severity.values().length];
                if (before.state() == CaseState.CLOSED) {
                    assertThatThrownBy(() -> loop.recategorise(id, "product-issue", next, "p", "why"))
                            .isInstanceOf(IllegalStateException.class);
                    assertThat(loop.get(id)).isEqualTo(before);
                } else {
                    FeedbackCase after = loop.recategorise(id, "product-issue", next, "p", "why");
                    assertThat(after.state()).isEqualTo(before.state());
                    assertThat(after.dueAt()).isEqualTo(after.openedAt().plus(FeedbackFixtures.PRODUCT.deadline(next)));
                }
                continue;
            }
            if (FROM.get(command).contains(before.state())) {
                FeedbackCase after = apply(loop, command, id);
                assertThat(after.state()).isEqualTo(TO.get(command));
                resolves += command == Command.RESOLVE ? 1 : 0;
            } else {
                assertThatThrownBy(() -> apply(loop, command, id)).isInstanceOf(IllegalCaseTransitionException.class);
                assertThat(loop.get(id)).isEqualTo(before);
            }
        }
        for (FeedbackCase c : loop.cases()) {
            for (int k = 1; k < c.history().size(); k++) {
                CaseEvent e = c.history().get(k);
                assertThat(LEGAL).as("%s", e).contains(List.of(e.from(), e.to()));
                assertThat(e.from()).isEqualTo(c.history().get(k - 1).to());
            }
            assertThat(c.resolution() != null).isEqualTo(c.state() == CaseState.RESOLVED || c.state() == CaseState.CLOSED);
        }
        assertThat(actions).hasSize(resolves).allMatch(a -> a.type() == ActionType.FEEDBACK_RESOLVED);
    }

    private static FeedbackCase apply(FeedbackLoop loop, Command command, String id) {
        return switch (command) {
            case START -> loop.start(id, "p");
            case RESOLVE -> loop.resolve(id, "p", "fixed");
            case REOPEN -> loop.reopen(id, "p", "not fixed");
            case CLOSE -> loop.close(id, "p");
            case RECATEGORISE -> throw new AssertionError(command);
        };
    }

    // ---- NPS against core's classes

    @Property(tries = 300)
    void nps_isPromotersMinusDetractorsInPercent(@ForAll @Size(max = 50) List<@IntRange(min = 0, max = 10) Integer> scores) {
        NpsTally tally = NpsTally.of(scores.stream().mapToInt(Integer::intValue).toArray());
        long promoters = scores.stream().filter(s -> NpsClass.of(s) == NpsClass.PROMOTER).count();
        long detractors = scores.stream().filter(s -> NpsClass.of(s) == NpsClass.DETRACTOR).count();
        assertThat(tally.n()).isEqualTo(scores.size());
        if (scores.isEmpty()) {
            assertThat(tally.nps()).isNaN();
        } else {
            assertThat(tally.nps()).isCloseTo(100.0 * (promoters - detractors) / scores.size(),
                    org.assertj.core.data.Offset.offset(1e-9)).isBetween(-100.0, 100.0);
        }
    }
}
