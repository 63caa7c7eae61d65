package io.retention4j.loyalty.feedback;

import static io.retention4j.loyalty.feedback.FeedbackFixtures.nps;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SLA breaches, backlog, most frequent categories, NPS movement and the improvement report over one
 * hand-made fortnight (all instants UTC; Paris is UTC+1 in early March 2026):
 * <pre>
 * responses            customer survey   at (given)     score text                   -> category, severity, deadline
 * a1                   c1       nps      03-01 22:30    2     App crashes at checkout  -> product-issue CRITICAL 4h
 * a2                   c2       nps      03-01 23:30    5     crashes when I pay       -> product-issue MEDIUM 72h
 * a3                   c3       nps      03-02 08:00    8     would be nice ...        -> service-suggestion LOW 14d
 * a4                   c4       csat     03-02 08:30    2     agent was rude           -> experience-complaint HIGH 24h
 * a5                   c5       comments 03-02 08:45    -     where is my parcel       -> uncategorised LOW 72h
 * a6                   c6       nps      03-04 09:30    1     crash again!!            -> product-issue CRITICAL 4h
 * b2, b1, b6           c2,c1,c6 nps      03-05 12:00, 03-09 12:00, 03-10 12:00; 4 "meh", 9 "thanks", 10 "works now" -> uncategorised
 *
 * clock   command                                  case opened / due
 * 03-02 09:00 record a1..a5                         a1 due 13:00, a2 03-05 09:00, a3 03-16 09:00, a4 03-03 09:00, a5 03-05 09:00
 * 03-02 10:00 start a1;  12:00 resolve a1            a1: 3h, on time
 * 03-03 12:00 start a4
 * 03-04 09:00 resolve a4                             a4: 48h, late (due 03-03 09:00)
 * 03-04 10:00 record a6                              a6 due 03-04 14:00
 * 03-05 12:00 record b2
 * 03-06 09:00 resolve a2                             a2: 96h, late
 * 03-09 09:00 close a1; 10:00 re-categorise a5 -> product-issue MEDIUM (72h: due unchanged, owner app-team)
 * 03-09 12:00 record b1
 * 03-10 09:00 resolve a6                             a6: 5d 23h = 143h, late
 * 03-10 12:00 record b6
 * </pre>
 */
class FeedbackReportsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<Action> ACTIONS = new ArrayList<>();
    private static FeedbackLoop loop;

    private static Instant t(String at) {
        return Instant.parse(at);
    }

    @BeforeAll
    static void fortnight() {
        FeedbackClock clock = new FeedbackClock("2026-03-02T09:00:00Z");
        loop = FeedbackFixtures.loop(clock).listener(ACTIONS::add).build();
        loop.record(nps("a1", "c1", "2026-03-01T22:30:00Z", 2, "App crashes at checkout"));
        loop.record(nps("a2", "c2", "2026-03-01T23:30:00Z", 5, "crashes when I pay"));
        loop.record(nps("a3", "c3", "2026-03-02T08:00:00Z", 8, "would be nice to pay by invoice"));
        loop.record(response("a4", "c4", "csat", "2026-03-02T08:30:00Z").score(2).text("agent was rude").build());
        loop.record(response("a5", "c5", "comments", "2026-03-02T08:45:00Z").text("where is my parcel").build());
        clock.to("2026-03-02T10:00:00Z");
        loop.start("a1", "alice");
        clock.to("2026-03-02T12:00:00Z");
        loop.resolve("a1", "alice", "hotfix 4.2.1 for the checkout crash");
        clock.to("2026-03-03T12:00:00Z");
        loop.start("a4", "bob");
        clock.to("2026-03-04T09:00:00Z");
        loop.resolve("a4", "bob", "coached the agent, refunded the fee");
        clock.to("2026-03-04T10:00:00Z");
        loop.record(nps("a6", "c6", "2026-03-04T09:30:00Z", 1, "crash again!!"));
        clock.to("2026-03-05T12:00:00Z");
        loop.record(nps("b2", "c2", "2026-03-05T12:00:00Z", 4, "meh"));
        clock.to("2026-03-06T09:00:00Z");
        loop.resolve("a2", "alice", "fixed the payment crash in 4.2.2");
        clock.to("2026-03-09T09:00:00Z");
        loop.close("a1", "alice");
        clock.to("2026-03-09T10:00:00Z");
        loop.recategorise("a5", "product-issue", Severity.MEDIUM, "carol", "parcel tracking is an app bug");
        clock.to("2026-03-09T12:00:00Z");
        loop.record(nps("b1", "c1", "2026-03-09T12:00:00Z", 9, "thanks"));
        clock.to("2026-03-10T09:00:00Z");
        loop.resolve("a6", "alice", "crash on old Android fixed in 4.2.3");
        clock.to("2026-03-10T12:00:00Z");
        loop.record(nps("b6", "c6", "2026-03-10T12:00:00Z", 10, "works now"));
    }

    @Test
    void fortnight_categoriesAndDueInstants_areTheHandTables() {
        assertThat(loop.cases()).extracting(FeedbackCase::id, FeedbackCase::categoryId, FeedbackCase::severity,
                FeedbackCase::dueAt).containsExactly(
                tuple("a1", "product-issue", Severity.CRITICAL, t("2026-03-02T13:00:00Z")),
                tuple("a2", "product-issue", Severity.MEDIUM, t("2026-03-05T09:00:00Z")),
                tuple("a3", "service-suggestion", Severity.LOW, t("2026-03-16T09:00:00Z")),
                tuple("a4", "experience-complaint", Severity.HIGH, t("2026-03-03T09:00:00Z")),
                tuple("a5", "product-issue", Severity.MEDIUM, t("2026-03-05T09:00:00Z")),
                tuple("a6", "product-issue", Severity.CRITICAL, t("2026-03-04T14:00:00Z")),
                tuple("b2", "uncategorised", Severity.LOW, t("2026-03-08T12:00:00Z")),
                tuple("b1", "uncategorised", Severity.LOW, t("2026-03-12T12:00:00Z")),
                tuple("b6", "uncategorised", Severity.LOW, t("2026-03-13T12:00:00Z")));
        assertThat(ACTIONS).extracting(Action::type).containsOnly(ActionType.FEEDBACK_RESOLVED);
        assertThat(ACTIONS).extracting(Action::customerId, Action::at).containsExactly(
                tuple("c1", t("2026-03-02T12:00:00Z")), tuple("c4", t("2026-03-04T09:00:00Z")),
                tuple("c2", t("2026-03-06T09:00:00Z")), tuple("c6", t("2026-03-10T09:00:00Z")));
    }

    @Test
    void breaches_asOfAnInstant_areTheUnresolvedCasesPastTheirDueInstant() {
        // 03-03 10:00: only a4 (due 03-03 09:00, started only at 12:00); a1 was resolved before its 13:00
        assertThat(loop.breaches(t("2026-03-03T10:00:00Z"))).extracting(FeedbackCase::id).containsExactly("a4");
        // 03-05 10:00: a6 (due 03-04 14:00), a2 and a5 (both due 03-05 09:00, by id); a4 was resolved 03-04
        assertThat(loop.breaches(t("2026-03-05T10:00:00Z"))).extracting(FeedbackCase::id).containsExactly("a6", "a2", "a5");
        // at the due instant itself a case is not breached yet; one nanosecond later it is
        assertThat(loop.breaches(t("2026-03-03T09:00:00Z"))).isEmpty();
        assertThat(loop.breaches(t("2026-03-03T09:00:00Z").plusNanos(1))).extracting(FeedbackCase::id).containsExactly("a4");
        // before anything was opened
        assertThat(loop.breaches(t("2026-03-01T00:00:00Z"))).isEmpty();
        FeedbackCase a4 = loop.get("a4");
        assertThat(a4.resolvedLate()).isTrue();
        assertThat(loop.get("a1").resolvedLate()).isFalse();
    }

    @Test
    void backlog_asOfAnInstant_countsByOwnerAndCategory() {
        // 03-03 12:30: a2, a5 (app-team, a5 re-categorised for its whole life) and a3 OPEN; a4 IN_PROGRESS and breached
        Backlog early = loop.backlog(t("2026-03-03T12:30:00Z"));
        assertThat(early.rows()).containsExactly(
                new Backlog.Row("app-team", "product-issue", 2, 0, 0),
                new Backlog.Row("cx-team", "experience-complaint", 0, 1, 1),
                new Backlog.Row("service-team", "service-suggestion", 1, 0, 0));
        assertThat(List.of(early.unresolved(), early.breached())).containsExactly(4, 1);
        // 03-05 10:00: a2, a5, a6 OPEN and breached, a3 OPEN; a4 resolved, b2 not recorded yet
        Backlog later = loop.backlog(t("2026-03-05T10:00:00Z"));
        assertThat(later.byOwner()).containsExactly(Map.entry("app-team", 3), Map.entry("service-team", 1));
        assertThat(later.byCategory()).containsExactly(Map.entry("product-issue", 3), Map.entry("service-suggestion", 1));
        assertThat(List.of(later.unresolved(), later.breached())).containsExactly(4, 3);
        assertThat(later).hasToString("""
                Backlog as of 2026-03-05T10:00:00Z: 4 unresolved, 3 breached
                  owner         category            open  in progress  breached
                  app-team      product-issue          3            0         3
                  service-team  service-suggestion     1            0         0""");
        assertThat(loop.backlog(t("2026-03-01T00:00:00Z")).rows()).isEmpty();
    }

    @Test
    void frequentCategories_byParisWeek_countEachCaseInTheWeekItWasGiven() {
        CategoryTrend weeks = loop.frequentCategories(CalendarPeriod.weeks(PARIS, DayOfWeek.MONDAY));
        // a1 is Sunday 23:30 in Paris (week of 02-23); a2 is Monday 00:30 (week of 03-02)
        assertThat(weeks.periods()).extracting(CategoryTrend.PeriodCounts::start, CategoryTrend.PeriodCounts::total,
                CategoryTrend.PeriodCounts::mostFrequent).containsExactly(
                tuple(LocalDate.of(2026, 2, 23), 1, "product-issue"),
                tuple(LocalDate.of(2026, 3, 2), 6, "product-issue"),
                tuple(LocalDate.of(2026, 3, 9), 2, "uncategorised"));
        // week of 03-02: a2, a5, a6 product; a4 complaint; a3 suggestion; b2 uncategorised (ties by id)
        assertThat(weeks.periods().get(1).ranked()).containsExactly(new CategoryCount("product-issue", 3),
                new CategoryCount("experience-complaint", 1), new CategoryCount("service-suggestion", 1),
                new CategoryCount("uncategorised", 1));
        assertThat(weeks.top(2)).containsExactly(new CategoryCount("product-issue", 4), new CategoryCount("uncategorised", 3));
        assertThat(weeks.total()).isEqualTo(9);
    }

    @Test
    void frequentCategories_zoneDecidesThePeriod() {
        // in UTC both a1 and a2 were given on Sunday 03-01: the week of 02-23 has 2
        CategoryTrend utc = loop.frequentCategories(CalendarPeriod.weeks(ZoneOffset.UTC, DayOfWeek.MONDAY));
        assertThat(utc.periods()).extracting(CategoryTrend.PeriodCounts::total).containsExactly(2, 5, 2);
        // Paris days: 03-01 a1; 03-02 a2..a5; 03-03 nothing (kept, total 0); 03-04 a6; 03-05 b2; 03-06..08 nothing; 03-09 b1; 03-10 b6
        CategoryTrend days = loop.frequentCategories(CalendarPeriod.days(PARIS));
        assertThat(days.periods()).extracting(CategoryTrend.PeriodCounts::total).containsExactly(1, 4, 0, 1, 1, 0, 0, 0, 1, 1);
        assertThat(days.periods().get(2).mostFrequent()).isNull();
        // [03-02T00:00Z, 03-04T00:00Z): a3, a4, a5 only (a2 was 03-01 23:30Z)
        CategoryTrend window = loop.frequentCategories(CalendarPeriod.months(PARIS), t("2026-03-02T00:00:00Z"),
                t("2026-03-04T00:00:00Z"));
        assertThat(window.overall()).containsExactly(new CategoryCount("experience-complaint", 1),
                new CategoryCount("product-issue", 1), new CategoryCount("service-suggestion", 1));
        assertThatThrownBy(() -> loop.frequentCategories(CalendarPeriod.fixed(Duration.ofHours(1))))
                .hasMessageStartingWith("period must be calendar days, weeks or months in a zone");
    }

    @Test
    void npsMovement_resolvedCustomersAgainstTheOthers() {
        NpsMovement m = loop.npsMovement(t("2026-03-10T12:00:00Z"));
        // resolved before answering again: c1 2 -> 9 (a1 resolved 03-02), c6 1 -> 10 (a6 resolved 03-10 09:00, b6 at 12:00)
        // mean 1.5 -> 9.5 (+8); NPS: two detractors -100, two promoters +100 (+200)
        NpsMovement.Group resolved = m.resolved();
        assertThat(List.of(resolved.customers(), resolved.awaiting())).containsExactly(2, 0);
        assertThat(resolved.before()).isEqualTo(new NpsTally(0, 0, 2));
        assertThat(resolved.after()).isEqualTo(new NpsTally(2, 0, 0));
        assertThat(List.of(resolved.meanBefore(), resolved.meanAfter(), resolved.meanChange(), resolved.npsChange()))
                .containsExactly(1.5, 9.5, 8.0, 200.0);
        // not resolved: c2 5 -> 4 (b2 at 03-05 12:00, a2 resolved only 03-06); c3 (a3 8) has not answered again
        NpsMovement.Group open = m.notResolved();
        assertThat(List.of(open.customers(), open.awaiting())).containsExactly(1, 1);
        assertThat(List.of(open.meanBefore(), open.meanAfter(), open.meanChange(), open.before().nps(), open.after().nps()))
                .containsExactly(5.0, 4.0, -1.0, -100.0, -100.0);
        assertThat(m).hasToString("""
                NPS movement as of 2026-03-10T12:00:00Z
                  resolved:     2 customers answered again (0 not yet): mean score 1.50 -> 9.50 (+8.0), NPS -100.0 -> +100.0 (+200.0)
                  not resolved: 1 customers answered again (1 not yet): mean score 5.00 -> 4.00 (-1.0), NPS -100.0 -> -100.0 (+0.0)""");
    }

    @Test
    void npsMovement_asOfEarlier_seesOnlyWhatWasGivenAndResolvedThen() {
        // 03-09 23:00: b6 not given; c6's anchor a6 is still OPEN: awaiting in "not resolved" with c3
        NpsMovement m = loop.npsMovement(t("2026-03-09T23:00:00Z"));
        assertThat(List.of(m.resolved().customers(), m.resolved().awaiting(), m.notResolved().customers(),
                m.notResolved().awaiting())).containsExactly(1, 0, 1, 2);
        // before any response: empty groups, NaN means and NPS (documented)
        NpsMovement none = loop.npsMovement(t("2026-02-01T00:00:00Z"));
        assertThat(none.resolved().customers()).isZero();
        assertThat(none.resolved().meanChange()).isNaN();
        assertThat(none.resolved().before().nps()).isNaN();
        assertThat(none.resolved()).hasToString("0 customers answered again (0 not yet): mean score n/a -> n/a (n/a), "
                + "NPS n/a -> n/a (n/a)");
    }

    @Test
    void improvementReport_byParisWeek_countsMedianAndExamples() {
        ImprovementReport report = loop.improvementReport(CalendarPeriod.weeks(PARIS, DayOfWeek.MONDAY), 1);
        // week of 03-02: a1 3h (on time), a4 48h (late), a2 96h (late): median 48h
        // week of 03-09: a6 143h (late)
        assertThat(report.periods()).extracting(ImprovementReport.Fixed::start, ImprovementReport.Fixed::resolved,
                ImprovementReport.Fixed::late, ImprovementReport.Fixed::medianTime).containsExactly(
                tuple(LocalDate.of(2026, 3, 2), 3, 2, Duration.ofHours(48)),
                tuple(LocalDate.of(2026, 3, 9), 1, 1, Duration.ofHours(143)));
        assertThat(report.periods().get(0).byCategory()).containsExactly(new CategoryCount("product-issue", 2),
                new CategoryCount("experience-complaint", 1));
        // one example per category: the earliest resolution of each
        assertThat(report.periods().get(0).resolutions()).extracting(ImprovementReport.Example::caseId).containsExactly("a1", "a4");
        assertThat(report).hasToString("""
                Feedback improvement report by calendar weeks from MONDAY (Europe/Paris): 4 cases fixed
                  2026-03-02: 3 fixed (product-issue 2, experience-complaint 1), median time to resolve 2d, 2 late
                    - product-issue (case a1): hotfix 4.2.1 for the checkout crash
                    - experience-complaint (case a4): coached the agent, refunded the fee
                  2026-03-09: 1 fixed (product-issue 1), median time to resolve 5d 23h, 1 late
                    - product-issue (case a6): crash on old Android fixed in 4.2.3""");
    }

    @Test
    void improvementReport_evenCount_medianIsTheMeanOfTheMiddleTwo() {
        // March: 3h, 48h, 96h, 143h -> (48h + 96h) / 2 = 72h
        ImprovementReport month = loop.improvementReport(CalendarPeriod.months(PARIS), 0);
        assertThat(month.periods()).singleElement().satisfies(f -> {
            assertThat(f.medianTime()).isEqualTo(Duration.ofHours(72));
            assertThat(f.resolutions()).isEmpty();
        });
        assertThat(ImprovementReport.median(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2))))
                .isEqualTo(Duration.ofMillis(1500));
    }
}
