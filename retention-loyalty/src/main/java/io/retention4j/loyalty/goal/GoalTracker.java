package io.retention4j.loyalty.goal;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.Effects;
import io.retention4j.loyalty.internal.Extension;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.internal.Require;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.GoalDefinition;
import io.retention4j.loyalty.program.GoalKind;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Measures and completes a program's goals. The engine runs it inside its commands (after every
 * purchase and event) and asks it for {@link GoalProgress} ({@code LoyaltyEngine.goals}); callers
 * use the engine, not this class. Stateless apart from the program: everything is read from the
 * customer's journal, so a replayed journal completes the same goals and time travel sees them as
 * they were.
 *
 * <p><b>Completion.</b> After a purchase (SPEND_TARGET, STREAK) or an event of the goal's type
 * (CHALLENGE) the goal is checked for the period containing the activity's instant; when the
 * progress measured then (see {@link GoalProgress}) reaches the target and the goal is not completed
 * for that period yet, the tracker writes, in the command's atomic commit:
 * <ol>
 *   <li>a MARK entry {@code goal:<id>:<first date of the period>} (STREAK: {@code goal:<id>}), so the
 *       goal completes once per period (once ever for a streak), also when the command is retried;</li>
 *   <li>the goal's points, if any, as an EARN lot with the goal's id as its rule, spendable at once,
 *       with the program's expiry;</li>
 *   <li>the goal's tier, if any, as the customer's manual tier floor (raised, never lowered); the
 *       floor is kept by tier reviews until an operator changes it;</li>
 *   <li>a {@code GOAL_COMPLETED} action carrying the points.</li>
 * </ol>
 * The MARK and EARN entries carry the key {@code <command key>/goal:<id>}, derived from the command
 * that completed the goal but not equal to it: a refund reverses the points of the lots opened under
 * its order's key, and the goal's lot must not be one of them. So they are not among the entries of
 * the command's {@code CommandResult}; the action is, and the journal and {@code explain} show them.
 *
 * <p><b>Refunds.</b> Progress is net of refunds: a refund lowers the net spend of the period of the
 * purchase it refunds, and a fully refunded purchase no longer covers its month for a streak. A
 * completed goal is <em>not</em> revoked by a later refund: its points, tier floor and mark stay.
 * Completion is a promise kept at a moment the customer was told about (the action); taking it back
 * would need a reversal of points possibly spent and of a tier already enjoyed, and no refund rule
 * could say which of several purchases "caused" the completion. What buy-and-return can gain is
 * bounded by the goal's own reward, once per period: the refund still reverses the purchase's own
 * points, and because the mark stays, buying again after a refund in the same period does not
 * complete the goal a second time.
 *
 * <p>Purchases and events count at their journal instant (when the engine recorded them), in the
 * program's zone.
 */
public final class GoalTracker implements Extension {
    private final LoyaltyProgram program;
    private final ProgramCalendar calendar;

    /**
     * A tracker of a program's goals.
     *
     * @param program the program
     */
    public GoalTracker(LoyaltyProgram program) {
        this.program = Require.notNull("program", program);
        this.calendar = new ProgramCalendar(program.zone());
    }

    @Override
    public void afterActivity(Effects effects, Account account, LedgerEntry activity) {
        EntryType type = activity.type();
        if (type != EntryType.PURCHASE && type != EntryType.EVENT) {
            return;
        }
        Instant at = activity.at();
        for (GoalDefinition goal : program.goals()) {
            boolean relevant = goal.kind() == GoalKind.CHALLENGE
                    ? type == EntryType.EVENT && goal.eventType().equals(activity.rule())
                    : type == EntryType.PURCHASE;
            if (!relevant) {
                continue;
            }
            LocalDate periodStart = periodStart(goal, at);
            String mark = mark(goal, periodStart);
            if (account.hasMark(mark)) {
                continue;
            }
            BigDecimal progress = goal.kind() == GoalKind.STREAK ? BigDecimal.valueOf(streakRun(account, goal, at))
                    : measure(account, goal, periodStart, at);
            if (progress.compareTo(target(goal)) >= 0) {
                complete(effects, account, goal, mark, activity, progress);
            }
        }
    }

    private void complete(Effects effects, Account account, GoalDefinition goal, String mark, LedgerEntry activity,
                          BigDecimal progress) {
        String key = effects.key() + "/goal:" + goal.id();
        Instant at = activity.at();
        String note = goal + "; completed by " + activity.key() + " at " + progress.toPlainString() + " of "
                + target(goal).toPlainString() + " " + unit(goal);
        effects.mark(account, key, at, mark, note);
        if (goal.points() > 0) {
            effects.credit(account, key, at, goal.points(), goal.id(), activity.key(), false, note);
        }
        if (goal.grantTier() != null) {
            effects.grantTier(account, goal.grantTier(), "goal " + goal.id() + " completed (" + mark + ")");
        }
        effects.emit("GOAL_COMPLETED", account.customerId(), at, goal.points(), mark + ": " + note);
    }

    /**
     * A customer's progress on every goal of the program, as of an instant.
     *
     * @param account the customer's account folded (and settled) up to {@code asOf}; entries after
     *                {@code asOf} are ignored
     * @param asOf    the instant
     * @return one progress per goal, in the program's order; empty when the program has no goals
     */
    public List<GoalProgress> progress(Account account, Instant asOf) {
        Require.notNull("asOf", asOf);
        List<GoalProgress> all = new ArrayList<>();
        for (GoalDefinition goal : program.goals()) {
            all.add(progress(account, goal, asOf));
        }
        return List.copyOf(all);
    }

    private GoalProgress progress(Account account, GoalDefinition goal, Instant asOf) {
        LocalDate periodStart = periodStart(goal, asOf);
        Instant completedAt = JournalCounts.markedAt(account, mark(goal, periodStart), asOf);
        if (goal.kind() != GoalKind.STREAK) {
            return new GoalProgress(account.customerId(), goal, asOf, periodStart,
                    calendar.periodEnd(goal.period(), asOf), measure(account, goal, periodStart, asOf), target(goal),
                    unit(goal), false, completedAt);
        }
        YearMonth month = YearMonth.from(periodStart);
        Set<YearMonth> covered = JournalCounts.coveredMonths(account, calendar, null, asOf);
        boolean monthCovered = covered.contains(month);
        int run = JournalCounts.runEndingAt(covered, monthCovered ? month : month.minusMonths(1));
        Instant deadline = calendar.startOf(month.plusMonths(monthCovered ? 2 : 1).atDay(1));
        return new GoalProgress(account.customerId(), goal, asOf, periodStart, deadline, BigDecimal.valueOf(run),
                target(goal), unit(goal), monthCovered, completedAt);
    }

    /** SPEND_TARGET: net spend; CHALLENGE: events; of the period starting at {@code periodStart}, up to {@code until}. */
    private BigDecimal measure(Account account, GoalDefinition goal, LocalDate periodStart, Instant until) {
        Instant from = calendar.startOf(periodStart);
        return goal.kind() == GoalKind.SPEND_TARGET ? JournalCounts.netSpend(account, from, until)
                : BigDecimal.valueOf(JournalCounts.events(account, goal.eventType(), from, until));
    }

    /** The run of covered months ending with the month of {@code at} (which the purchase just recorded covers). */
    private int streakRun(Account account, GoalDefinition goal, Instant at) {
        YearMonth month = YearMonth.from(calendar.date(at));
        Set<YearMonth> covered = JournalCounts.coveredMonths(account, calendar, month.minusMonths(goal.count() - 1L), at);
        return JournalCounts.runEndingAt(covered, month);
    }

    private LocalDate periodStart(GoalDefinition goal, Instant at) {
        return goal.kind() == GoalKind.STREAK ? calendar.date(at).withDayOfMonth(1)
                : calendar.date(calendar.periodStart(goal.period(), at));
    }

    private static String mark(GoalDefinition goal, LocalDate periodStart) {
        return goal.kind() == GoalKind.STREAK ? "goal:" + goal.id() : "goal:" + goal.id() + ":" + periodStart;
    }

    private static BigDecimal target(GoalDefinition goal) {
        return goal.kind() == GoalKind.SPEND_TARGET ? goal.target() : BigDecimal.valueOf(goal.count());
    }

    private String unit(GoalDefinition goal) {
        return switch (goal.kind()) {
            case SPEND_TARGET -> program.currency().getCurrencyCode();
            case STREAK -> "months";
            case CHALLENGE -> goal.eventType() + " events";
        };
    }

    @Override
    public String toString() {
        return "GoalTracker(" + program.goals().size() + " goals of " + program.name() + ")";
    }
}
