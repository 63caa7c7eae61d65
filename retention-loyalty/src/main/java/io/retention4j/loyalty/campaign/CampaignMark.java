package io.retention4j.loyalty.campaign;

import io.retention4j.core.experiment.Assignment;
import io.retention4j.core.experiment.AssignmentStatus;
import io.retention4j.core.experiment.Exposure;
import io.retention4j.loyalty.internal.Require;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.CampaignTrigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign occasion as the journal remembers it: the MARK entry that {@link CampaignTriggers} writes
 * when a trigger fires, so that it fires once, read back for analysis (who got which offer, who was
 * held out, which experiment arm). Read them with {@link #in(List)} over {@code engine.entries(customerId)}.
 *
 * <p>The MARK's rule is the occasion's identity, {@code campaign:<trigger>:<occasion>}:
 * <ul>
 *   <li>{@code campaign:win-back:<date>}: the dormancy spell that followed the last purchase day
 *       {@code <date>} (one offer per spell);</li>
 *   <li>{@code campaign:birthday:<year>} and {@code campaign:anniversary:<year>}: the occasion of a
 *       calendar year (one per year);</li>
 *   <li>{@code campaign:expiry-reminder:<instant>}: the points expiring at {@code <instant>} (one
 *       reminder per expiry instant).</li>
 * </ul>
 * Its note is {@code <detail>; due <instant>; points <n>}, followed by
 * {@code ; experiment <key> <status> index <i> variant <name or -> bucket <hash value>} when the
 * offer is under an A/B test.
 *
 * @param customerId the customer
 * @param trigger    the trigger that fired
 * @param mark       the mark (the occasion's identity, see above)
 * @param due        the occasion's instant: when the customer became dormant, the first instant of the birthday
 *                   or anniversary in the program's zone, when the reminder was due. The MARK entry's own
 *                   {@code at} is this instant or, when the journal already had a later entry, that entry's instant
 * @param points     offers: the points credited (0 for an offer without points and for the holdout); reminders:
 *                   the points that expire at the reminded instant
 * @param detail     what happened, in words
 * @param assignment where the offer's experiment put the customer (any status, outside coverage included), or null
 *                   when the trigger's offer is not under test
 */
public record CampaignMark(String customerId, CampaignTrigger trigger, String mark, Instant due, long points,
                           String detail, Assignment assignment) {
    /** The prefix of every campaign mark. */
    public static final String PREFIX = "campaign:";

    private static final Pattern NOTE = Pattern.compile("(?s)(.*); due (\\S+); points (\\d+)"
            + "(?:; experiment (\\S+) (\\S+) index (-?\\d+) variant (\\S+) bucket (\\S+))?");

    /**
     * Validates the fields.
     *
     * @param customerId non-blank
     * @param trigger    not null
     * @param mark       starts with {@link #PREFIX}
     * @param due        not null
     * @param points     non-negative
     * @param detail     not null
     * @param assignment null, or an assignment of this customer
     */
    public CampaignMark {
        Require.notBlank("mark.customerId", customerId);
        Require.notNull("mark.trigger", trigger);
        Require.notBlank("mark.mark", mark);
        if (!mark.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a campaign mark starts with '" + PREFIX + "', got '" + mark + "'");
        }
        Require.notNull("mark.due", due);
        Require.nonNegative("mark.points", points);
        Require.notNull("mark.detail", detail);
        if (assignment != null && !assignment.customerId().equals(customerId)) {
            throw new IllegalArgumentException("mark of '" + customerId + "' carries the assignment of '"
                    + assignment.customerId() + "'");
        }
    }

    /**
     * The mark of an occasion.
     *
     * @param trigger  the trigger
     * @param occasion the occasion within the trigger (a date, a year, an instant)
     * @return {@code campaign:<trigger slug>:<occasion>}
     */
    static String name(CampaignTrigger trigger, Object occasion) {
        return PREFIX + slug(trigger) + ":" + occasion;
    }

    /**
     * The journal note of an occasion.
     *
     * @param detail     the words
     * @param due        the occasion's instant
     * @param points     the points
     * @param assignment the assignment or null
     * @return the note {@link #of(LedgerEntry)} parses
     */
    static String note(String detail, Instant due, long points, Assignment assignment) {
        StringBuilder s = new StringBuilder(detail).append("; due ").append(due).append("; points ").append(points);
        if (assignment != null) {
            s.append("; experiment ").append(assignment.experimentKey()).append(' ').append(assignment.status())
                    .append(" index ").append(assignment.index()).append(" variant ")
                    .append(assignment.variant() == null ? "-" : assignment.variant()).append(" bucket ")
                    .append(assignment.bucket());
        }
        return s.toString();
    }

    private static String slug(CampaignTrigger trigger) {
        return switch (trigger) {
            case WIN_BACK -> "win-back";
            case BIRTHDAY -> "birthday";
            case ANNIVERSARY -> "anniversary";
            case EXPIRY_REMINDER -> "expiry-reminder";
        };
    }

    /**
     * Reads a journal entry as a campaign mark.
     *
     * @param entry any journal entry
     * @return the mark, or empty when the entry is not a MARK written by the campaign triggers
     * @throws IllegalArgumentException when the entry is a campaign MARK whose note is not in the form above
     */
    public static Optional<CampaignMark> of(LedgerEntry entry) {
        Require.notNull("entry", entry);
        if (entry.type() != EntryType.MARK || entry.rule() == null || !entry.rule().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = entry.rule().substring(PREFIX.length());
        CampaignTrigger trigger = null;
        for (CampaignTrigger t : CampaignTrigger.values()) {
            if (rest.startsWith(slug(t) + ":")) {
                trigger = t;
            }
        }
        Matcher m = entry.note() == null ? null : NOTE.matcher(entry.note());
        if (trigger == null || m == null || !m.matches()) {
            throw new IllegalArgumentException("entry " + entry.seq() + " of '" + entry.customerId()
                    + "' is a campaign mark but not one the campaign triggers write: " + entry);
        }
        Assignment assignment = null;
        if (m.group(4) != null) {
            String variant = m.group(7).equals("-") ? null : m.group(7);
            assignment = new Assignment(m.group(4), entry.customerId(), AssignmentStatus.valueOf(m.group(5)),
                    Integer.parseInt(m.group(6)), variant, Double.parseDouble(m.group(8)));
        }
        return Optional.of(new CampaignMark(entry.customerId(), trigger, entry.rule(), Instant.parse(m.group(2)),
                Long.parseLong(m.group(3)), m.group(1), assignment));
    }

    /**
     * The campaign marks of a journal.
     *
     * @param journal a customer's entries, for example {@code engine.entries(customerId)}
     * @return the marks in journal order
     */
    public static List<CampaignMark> in(List<LedgerEntry> journal) {
        List<CampaignMark> marks = new ArrayList<>();
        for (LedgerEntry entry : Require.notNull("journal", journal)) {
            of(entry).ifPresent(marks::add);
        }
        return marks;
    }

    /**
     * Whether the customer was in the offer's holdout group (and got nothing).
     *
     * @return true when the assignment's status is HOLDOUT
     */
    public boolean heldOut() {
        return assignment != null && assignment.isHoldout();
    }

    /**
     * The exposure to the offer's experiment, for analysis in retention-metrics: the assignment at the
     * occasion's instant.
     *
     * @return the exposure, or empty when the offer was not under test
     */
    public Optional<Exposure> exposure() {
        return assignment == null ? Optional.empty() : Optional.of(Exposure.of(assignment, due));
    }

    @Override
    public String toString() {
        return due + " " + customerId + " " + mark + (points != 0 ? " " + points + " points" : "") + ": " + detail
                + (assignment == null ? "" : " [" + assignment + "]");
    }
}
