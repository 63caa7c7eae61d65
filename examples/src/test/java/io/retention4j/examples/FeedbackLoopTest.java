package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.feedback.Category;
import io.retention4j.loyalty.feedback.CategoryRule;
import io.retention4j.loyalty.feedback.FeedbackCase;
import io.retention4j.loyalty.feedback.FeedbackRules;
import io.retention4j.loyalty.feedback.Response;
import io.retention4j.loyalty.feedback.Severity;
import io.retention4j.loyalty.feedback.Survey;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feedback example against counts taken from the raw CSV files and against hand counts (the
 * comments show them; instants UTC, Berlin weeks from Monday, Berlin is UTC+1 until 29 March).
 */
class FeedbackLoopTest {
    private static String report;
    private static List<List<String>> responses;
    private static List<List<String>> work;

    @BeforeAll
    static void run() throws Exception {
        report = ExampleRuns.output(FeedbackLoop::main);
        responses = FeedbackLoop.csv("feedback/responses.csv");
        work = FeedbackLoop.csv("feedback/work.csv");
    }

    private static List<String> section(String heading) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : report.split("\n")) {
            if (line.startsWith(heading)) {
                in = true;
            } else if (in && line.isBlank()) {
                break;
            } else if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void main_recordsEveryResponseAndAppliesEveryWorkItem() {
        assertThat(responses).hasSize(54);
        assertThat(work).hasSize(56);
        assertThat(report).contains("Feedback loop over 54 synthetic responses and 56 work items")
                .contains("FeedbackLoop: 54 cases, 28 unresolved");
    }

    @Test
    void main_onlyTheIllegalCloseIsRefused() {
        // r32 was never started or resolved: OPEN cannot move to CLOSED
        assertThat(section("== Work refused")).containsExactly("2026-03-20T10:00:00Z close r32 by triage-dora: case "
                + "'r32' cannot move from OPEN to CLOSED: from OPEN it may move to [IN_PROGRESS, RESOLVED]. Nothing changed.");
    }

    @Test
    void main_oneFeedbackResolvedPerResolveRow_oneFollowUpPerResolutionNotReopened() {
        long resolveRows = work.stream().filter(f -> f.get(2).equals("resolve")).count();
        long reopenRows = work.stream().filter(f -> f.get(2).equals("reopen")).count();
        assertThat(resolveRows).isEqualTo(27);
        // r15's first resolution (03-09) was reopened on 03-10, before its follow-up was due on 03-16;
        // the last resolution (r36, 03-25 09:00) is followed up on 04-01, before the report (04-03)
        assertThat(report).contains("== Actions for the caller: " + resolveRows + " FEEDBACK_RESOLVED, "
                + (resolveRows - reopenRows) + " FOLLOW_UP_SURVEY");
        assertThat(report).contains("2026-03-18T09:00:00Z FOLLOW_UP_SURVEY c15: survey 'nps-follow-up' about case r15 "
                + "(product-issue), resolved 2026-03-11T09:00:00Z: Android 9 crash fixed in 5.1.6")
                .doesNotContain("2026-03-16T12:00:00Z FOLLOW_UP_SURVEY c15");
    }

    @Test
    void main_breachesAreTheUnresolvedCasesPastTheirDeadline() {
        // 28 unresolved at 04-03 18:00; not breached: r37 (praise, due 04-08), r39 (suggestion, due 04-09) and the
        // eight follow-up answers (30 days); the other 18 by due instant
        List<String> ids = section("== SLA breaches").stream().map(l -> l.split(" ")[1]).toList();
        assertThat(ids).containsExactly("r18", "f04", "r07", "r13", "f14", "r32", "r35", "r21", "f25", "r24", "r38", "r26",
                "r40", "r28", "q35", "r31", "q13", "q28");
        assertThat(report).contains("Backlog as of 2026-04-03T18:00:00Z: 28 unresolved, 18 breached");
        // r18 was started on 03-11 and never resolved: due 03-10 09:20 + 24 hours
        assertThat(report).contains("case r18 c18 experience-complaint HIGH (owner cx-team) IN_PROGRESS, opened "
                + "2026-03-10T09:20:00Z, due 2026-03-11T09:20:00Z");
    }

    @Test
    void main_mostFrequentCategoriesByBerlinWeek() {
        // product-issue: r01 r06 r08 r12 r15 r20 r23 r27 r30 r34 r35 q35; delivery-problem: r03 r09 r14 r17 r22 r25 r29 r36 f25
        assertThat(report).contains("overall: product-issue 12, delivery-problem 9, follow-up 8, praise 7, uncategorised 7, "
                + "service-suggestion 6, experience-complaint 5");
        // week of 03-02: r01..r14; week of 03-30: q13, q35, q28
        assertThat(report).contains("2026-03-02 14: product-issue 4,").contains("2026-03-30 3: uncategorised 2, product-issue 1");
    }

    @Test
    void main_npsMovement_handCounted() {
        // resolved before answering again: c01 2->9, c03 5->8, c06 3->10, c08 6->7, c12 1->9, c14 0->5, c15 3->8,
        // c20 2->9, c25 1->4, c27 2->10: means 25/10 -> 79/10; before 10 detractors, after 5 promoters, 3 passives,
        // 2 detractors: NPS -100 -> +30. Not resolved: c13 8->7, c28 8->6, c35 4->2: means 20/3 -> 15/3,
        // NPS (0-1)/3 -> (0-2)/3. Awaiting: 14 resolved anchors (c02 c05 c09 c10 c16 c17 c19 c22 c23 c29 c30 c33
        // c34 c36), 6 unresolved (c04 c24 c31 c37 c39 c40)
        assertThat(report).contains("resolved:     10 customers answered again (14 not yet): mean score 2.50 -> 7.90 "
                + "(+5.4), NPS -100.0 -> +30.0 (+130.0)");
        assertThat(report).contains("not resolved: 3 customers answered again (6 not yet): mean score 6.67 -> 5.00 (-1.7), "
                + "NPS -33.3 -> -66.7 (-33.3)");
    }

    @Test
    void main_improvementReport_handCounted() {
        // 27 resolve rows, r15 resolved twice: 26 cases, counted in the Berlin week of their last resolution
        assertThat(report).contains("(Europe/Berlin): 26 cases fixed");
        // week of 03-02: 10 cases; times 6h30 6h40 6h45 7h45 17h30 | 22h55 23h20 29h 43h40 47h: median
        // (17h30 + 22h55) / 2 = 20h12m30s; late: r04 (due 03-03 13:20), r08 (due 03-04 12:00)
        assertThat(report).contains("2026-03-02: 10 fixed (product-issue 4, delivery-problem 2, experience-complaint 2, "
                + "praise 2), median time to resolve 20h 12m 30s, 2 late");
        // week of 03-16: 6h15 6h30 7h | 8h50 46h10 71h45: (7h + 8h50) / 2 = 7h55; late: r25, r30
        assertThat(report).contains("2026-03-16: 6 fixed (product-issue 3, delivery-problem 2, experience-complaint 1), "
                + "median time to resolve 7h 55m, 2 late");
        assertThat(report).contains("2026-03-09: 9 fixed").contains("3 late")
                .contains("2026-03-23: 1 fixed (delivery-problem 1), median time to resolve 22h 20m, 0 late");
    }

    @Test
    void readmeSnippet_runsAsPrinted() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<Action> actions = new ArrayList<>();
        Response response = Response.builder("r1", "c1", "nps").at(Instant.parse("2026-03-02T11:00:00Z")).score(2)
                .text("Crash at checkout!").build();

        FeedbackRules rules = FeedbackRules.builder()
                .categories(Category.of("product-issue", "app-team", Duration.ofHours(72))
                                .withDeadline(Severity.CRITICAL, Duration.ofHours(8)),
                        Category.of("uncategorised", "triage", Duration.ofHours(72)))
                .rules(CategoryRule.when("crash").keywords("crash", "error message").scoreBetween(0, 4)
                        .then("product-issue", Severity.CRITICAL))
                .fallback("uncategorised", Severity.LOW)
                .build();
        io.retention4j.loyalty.feedback.FeedbackLoop loop = io.retention4j.loyalty.feedback.FeedbackLoop.builder(rules)
                .clock(clock)
                .surveys(Survey.nps("nps", "How likely are you to recommend us?"))
                .followUp("nps", Duration.ofDays(7)).listener(actions::add).build();
        FeedbackCase c = loop.record(response);
        loop.start(c.id(), "anna");
        loop.resolve(c.id(), "anna", "fixed in 5.1.1");
        loop.breaches(now);
        loop.backlog(now);
        loop.npsMovement(now);
        loop.frequentCategories(CalendarPeriod.weeks(zone, DayOfWeek.MONDAY));
        String printed = loop.improvementReport(CalendarPeriod.weeks(zone, DayOfWeek.MONDAY), 2).toString();

        // "Crash" at score 2: product-issue CRITICAL, due 8 hours after 12:00; resolved at once (the clock is fixed)
        assertThat(c.categoryId()).isEqualTo("product-issue");
        assertThat(c.dueAt()).isEqualTo(Instant.parse("2026-03-02T20:00:00Z"));
        assertThat(actions).extracting(Action::type).containsExactly(ActionType.FEEDBACK_RESOLVED);
        assertThat(printed).contains("2026-03-02: 1 fixed (product-issue 1), median time to resolve 0s, 0 late");
    }
}
