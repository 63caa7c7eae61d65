package io.retention4j.loyalty.feedback;

import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.engine.LoyaltyListener;
import io.retention4j.loyalty.internal.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The feedback loop: collect survey responses, categorise them into cases with an owner and a due
 * instant, track the cases to resolution, close the loop with the customer, and report what changed.
 *
 * <pre>{@code
 * FeedbackLoop loop = FeedbackLoop.builder(rules).clock(clock)
 *         .surveys(Survey.nps("nps", "How likely are you to recommend us?"))
 *         .followUp("nps", Duration.ofDays(14)).listener(actions::add).build();
 * FeedbackCase c = loop.record(response);              // categorised, OPEN, due by its category's deadline
 * loop.start(c.id(), "alice");                         // IN_PROGRESS
 * loop.resolve(c.id(), "alice", "fixed in 4.2.1");     // RESOLVED: FEEDBACK_RESOLVED action to the listeners
 * loop.advance();                                      // FOLLOW_UP_SURVEY actions that are due by now
 * }</pre>
 *
 * <p><b>Time.</b> The loop reads time only from its injected {@link Clock}: a case is opened, moved,
 * re-categorised and resolved at the clock's instant, and {@link #advance()} emits the follow-ups due
 * by it. A response's own {@link Response#at()} (when the customer answered) must not be after the
 * clock's instant. The clock must not go back behind a case's last change (refused with an exception).
 * Queries take the instant or period they answer for as arguments.
 *
 * <p><b>Idempotency.</b> Response ids are idempotency keys and a case's id is its response's id:
 * recording the same response again returns its case as it is now and changes nothing; another
 * response under a recorded id is refused with a {@link ResponseConflictException}.
 *
 * <p><b>Closing the loop.</b> {@link #resolve} emits a {@link ActionType#FEEDBACK_RESOLVED} action
 * (customer, the resolution instant, the case and what changed) so the caller can tell the customer;
 * with {@link Builder#followUp(String, Duration)} it also schedules a
 * {@link ActionType#FOLLOW_UP_SURVEY} action due {@code delay} after the resolution, emitted by the
 * first {@link #advance()} at or after its due instant, once; reopening the case before then cancels it.
 * The library sends nothing.
 *
 * <p><b>Thread safety.</b> A loop is safe to share between threads. Every command ({@code record},
 * {@code start}, {@code resolve}, {@code reopen}, {@code close}, {@code recategorise}, {@code advance})
 * is atomic and linearizable: it runs under one internal write lock, so concurrent commands on the same
 * case behave as if run one after another (of two concurrent {@code resolve} calls on a case, one
 * succeeds and the other meets a RESOLVED case and throws). A command that throws changes nothing.
 * Categorisation runs before the lock. Queries copy the cases under a read lock and compute outside it,
 * so each answer is consistent with one moment. Listeners are called after the lock is released, on
 * the calling thread, with the actions of that call in order; actions of concurrent calls may reach
 * listeners in either order. An exception from a listener reaches the caller; the command stays done.
 * The loop never prints or logs anything.
 */
public final class FeedbackLoop {
    /** Who opened a case, in its history. */
    static final String OPENED_BY = "feedback-loop";

    private final FeedbackRules rules;
    private final Map<String, Survey> surveys;
    private final Clock clock;
    private final List<LoyaltyListener> listeners;
    private final String followUpSurvey;
    private final Duration followUpDelay;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Cases by id, in the order they were recorded. Guarded by {@link #lock}. */
    private final Map<String, FeedbackCase> cases = new LinkedHashMap<>();
    /** Follow-up surveys not emitted yet: case id to due instant. Guarded by {@link #lock}. */
    private final Map<String, Instant> followUps = new LinkedHashMap<>();

    private FeedbackLoop(Builder b) {
        this.rules = b.rules;
        this.clock = Require.notNull("clock (the loop takes time only from an injected Clock)", b.clock);
        if (b.surveys.isEmpty()) {
            throw new IllegalArgumentException("surveys must not be empty: define the surveys whose responses are recorded");
        }
        Map<String, Survey> map = new LinkedHashMap<>();
        Require.uniqueList("surveys", b.surveys, Survey::id).forEach(s -> map.put(s.id(), s));
        this.surveys = map;
        this.listeners = List.copyOf(b.listeners);
        if (b.followUpSurvey != null && !map.containsKey(b.followUpSurvey)) {
            throw new IllegalArgumentException("followUp survey '" + b.followUpSurvey + "' is not a survey of the loop; "
                    + "the surveys are " + map.keySet());
        }
        this.followUpSurvey = b.followUpSurvey;
        this.followUpDelay = b.followUpDelay;
    }

    /**
     * Starts a feedback loop.
     *
     * @param rules the categories, rules and fallback
     * @return a builder; a clock and at least one survey are required
     */
    public static Builder builder(FeedbackRules rules) {
        return new Builder(rules);
    }

    /**
     * Records a response: checks it against its survey, categorises it and opens its case at the
     * clock's instant, due {@code category.deadline(severity)} later. The same response again returns
     * its case as it is now.
     *
     * @param response the response
     * @return its case
     * @throws IllegalArgumentException   naming the response, the field, the value and the allowed range
     *                                    when it does not fit its survey; naming the known surveys when
     *                                    its survey is unknown; when it was given after the clock's instant
     * @throws ResponseConflictException when its id was recorded with other content
     */
    public FeedbackCase record(Response response) {
        Require.notNull("response", response);
        Survey survey = surveys.get(response.surveyId());
        if (survey == null) {
            throw new IllegalArgumentException("response '" + response.id() + "' surveyId is '" + response.surveyId()
                    + "', which is not a survey of this feedback loop; the surveys are " + surveys.keySet());
        }
        survey.check(response);
        Categorisation categorisation = rules.categorise(response);
        lock.writeLock().lock();
        try {
            FeedbackCase existing = cases.get(response.id());
            if (existing != null) {
                if (existing.response().equals(response)) {
                    return existing;
                }
                throw new ResponseConflictException(response.id(), existing.response().differences(response));
            }
            Instant now = clock.instant();
            if (response.at().isAfter(now)) {
                throw new IllegalArgumentException("response '" + response.id() + "' at " + response.at()
                        + " is after the clock's instant " + now + ": a response cannot be recorded before it was given");
            }
            Category category = categorisation.category();
            Severity severity = categorisation.severity();
            FeedbackCase opened = new FeedbackCase(response.id(), response, category.id(), category.owner(), severity,
                    categorisation.ruleId(), now, now.plus(category.deadline(severity)), CaseState.OPEN, null,
                    List.of(new CaseEvent(now, OPENED_BY, null, CaseState.OPEN, categorisation.toString())), List.of());
            cases.put(opened.id(), opened);
            return opened;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Starts work on an OPEN case: IN_PROGRESS.
     *
     * @param caseId the case
     * @param by     who, non-blank
     * @return the case after the change
     * @throws IllegalCaseTransitionException when the case is not OPEN (nothing changes)
     * @throws IllegalArgumentException       when there is no such case
     */
    public FeedbackCase start(String caseId, String by) {
        return move(caseId, EnumSet.of(CaseState.OPEN), CaseState.IN_PROGRESS, by, "", "start");
    }

    /**
     * Resolves an OPEN or IN_PROGRESS case, recording what changed, and emits a
     * {@link ActionType#FEEDBACK_RESOLVED} action (and schedules the follow-up survey, if configured).
     *
     * @param caseId     the case
     * @param by         who, non-blank
     * @param resolution what changed, non-blank: the text the customer can be told
     * @return the case after the change
     * @throws IllegalCaseTransitionException when the case is RESOLVED or CLOSED (nothing changes)
     * @throws IllegalArgumentException       when there is no such case
     */
    public FeedbackCase resolve(String caseId, String by, String resolution) {
        Require.notBlank("resolution", resolution);
        return move(caseId, EnumSet.of(CaseState.OPEN, CaseState.IN_PROGRESS), CaseState.RESOLVED, by, resolution,
                "resolve");
    }

    /**
     * Reopens a RESOLVED case whose fix did not hold: IN_PROGRESS again, its due instant unchanged, its
     * pending follow-up survey cancelled.
     *
     * @param caseId the case
     * @param by     who, non-blank
     * @param reason why, non-blank
     * @return the case after the change
     * @throws IllegalCaseTransitionException when the case is not RESOLVED (nothing changes)
     * @throws IllegalArgumentException       when there is no such case
     */
    public FeedbackCase reopen(String caseId, String by, String reason) {
        Require.notBlank("reason", reason);
        return move(caseId, EnumSet.of(CaseState.RESOLVED), CaseState.IN_PROGRESS, by, reason, "reopen");
    }

    /**
     * Closes a RESOLVED case for good.
     *
     * @param caseId the case
     * @param by     who, non-blank
     * @return the case after the change
     * @throws IllegalCaseTransitionException when the case is not RESOLVED (nothing changes)
     * @throws IllegalArgumentException       when there is no such case
     */
    public FeedbackCase close(String caseId, String by) {
        return move(caseId, EnumSet.of(CaseState.RESOLVED), CaseState.CLOSED, by, "", "close");
    }

    private FeedbackCase move(String caseId, Set<CaseState> from, CaseState to, String by, String note, String command) {
        Require.notBlank("by", by);
        List<Action> actions = new ArrayList<>(1);
        FeedbackCase moved;
        lock.writeLock().lock();
        try {
            FeedbackCase current = existing(caseId);
            CaseState state = current.state();
            if (!from.contains(state)) {
                throw state.canMoveTo(to)
                        ? new IllegalCaseTransitionException(caseId, state, to, command + "() moves only " + from
                                + " cases; " + hint(state, to))
                        : new IllegalCaseTransitionException(caseId, state, to);
            }
            Instant now = now(current);
            Resolution resolution = to == CaseState.RESOLVED ? new Resolution(note, by, now)
                    : to == CaseState.CLOSED ? current.resolution() : null;
            moved = current.moved(new CaseEvent(now, by, state, to, note), resolution);
            cases.put(caseId, moved);
            if (to == CaseState.RESOLVED) {
                actions.add(new Action(ActionType.FEEDBACK_RESOLVED, moved.customerId(), now, 0, "case " + caseId + " ("
                        + moved.categoryId() + ", owner " + moved.owner() + ") resolved by " + by + ": " + note));
                if (followUpSurvey != null) {
                    followUps.put(caseId, now.plus(followUpDelay));
                }
            } else if (state == CaseState.RESOLVED && to == CaseState.IN_PROGRESS) {
                followUps.remove(caseId);
            }
        } finally {
            lock.writeLock().unlock();
        }
        notifyListeners(actions);
        return moved;
    }

    private static String hint(CaseState state, CaseState to) {
        return state == CaseState.RESOLVED
                ? "reopen(caseId, by, reason) moves a RESOLVED case back to " + to
                : "start(caseId, by) moves an OPEN case to " + to;
    }

    /**
     * Changes a case's category and severity by hand (a correction of the rules' choice): the owner
     * becomes the new category's, the due instant becomes {@code openedAt + newCategory.deadline(severity)},
     * and the change is kept in the case's history with who, when and why.
     *
     * @param caseId     the case
     * @param categoryId the new category, one of the rules' categories
     * @param severity   the new severity
     * @param by         who, non-blank
     * @param reason     why, non-blank
     * @return the case after the change
     * @throws IllegalArgumentException naming the categories when the category is unknown; when the case
     *                                  is already in that category with that severity; when there is no such case
     * @throws IllegalStateException    when the case is CLOSED (nothing changes)
     */
    public FeedbackCase recategorise(String caseId, String categoryId, Severity severity, String by, String reason) {
        Category category = rules.category(categoryId);
        Require.notNull("severity", severity);
        Require.notBlank("by", by);
        Require.notBlank("reason", reason);
        lock.writeLock().lock();
        try {
            FeedbackCase current = existing(caseId);
            if (current.state() == CaseState.CLOSED) {
                throw new IllegalStateException("case '" + caseId + "' is CLOSED and cannot be re-categorised. Nothing changed.");
            }
            if (current.categoryId().equals(categoryId) && current.severity() == severity) {
                throw new IllegalArgumentException("case '" + caseId + "' is already in category '" + categoryId
                        + "' with severity " + severity + ". Nothing changed.");
            }
            Instant now = now(current);
            FeedbackCase changed = current.recategorised(new Recategorisation(now, by, current.categoryId(),
                    current.severity(), categoryId, severity, reason), category);
            cases.put(caseId, changed);
            return changed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Emits the {@link ActionType#FOLLOW_UP_SURVEY} actions due at or before the clock's instant, once
     * each, in due order (ties by case id), each with its due instant as {@code at}.
     *
     * @return the actions emitted, also handed to the listeners; empty when none is due
     */
    public List<Action> advance() {
        List<Action> actions = new ArrayList<>();
        lock.writeLock().lock();
        try {
            Instant now = clock.instant();
            List<Map.Entry<String, Instant>> due = new ArrayList<>();
            for (Iterator<Map.Entry<String, Instant>> it = followUps.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Instant> e = it.next();
                if (!e.getValue().isAfter(now)) {
                    due.add(Map.entry(e.getKey(), e.getValue()));
                    it.remove();
                }
            }
            due.sort(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Instant> e : due) {
                FeedbackCase c = cases.get(e.getKey());
                actions.add(new Action(ActionType.FOLLOW_UP_SURVEY, c.customerId(), e.getValue(), 0, "survey '"
                        + followUpSurvey + "' about case " + c.id() + " (" + c.categoryId() + "), resolved "
                        + c.resolution().at() + ": " + c.resolution().text()));
            }
        } finally {
            lock.writeLock().unlock();
        }
        notifyListeners(actions);
        return List.copyOf(actions);
    }

    private FeedbackCase existing(String caseId) {
        Require.notNull("caseId", caseId);
        FeedbackCase c = cases.get(caseId);
        if (c == null) {
            throw new IllegalArgumentException("no case '" + caseId + "': a case's id is the id of the response it came from");
        }
        return c;
    }

    private Instant now(FeedbackCase current) {
        Instant now = clock.instant();
        Instant last = current.history().get(current.history().size() - 1).at();
        Instant lastChange = current.recategorisations().isEmpty() ? last
                : max(last, current.recategorisations().get(current.recategorisations().size() - 1).at());
        if (now.isBefore(lastChange)) {
            throw new IllegalStateException("the clock went back: its instant " + now + " is before case '"
                    + current.id() + "''s last change at " + lastChange + ". Nothing changed.");
        }
        return now;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void notifyListeners(List<Action> actions) {
        for (Action action : actions) {
            for (LoyaltyListener listener : listeners) {
                listener.onAction(action);
            }
        }
    }

    private List<FeedbackCase> snapshot() {
        lock.readLock().lock();
        try {
            return List.copyOf(cases.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A case as it is now.
     *
     * @param caseId the case (its response's id)
     * @return the case
     * @throws IllegalArgumentException when there is no such case
     */
    public FeedbackCase get(String caseId) {
        lock.readLock().lock();
        try {
            return existing(caseId);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Every case as it is now.
     *
     * @return the cases in the order they were recorded
     */
    public List<FeedbackCase> cases() {
        return snapshot();
    }

    /**
     * The cases that breached their SLA at an instant ({@link FeedbackCase#breachedAt(Instant)}: OPEN or
     * IN_PROGRESS at {@code asOf} and past their due instant).
     *
     * @param asOf the instant
     * @return the breached cases, most overdue first (ties by case id); empty when none
     */
    public List<FeedbackCase> breaches(Instant asOf) {
        Require.notNull("asOf", asOf);
        return snapshot().stream().filter(c -> c.breachedAt(asOf))
                .sorted(Comparator.comparing(FeedbackCase::dueAt).thenComparing(FeedbackCase::id)).toList();
    }

    /**
     * The unresolved cases at an instant by owner and category.
     *
     * @param asOf the instant
     * @return the backlog (see {@link Backlog})
     */
    public Backlog backlog(Instant asOf) {
        return Backlog.of(snapshot(), asOf);
    }

    /**
     * The most frequent categories per period, over every case.
     *
     * @param period calendar days, weeks or months in a zone
     * @return the trend (see {@link CategoryTrend})
     */
    public CategoryTrend frequentCategories(CalendarPeriod period) {
        return CategoryTrend.of(snapshot(), period, null, null);
    }

    /**
     * The most frequent categories per period, over the cases whose response was given in
     * {@code [from, to)}.
     *
     * @param period calendar days, weeks or months in a zone
     * @param from   the first instant counted
     * @param to     the end, exclusive, after {@code from}
     * @return the trend (see {@link CategoryTrend})
     */
    public CategoryTrend frequentCategories(CalendarPeriod period, Instant from, Instant to) {
        return CategoryTrend.of(snapshot(), period, Require.notNull("from", from), Require.notNull("to", to));
    }

    /**
     * The NPS movement of customers whose case was resolved against the others, over the responses to
     * the loop's NPS surveys.
     *
     * @param asOf the instant
     * @return the movement (see {@link NpsMovement})
     */
    public NpsMovement npsMovement(Instant asOf) {
        Set<String> nps = new TreeSet<>();
        surveys.values().stream().filter(s -> s.kind() == SurveyKind.NPS).forEach(s -> nps.add(s.id()));
        return NpsMovement.of(snapshot(), nps, asOf);
    }

    /**
     * What was fixed per period.
     *
     * @param period   calendar days, weeks or months in a zone
     * @param examples the most resolution examples per category and period, 0 or more
     * @return the report (see {@link ImprovementReport})
     */
    public ImprovementReport improvementReport(CalendarPeriod period, int examples) {
        return ImprovementReport.of(snapshot(), period, examples);
    }

    /**
     * The categorisation rules.
     *
     * @return the rules
     */
    public FeedbackRules rules() {
        return rules;
    }

    /**
     * The surveys whose responses the loop records.
     *
     * @return the surveys in the order they were added
     */
    public List<Survey> surveys() {
        return List.copyOf(surveys.values());
    }

    @Override
    public String toString() {
        List<FeedbackCase> all = snapshot();
        long unresolved = all.stream().filter(c -> !c.state().resolved()).count();
        return "FeedbackLoop: " + all.size() + " cases, " + unresolved + " unresolved; surveys " + surveys.keySet()
                + (followUpSurvey == null ? "" : "; follow-up '" + followUpSurvey + "' " + Checks.text(followUpDelay)
                + " after resolution");
    }

    /** Builds a {@link FeedbackLoop}; each setter checks its argument at once. */
    public static final class Builder {
        private final FeedbackRules rules;
        private Clock clock;
        private final List<Survey> surveys = new ArrayList<>();
        private final List<LoyaltyListener> listeners = new ArrayList<>();
        private String followUpSurvey;
        private Duration followUpDelay;

        private Builder(FeedbackRules rules) {
            this.rules = Require.notNull("rules", rules);
        }

        /**
         * The clock, the loop's only source of time. Required.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Require.notNull("clock", value);
            return this;
        }

        /**
         * Adds surveys; responses to other surveys are refused.
         *
         * @param values surveys with unique ids
         * @return this builder
         */
        public Builder surveys(Survey... values) {
            for (Survey survey : values) {
                surveys.add(Require.notNull("survey", survey));
            }
            return this;
        }

        /**
         * Adds a listener for FEEDBACK_RESOLVED and FOLLOW_UP_SURVEY actions.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(LoyaltyListener listener) {
            listeners.add(Require.notNull("listener", listener));
            return this;
        }

        /**
         * Asks resolved customers again: a FOLLOW_UP_SURVEY action naming the survey, due {@code delay}
         * after each resolution.
         *
         * @param surveyId one of the loop's surveys
         * @param delay    positive
         * @return this builder
         */
        public Builder followUp(String surveyId, Duration delay) {
            this.followUpSurvey = Checks.id("followUp surveyId", surveyId);
            this.followUpDelay = Checks.positive("followUp delay", delay);
            return this;
        }

        /**
         * The loop.
         *
         * @return a new loop with no cases
         * @throws IllegalArgumentException when no survey was added, survey ids repeat, or the follow-up
         *                                  survey is not among the surveys
         * @throws NullPointerException     when no clock was set
         */
        public FeedbackLoop build() {
            return new FeedbackLoop(this);
        }
    }
}
