package io.retention4j.loyalty.campaign;

import io.retention4j.core.experiment.Assignment;
import io.retention4j.core.experiment.AssignmentStatus;
import io.retention4j.core.experiment.Experiment;
import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.Effects;
import io.retention4j.loyalty.internal.Extension;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.internal.Require;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.CampaignRules;
import io.retention4j.loyalty.program.CampaignTrigger;
import io.retention4j.loyalty.program.ExpiryKind;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.OfferExperiment;
import io.retention4j.loyalty.program.OfferVariant;
import io.retention4j.loyalty.program.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The campaign triggers of a program ({@link CampaignRules}), run by the engine inside its commands:
 * win-back, birthday, membership anniversary and expiry reminders, with optional A/B tests of the
 * offers. Every firing writes a MARK (read back with {@link CampaignMark}), credits the bonus points
 * (if any) and emits one action, all in the atomic commit of the command or advance that brought the
 * customer's time past the occasion.
 *
 * <h2>When occasions are due</h2>
 * The engine calls {@link #housekeep} before every command on a customer and in {@code advanceTo},
 * with the instant {@code until} the customer is brought up to. An occasion is fired when its due
 * instant is at or before {@code until} and its mark is not in the journal yet; the marks, not the
 * engine's bookkeeping, make every occasion fire once, so repeated {@code advanceTo} calls, retries
 * and a new engine over the same {@code LedgerStore} never fire it twice. Occasions of one
 * housekeeping are fired in due order. The action's {@code at} is the due instant; the entries are
 * written at the due instant too, or at the journal's last instant when the engine has already
 * written a later entry (journals are in time order).
 *
 * <ul>
 *   <li><b>Win-back</b> ({@code WIN_BACK_OFFER}): due at the instant the customer's core lifecycle
 *       state changes from a non-dormant state to DORMANT or CHURNED, as {@code Lifecycle.replay} with
 *       the rule's {@link io.retention4j.core.lifecycle.DormancyPolicy} and the program's zone finds it
 *       over the customer's purchases (see {@link CampaignRules#winBackDormancy()}). A dormancy spell
 *       lasts from that instant to the next purchase; the spell after the last purchase day {@code d}
 *       has the mark {@code campaign:win-back:d}, so each spell gets one offer (a customer who becomes
 *       CHURNED later in the same spell gets nothing more) and the spell after the next purchase gets a
 *       new one. There is no lateness limit: a spell still lasts when it is found (a purchase would
 *       have ended it, and housekeeping runs before the purchase). Customers who never purchased have
 *       no lifecycle state and get no win-back offer; a spell that would begin more than 100 years
 *       after the last purchase is not looked for. Points: {@code winBackPoints}.</li>
 *   <li><b>Birthday</b> ({@code BIRTHDAY_GREETING}): due at the first instant of the birthday's local
 *       date in the program's zone (00:00 unless a DST change skips midnight), the date being the
 *       enrolment attribute {@code birthday} moved to the year, 29 February on 28 February in other
 *       years. Points: {@code floor(birthdayPoints * m)} with {@code m} the birthday bonus multiplier of
 *       the tier in force at the due instant.</li>
 *   <li><b>Membership anniversary</b> ({@code MEMBERSHIP_ANNIVERSARY}): the same for the local date of
 *       enrolment, from the first anniversary on. Points: {@code anniversaryPoints}.</li>
 *   <li>Birthday and anniversary occasions are one per calendar year (marks
 *       {@code campaign:birthday:<year>}, {@code campaign:anniversary:<year>}), only after the
 *       enrolment instant, and never stack: housekeeping considers only the latest occasion at or
 *       before {@code until}, and fires it only while {@code until} is before its due instant plus
 *       {@link #LATE_WINDOW} (7 days) on the local time line. A customer nobody housekept for years
 *       gets the latest occasion if it is at most that old, and none otherwise.</li>
 *   <li><b>Expiry reminders</b> ({@code POINTS_EXPIRING_SOON}): for each instant {@code E} at which
 *       points will expire: a lot's {@code expiresAt}, or under rolling-inactivity expiry the instant
 *       {@code lastActivity + period} at which all lots expire (lots with an earlier own expiry keep
 *       theirs). The points are the remainders of the lots that expire at {@code E} (pending ones
 *       included, spent and reversed points excluded); no reminder when they are 0. Due at
 *       {@code max(E - expiryReminderDays days, k)} where {@code k} is the instant the earliest of those
 *       lots was credited (for the rolling instant, also not before the last activity that set it), so
 *       points that arrive with less time left are reminded at once. Sent only while {@code E} is still
 *       after {@code until} (once points have expired, the engine's POINTS_EXPIRED action reports them).
 *       Mark {@code campaign:expiry-reminder:E}: one reminder per expiry instant; an activity that moves
 *       the rolling instant makes a new one.</li>
 * </ul>
 *
 * <h2>A/B offers</h2>
 * An {@link OfferExperiment} on WIN_BACK, BIRTHDAY or ANNIVERSARY assigns each customer with core's
 * {@link Experiment#assign(String)} when the occasion fires. IN_VARIANT: the variant's points
 * replace the default points (for birthdays, still times the tier multiplier); HOLDOUT: no points and
 * no offer action, but the mark and a {@code HELD_OUT} action record it; OUTSIDE_COVERAGE or
 * OUTSIDE_NAMESPACE: the default behaviour. Every status is recorded on the mark
 * ({@link CampaignMark#assignment()}), so exposures can be analysed later.
 *
 * <p>Bonus points are credited as spendable EARN lots (never pending) with the program's expiry, under
 * the rule {@code campaign:<trigger>} ({@code campaign:win-back}, {@code campaign:birthday},
 * {@code campaign:anniversary}); they do not count as qualifying points for tiers. Each occasion
 * emits exactly one action, whose {@code points} are the points credited (reminders: the points
 * expiring); there is no separate {@code REWARD_GRANTED} action for campaign points.
 *
 * <p>Cost per housekeeping: a scan of the customer's lots (reminders), two date computations and a
 * few mark look-ups; core's lifecycle replay runs about once per dormancy spell (see the win-back
 * rule's lower bound and lookahead in the package's {@code DormancySpells}).
 *
 * <p>Thread-safe: the configuration is immutable and the win-back lookahead is a concurrent memo of
 * a pure function of the journal; the engine calls it under the customer's lock.
 */
public final class CampaignTriggers implements Extension {
    /** How late a birthday or anniversary may still be fired: 7 days after its due instant (exclusive). */
    public static final Period LATE_WINDOW = Period.ofDays(7);

    private final LoyaltyProgram program;
    private final CampaignRules rules;
    private final ProgramCalendar calendar;
    private final DormancySpells spells;
    private final boolean birthdays;
    private final boolean anniversaries;
    private final boolean reminders;
    private final Map<CampaignTrigger, Experiment> experiments = new EnumMap<>(CampaignTrigger.class);

    /**
     * An occasion that is due: the trigger, its mark, its due instant, its words and, for reminders,
     * the points that expire (offers compute theirs when they fire).
     */
    private record Occasion(CampaignTrigger trigger, String mark, Instant due, String detail, long points) {
    }

    /**
     * The triggers of a program.
     *
     * @param program the program whose {@link LoyaltyProgram#campaigns()} to run
     */
    public CampaignTriggers(LoyaltyProgram program) {
        this.program = Require.notNull("program", program);
        this.rules = program.campaigns();
        this.calendar = new ProgramCalendar(program.zone());
        this.spells = rules.fires(CampaignTrigger.WIN_BACK)
                ? new DormancySpells(rules.winBackDormancy().policy(), calendar) : null;
        this.birthdays = rules.fires(CampaignTrigger.BIRTHDAY);
        this.anniversaries = rules.fires(CampaignTrigger.ANNIVERSARY);
        this.reminders = rules.fires(CampaignTrigger.EXPIRY_REMINDER);
        for (OfferExperiment e : rules.experiments()) {
            experiments.put(e.trigger(), e.experiment());
        }
    }

    /**
     * Fires every occasion due by {@code until} that has not fired yet (see the class description).
     * The previous instant {@code from} is not needed: the journal's marks say what has fired.
     *
     * @param effects what the triggers may do
     * @param account the customer's account, enrolled, settled up to {@code until}
     * @param from    the instant the customer was last brought up to (unused)
     * @param until   the instant to bring them up to
     */
    @Override
    public void housekeep(Effects effects, Account account, Instant from, Instant until) {
        List<Occasion> offers = new ArrayList<>(3);
        add(offers, winBack(account, until));
        if (birthdays) {
            add(offers, yearly(CampaignTrigger.BIRTHDAY, account, birthday(account), until));
        }
        if (anniversaries) {
            add(offers, yearly(CampaignTrigger.ANNIVERSARY, account, calendar.date(account.enrolledAt()), until));
        }
        offers.sort(Comparator.comparing(Occasion::due).thenComparing(Occasion::trigger));
        for (Occasion offer : offers) {
            remind(effects, account, offer.due(), until);
            offer(effects, account, offer);
        }
        remind(effects, account, null, until);
    }

    private static void add(List<Occasion> occasions, Occasion occasion) {
        if (occasion != null) {
            occasions.add(occasion);
        }
    }

    // ------------------------------------------------------------ win-back

    private Occasion winBack(Account account, Instant until) {
        if (spells == null) {
            return null;
        }
        LedgerEntry last = DormancySpells.lastPurchase(account);
        if (last == null) {
            return null;
        }
        String mark = CampaignMark.name(CampaignTrigger.WIN_BACK, calendar.date(last.at()));
        if (account.hasMark(mark)) {
            return null;
        }
        DormancySpells.Spell spell = spells.begunBy(account, last, until);
        if (spell == null) {
            return null;
        }
        return new Occasion(CampaignTrigger.WIN_BACK, mark, spell.start().at(), "win-back: " + spell.start().to()
                + " since " + calendar.date(spell.start().at()) + ", last purchase " + spell.lastPurchaseDay() + " ("
                + spell.start().reason() + ")", 0);
    }

    // ------------------------------------------------------------ birthday and anniversary

    private LocalDate birthday(Account account) {
        String text = account.attributes().get("birthday");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("customer '" + account.customerId() + "' has the birthday attribute '"
                    + text + "', which is not an ISO date (yyyy-MM-dd)", e);
        }
    }

    /** The latest occasion of a yearly date at or before {@code until}, if it is after enrolment and not stale. */
    private Occasion yearly(CampaignTrigger trigger, Account account, LocalDate first, Instant until) {
        if (first == null) {
            return null;
        }
        LocalDate today = calendar.date(until);
        LocalDate date = ProgramCalendar.anniversary(first, today.getYear());
        if (date.isAfter(today)) {
            date = ProgramCalendar.anniversary(first, today.getYear() - 1);
        }
        Instant due = calendar.startOf(date);
        String mark = CampaignMark.name(trigger, date.getYear());
        if (!due.isAfter(account.enrolledAt()) || account.hasMark(mark)
                || !until.isBefore(calendar.plus(due, LATE_WINDOW))) {
            return null;
        }
        String detail = trigger == CampaignTrigger.BIRTHDAY
                ? "birthday " + date + " (born " + first + ")"
                : "membership anniversary " + (date.getYear() - first.getYear()) + " on " + date + " (member since "
                        + first + ")";
        return new Occasion(trigger, mark, due, detail, 0);
    }

    // ------------------------------------------------------------ offers

    private void offer(Effects effects, Account account, Occasion occasion) {
        Experiment experiment = experiments.get(occasion.trigger());
        Assignment assignment = experiment == null ? null : experiment.assign(account.customerId());
        String key = occasion.mark() + "@" + account.customerId();
        if (assignment != null && assignment.status() == AssignmentStatus.HOLDOUT) {
            String detail = occasion.detail() + "; held out: " + assignment;
            effects.mark(account, key, occasion.due(), occasion.mark(), CampaignMark.note(detail, occasion.due(), 0,
                    assignment));
            effects.emit("HELD_OUT", account.customerId(), occasion.due(), 0, occasion.trigger() + " offer: " + detail);
            return;
        }
        long base = defaultPoints(occasion.trigger());
        String detail = occasion.detail();
        if (assignment != null && assignment.status() == AssignmentStatus.IN_VARIANT) {
            OfferVariant variant = rules.experimentOn(occasion.trigger()).variants().get(assignment.index());
            base = variant.points();
            detail += "; variant " + variant.name() + " of " + assignment.experimentKey();
        }
        long points = base;
        if (occasion.trigger() == CampaignTrigger.BIRTHDAY && base > 0) {
            Tier tier = tierAt(effects, account, occasion.due());
            BigDecimal multiplier = tier.benefits().birthdayBonusMultiplier();
            points = BigDecimal.valueOf(base).multiply(multiplier).setScale(0, RoundingMode.FLOOR).longValueExact();
            detail += "; " + base + " x " + multiplier.toPlainString() + " (tier " + tier.id() + ")";
        }
        effects.mark(account, key, occasion.due(), occasion.mark(), CampaignMark.note(detail, occasion.due(), points,
                assignment));
        if (points > 0) {
            effects.credit(account, key, occasion.due(), points, "campaign:" + occasion.mark().split(":")[1],
                    occasion.mark(), false, detail);
        }
        effects.emit(actionType(occasion.trigger()), account.customerId(), occasion.due(), points, detail);
    }

    private long defaultPoints(CampaignTrigger trigger) {
        return switch (trigger) {
            case WIN_BACK -> rules.winBackPoints();
            case BIRTHDAY -> rules.birthdayPoints();
            case ANNIVERSARY -> rules.anniversaryPoints();
            case EXPIRY_REMINDER -> 0;
        };
    }

    private static String actionType(CampaignTrigger trigger) {
        return switch (trigger) {
            case WIN_BACK -> "WIN_BACK_OFFER";
            case BIRTHDAY -> "BIRTHDAY_GREETING";
            case ANNIVERSARY -> "MEMBERSHIP_ANNIVERSARY";
            case EXPIRY_REMINDER -> "POINTS_EXPIRING_SOON";
        };
    }

    /**
     * The tier in force at an instant: the current one unless the journal has a TIER entry after the
     * instant, else the higher of the qualified tier and the manual floor as of the instant.
     */
    private Tier tierAt(Effects effects, Account account, Instant at) {
        boolean changedSince = false;
        for (int i = account.size() - 1; i >= 0 && account.journal().get(i).at().isAfter(at); i--) {
            changedSince |= account.journal().get(i).type() == EntryType.TIER;
        }
        if (!changedSince) {
            return program.tiers().tier(program.tiers().rank(effects.tierOf(account)));
        }
        Account then = Account.replay(account.customerId(), account.journal(), at);
        int rank = Math.max(rank(then.tier()), rank(then.tierFloor()));
        return program.tiers().tier(rank);
    }

    private int rank(String tierId) {
        return tierId == null ? 0 : program.tiers().rank(tierId);
    }

    // ------------------------------------------------------------ expiry reminders

    /** The points that expire at one instant, and since when the customer holds them. */
    private static final class Expiring {
        long points;
        Instant since;

        Expiring(Instant since) {
            this.since = since;
        }
    }

    /**
     * Fires the reminders due by {@code until} (and, when {@code before} is given, due before it), in
     * due order.
     */
    private void remind(Effects effects, Account account, Instant before, Instant until) {
        if (!reminders) {
            return;
        }
        TreeMap<Instant, Expiring> expiring = new TreeMap<>();
        Instant rolling = rollingExpiry(account);
        for (MutableLot lot : account.lots()) {
            Instant at = rolling != null && (lot.expiresAt == null || !lot.expiresAt.isBefore(rolling)) ? rolling
                    : lot.expiresAt;
            if (lot.remaining() <= 0 || at == null || !at.isAfter(until)) {
                continue;
            }
            Expiring e = expiring.computeIfAbsent(at, k -> new Expiring(lot.earnedAt));
            e.points += lot.remaining();
            if (lot.earnedAt.isBefore(e.since)) {
                e.since = lot.earnedAt;
            }
        }
        List<Occasion> due = new ArrayList<>();
        int days = rules.expiryReminderDays();
        for (Map.Entry<Instant, Expiring> e : expiring.entrySet()) {
            Instant expiry = e.getKey();
            Instant since = e.getValue().since;
            if (expiry.equals(rolling) && account.lastActivity().isAfter(since)) {
                since = account.lastActivity();
            }
            Instant reminder = calendar.plus(expiry, Period.ofDays(-days));
            Instant at = reminder.isBefore(since) ? since : reminder;
            String mark = CampaignMark.name(CampaignTrigger.EXPIRY_REMINDER, expiry);
            if (!at.isAfter(until) && (before == null || at.isBefore(before)) && !account.hasMark(mark)) {
                long points = e.getValue().points;
                due.add(new Occasion(CampaignTrigger.EXPIRY_REMINDER, mark, at, points + " points expire at " + expiry
                        + " (reminder " + days + " days before" + (at.equals(reminder) ? ")" : ", sent when they arrived)"),
                        points));
            }
        }
        due.sort(Comparator.comparing(Occasion::due));
        for (Occasion o : due) {
            String key = o.mark() + "@" + account.customerId();
            effects.mark(account, key, o.due(), o.mark(), CampaignMark.note(o.detail(), o.due(), o.points(), null));
            effects.emit(actionType(o.trigger()), account.customerId(), o.due(), o.points(), o.detail());
        }
    }

    /** When all lots expire under rolling-inactivity expiry (the engine's rule), or null. */
    private Instant rollingExpiry(Account account) {
        if (program.expiry().kind() != ExpiryKind.ROLLING_INACTIVITY || account.lastActivity() == null) {
            return null;
        }
        return calendar.plus(account.lastActivity(), program.expiry().period());
    }

    @Override
    public String toString() {
        return "CampaignTriggers(" + rules + ")";
    }
}
