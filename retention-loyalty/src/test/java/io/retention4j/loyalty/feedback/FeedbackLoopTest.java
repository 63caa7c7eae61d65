package io.retention4j.loyalty.feedback;

import static io.retention4j.loyalty.feedback.FeedbackFixtures.NPS;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.loop;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.nps;
import static io.retention4j.loyalty.feedback.FeedbackFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop's commands: recording, idempotency, legal moves, re-categorisation, actions and follow-ups. */
class FeedbackLoopTest {
    private final FeedbackClock clock = new FeedbackClock("2026-03-02T12:00:00Z");
    private final List<Action> actions = new ArrayList<>();
    private final FeedbackLoop loop = loop(clock).listener(actions::add).followUp("nps", Duration.ofDays(14)).build();

    private static Instant t(String at) {
        return Instant.parse(at);
    }

    @Test
    void record_opensACategorisedCaseDueByItsCategorysDeadline() {
        FeedbackCase c = loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 2, "The app crashes"));
        // crash-detractor: product-issue CRITICAL, 4 hours from the clock's 12:00
        assertThat(c).extracting(FeedbackCase::id, FeedbackCase::categoryId, FeedbackCase::owner, FeedbackCase::severity,
                        FeedbackCase::ruleId, FeedbackCase::state, FeedbackCase::openedAt, FeedbackCase::dueAt)
                .containsExactly("r1", "product-issue", "app-team", Severity.CRITICAL, "crash-detractor", CaseState.OPEN,
                        t("2026-03-02T12:00:00Z"), t("2026-03-02T16:00:00Z"));
        assertThat(c.history()).singleElement().hasToString(
                "2026-03-02T12:00:00Z opened by feedback-loop: product-issue CRITICAL by rule crash-detractor");
        assertThat(c.resolution()).isNull();
        assertThat(loop.get("r1")).isEqualTo(c);
    }

    @Test
    void record_sameResponseAgain_returnsTheCaseAsItIsNow() {
        Response r = nps("r1", "c1", "2026-03-02T10:00:00Z", 2, "The app crashes");
        loop.record(r);
        FeedbackCase started = loop.start("r1", "alice");
        assertThat(loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 2, "The app crashes"))).isEqualTo(started);
        assertThat(loop.cases()).hasSize(1);
    }

    @Test
    void record_sameIdOtherContent_isRefusedNamingEveryDifference() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 2, "The app crashes"));
        assertThatThrownBy(() -> loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 3, "The app crashes!")))
                .isInstanceOf(ResponseConflictException.class)
                .hasMessage("response 'r1' was recorded before with other content: score 3 (recorded: 2); text "
                        + "'The app crashes!' (recorded: 'The app crashes'). A response id may be recorded again only "
                        + "with identical content. Nothing changed.");
        assertThat(loop.get("r1").response().score()).isEqualTo(2);
    }

    @Test
    void record_responsesThatDoNotFit_areRefused() {
        assertThatThrownBy(() -> loop.record(response("r1", "c1", "csat", "2026-03-02T10:00:00Z").score(7).build()))
                .hasMessage("response 'r1' score must be 1..5 for satisfaction survey 'csat', got 7");
        assertThatThrownBy(() -> loop.record(response("r2", "c1", "q4-nps", "2026-03-02T10:00:00Z").score(7).build()))
                .hasMessage("response 'r2' surveyId is 'q4-nps', which is not a survey of this feedback loop; the surveys "
                        + "are [nps, csat, comments]");
        assertThatThrownBy(() -> loop.record(nps("r3", "c1", "2026-03-02T12:00:01Z", 7, null)))
                .hasMessage("response 'r3' at 2026-03-02T12:00:01Z is after the clock's instant 2026-03-02T12:00:00Z: a "
                        + "response cannot be recorded before it was given");
        assertThat(loop.cases()).isEmpty();
        // at the clock's instant is fine
        assertThat(loop.record(nps("r4", "c1", "2026-03-02T12:00:00Z", 7, null)).state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void start_resolve_close_followTheLegalPath() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        clock.to("2026-03-02T13:00:00Z");
        assertThat(loop.start("r1", "alice").state()).isEqualTo(CaseState.IN_PROGRESS);
        clock.to("2026-03-03T09:30:00Z");
        FeedbackCase resolved = loop.resolve("r1", "alice", "fixed in 4.2.1");
        assertThat(resolved.resolution()).isEqualTo(new Resolution("fixed in 4.2.1", "alice", t("2026-03-03T09:30:00Z")));
        // opened 12:00, resolved 09:30 the next day
        assertThat(resolved.timeToResolve()).isEqualTo(Duration.ofHours(21).plusMinutes(30));
        clock.to("2026-03-04T09:00:00Z");
        FeedbackCase closed = loop.close("r1", "bob");
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.resolution()).isEqualTo(resolved.resolution());
        assertThat(closed.history()).extracting(CaseEvent::from, CaseEvent::to, CaseEvent::by).containsExactly(
                tuple(null, CaseState.OPEN, "feedback-loop"), tuple(CaseState.OPEN, CaseState.IN_PROGRESS, "alice"),
                tuple(CaseState.IN_PROGRESS, CaseState.RESOLVED, "alice"), tuple(CaseState.RESOLVED, CaseState.CLOSED, "bob"));
        assertThat(closed.stateAt(t("2026-03-02T11:59:59Z"))).isNull();
        assertThat(closed.stateAt(t("2026-03-02T13:00:00Z"))).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(closed.stateAt(t("2026-03-03T09:29:59Z"))).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(closed.stateAt(t("2026-03-03T09:30:00Z"))).isEqualTo(CaseState.RESOLVED);
    }

    @Test
    void close_anOpenCase_isAnIllegalTransitionAndChangesNothing() {
        FeedbackCase open = loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        assertThatThrownBy(() -> loop.close("r1", "bob")).isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("case 'r1' cannot move from OPEN to CLOSED: from OPEN it may move to [IN_PROGRESS, RESOLVED]."
                        + " Nothing changed.");
        assertThatThrownBy(() -> loop.reopen("r1", "bob", "why not"))
                .hasMessage("case 'r1' cannot move from OPEN to IN_PROGRESS: reopen() moves only [RESOLVED] cases; "
                        + "start(caseId, by) moves an OPEN case to IN_PROGRESS. Nothing changed.");
        assertThat(loop.get("r1")).isEqualTo(open);
    }

    @Test
    void resolve_aClosedCase_isAnIllegalTransitionAndChangesNothing() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        loop.resolve("r1", "alice", "fixed");
        FeedbackCase closed = loop.close("r1", "alice");
        assertThatThrownBy(() -> loop.resolve("r1", "alice", "fixed again"))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("case 'r1' cannot move from CLOSED to RESOLVED: from CLOSED it may move to nothing (final). "
                        + "Nothing changed.")
                .satisfies(e -> {
                    IllegalCaseTransitionException x = (IllegalCaseTransitionException) e;
                    assertThat(List.of(x.caseId(), x.from(), x.to())).containsExactly("r1", CaseState.CLOSED, CaseState.RESOLVED);
                });
        assertThatThrownBy(() -> loop.start("r1", "alice")).isInstanceOf(IllegalCaseTransitionException.class);
        assertThat(loop.get("r1")).isEqualTo(closed);
        assertThat(actions).hasSize(1);
    }

    @Test
    void start_aResolvedCase_pointsToReopen() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        loop.resolve("r1", "alice", "fixed");
        assertThatThrownBy(() -> loop.start("r1", "alice"))
                .hasMessage("case 'r1' cannot move from RESOLVED to IN_PROGRESS: start() moves only [OPEN] cases; "
                        + "reopen(caseId, by, reason) moves a RESOLVED case back to IN_PROGRESS. Nothing changed.");
        FeedbackCase reopened = loop.reopen("r1", "carol", "customer says it still crashes");
        assertThat(reopened.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(reopened.resolution()).isNull();
        // opened, OPEN -> RESOLVED with the resolution, RESOLVED -> IN_PROGRESS with the reason
        assertThat(reopened.history()).extracting(CaseEvent::note).containsExactly(
                "product-issue MEDIUM by rule crash", "fixed", "customer says it still crashes");
    }

    @Test
    void resolve_emitsFeedbackResolvedForTheListener() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        clock.to("2026-03-02T15:00:00Z");
        loop.resolve("r1", "alice", "fixed in 4.2.1");
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActionType.FEEDBACK_RESOLVED);
            assertThat(a.customerId()).isEqualTo("c1");
            assertThat(a.at()).isEqualTo(t("2026-03-02T15:00:00Z"));
            assertThat(a.points()).isZero();
            assertThat(a.detail()).isEqualTo("case r1 (product-issue, owner app-team) resolved by alice: fixed in 4.2.1");
        });
    }

    @Test
    void advance_emitsEachFollowUpOnceWhenDue() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        loop.resolve("r1", "alice", "fixed");                   // 2026-03-02T12:00Z: follow-up due 03-16T12:00Z
        actions.clear();
        clock.to("2026-03-16T11:59:59Z");
        assertThat(loop.advance()).isEmpty();
        clock.to("2026-03-20T00:00:00Z");
        List<Action> due = loop.advance();
        assertThat(due).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActionType.FOLLOW_UP_SURVEY);
            assertThat(a.at()).isEqualTo(t("2026-03-16T12:00:00Z"));
            assertThat(a.customerId()).isEqualTo("c1");
            assertThat(a.detail()).isEqualTo("survey 'nps' about case r1 (product-issue), resolved 2026-03-02T12:00:00Z: fixed");
        });
        assertThat(actions).isEqualTo(due);
        assertThat(loop.advance()).isEmpty();
    }

    @Test
    void advance_followUpsInDueOrder_reopenCancels() {
        loop.record(nps("a", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        loop.record(nps("b", "c2", "2026-03-02T10:00:00Z", 5, "crash"));
        loop.record(nps("c", "c3", "2026-03-02T10:00:00Z", 5, "crash"));
        clock.to("2026-03-03T00:00:00Z");
        loop.resolve("b", "alice", "fixed b");                  // due 03-17T00:00Z
        clock.to("2026-03-04T00:00:00Z");
        loop.resolve("c", "alice", "fixed c");                  // due 03-18T00:00Z, then reopened: cancelled
        clock.to("2026-03-05T00:00:00Z");
        loop.reopen("c", "alice", "not fixed");
        clock.to("2026-03-06T00:00:00Z");
        loop.resolve("a", "alice", "fixed a");                  // due 03-20T00:00Z
        clock.to("2026-03-30T00:00:00Z");
        assertThat(loop.advance()).extracting(Action::customerId, Action::at).containsExactly(
                tuple("c2", t("2026-03-17T00:00:00Z")), tuple("c1", t("2026-03-20T00:00:00Z")));
    }

    @Test
    void advance_withoutFollowUpConfigured_emitsNothing() {
        FeedbackLoop plain = loop(clock).build();
        plain.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        plain.resolve("r1", "alice", "fixed");
        clock.to("2027-01-01T00:00:00Z");
        assertThat(plain.advance()).isEmpty();
    }

    @Test
    void recategorise_recordsWhoWhenWhy_andRecomputesOwnerAndDue() {
        FeedbackCase c = loop.record(response("r1", "c1", "comments", "2026-03-02T10:00:00Z")
                .text("where is my parcel").build());
        // fallback: uncategorised LOW, 72 hours: due 03-05T12:00Z
        assertThat(List.of(c.categoryId(), c.severity(), c.dueAt()))
                .containsExactly("uncategorised", Severity.LOW, t("2026-03-05T12:00:00Z"));
        clock.to("2026-03-02T14:00:00Z");
        FeedbackCase moved = loop.recategorise("r1", "experience-complaint", Severity.HIGH, "carol", "delivery is late");
        // experience-complaint HIGH: 24 hours from the opening (12:00), not from now
        assertThat(List.of(moved.categoryId(), moved.owner(), moved.severity(), moved.dueAt(), moved.ruleId() == null))
                .containsExactly("experience-complaint", "cx-team", Severity.HIGH, t("2026-03-03T12:00:00Z"), true);
        assertThat(moved.recategorisations()).containsExactly(new Recategorisation(t("2026-03-02T14:00:00Z"), "carol",
                "uncategorised", Severity.LOW, "experience-complaint", Severity.HIGH, "delivery is late"));
        assertThatThrownBy(() -> loop.recategorise("r1", "experience-complaint", Severity.HIGH, "carol", "again"))
                .hasMessage("case 'r1' is already in category 'experience-complaint' with severity HIGH. Nothing changed.");
        assertThatThrownBy(() -> loop.recategorise("r1", "billing", Severity.HIGH, "carol", "x"))
                .hasMessageContaining("category is 'billing', which is not a defined category; the categories are "
                        + "[product-issue, service-suggestion, experience-complaint, uncategorised]");
        loop.resolve("r1", "dan", "re-sent the parcel");
        loop.close("r1", "dan");
        assertThatThrownBy(() -> loop.recategorise("r1", "product-issue", Severity.LOW, "carol", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("case 'r1' is CLOSED and cannot be re-categorised. Nothing changed.");
        assertThat(loop.get("r1").recategorisations()).hasSize(1);
    }

    @Test
    void commands_clockGoingBack_areRefusedAndChangeNothing() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        clock.to("2026-03-02T13:00:00Z");
        FeedbackCase started = loop.start("r1", "alice");
        clock.to("2026-03-02T12:30:00Z");
        assertThatThrownBy(() -> loop.resolve("r1", "alice", "fixed"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the clock went back: its instant 2026-03-02T12:30:00Z is before case 'r1''s last change at "
                        + "2026-03-02T13:00:00Z. Nothing changed.");
        assertThat(loop.get("r1")).isEqualTo(started);
        assertThat(actions).isEmpty();
    }

    @Test
    void commands_unknownCaseOrBlankActor_areRefused() {
        assertThatThrownBy(() -> loop.start("nope", "alice"))
                .hasMessage("no case 'nope': a case's id is the id of the response it came from");
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        assertThatThrownBy(() -> loop.start("r1", " ")).hasMessage("by must not be blank, got ' '");
        assertThatThrownBy(() -> loop.resolve("r1", "alice", "")).hasMessage("resolution must not be blank, got ''");
        assertThat(loop.get("r1").state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void resolve_listenerThrows_theCaseStaysResolved() {
        FeedbackLoop failing = loop(clock).listener(a -> {
            throw new IllegalStateException("mail server down");
        }).build();
        failing.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        assertThatThrownBy(() -> failing.resolve("r1", "alice", "fixed")).hasMessage("mail server down");
        assertThat(failing.get("r1").state()).isEqualTo(CaseState.RESOLVED);
    }

    @Test
    void build_missingOrBadSettings_areRefused() {
        assertThatThrownBy(() -> FeedbackLoop.builder(FeedbackFixtures.rules()).surveys(NPS).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("clock (the loop takes time only from an injected Clock) must not be null");
        assertThatThrownBy(() -> FeedbackLoop.builder(FeedbackFixtures.rules()).clock(clock).build())
                .hasMessage("surveys must not be empty: define the surveys whose responses are recorded");
        assertThatThrownBy(() -> FeedbackLoop.builder(FeedbackFixtures.rules()).clock(clock).surveys(NPS, NPS).build())
                .hasMessage("surveys has the id 'nps' twice (at index 1)");
        assertThatThrownBy(() -> FeedbackLoop.builder(FeedbackFixtures.rules()).clock(clock).surveys(NPS)
                .followUp("csat", Duration.ofDays(7)).build())
                .hasMessage("followUp survey 'csat' is not a survey of the loop; the surveys are [nps]");
        assertThatThrownBy(() -> FeedbackLoop.builder(FeedbackFixtures.rules()).followUp("nps", Duration.ofDays(-1)))
                .hasMessage("followUp delay must be a positive duration, got PT-24H");
    }

    @Test
    void toString_summarisesTheLoopAndItsCases() {
        loop.record(nps("r1", "c1", "2026-03-02T10:00:00Z", 5, "crash"));
        loop.record(nps("r2", "c2", "2026-03-02T10:00:00Z", 10, "great"));
        loop.resolve("r2", "alice", "thanked the customer");
        assertThat(loop).hasToString("FeedbackLoop: 2 cases, 1 unresolved; surveys [nps, csat, comments]; follow-up "
                + "'nps' 14d after resolution");
        assertThat(loop.get("r2")).hasToString("case r2 c2 uncategorised LOW (owner triage) RESOLVED, opened "
                + "2026-03-02T12:00:00Z, due 2026-03-05T12:00:00Z, resolved 2026-03-02T12:00:00Z: thanked the customer; \"great\"");
    }
}
