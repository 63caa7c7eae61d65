package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Time-driven campaign triggers that the engine fires while it housekeeps a customer (before every
 * command and in {@code advanceTo}); {@code io.retention4j.loyalty.campaign.CampaignTriggers} defines
 * every instant and number. Absent (zero, false, null) fields switch a trigger off, so a JSON program
 * names only the triggers it uses.
 *
 * <ul>
 *   <li>Win-back ({@link CampaignTrigger#WIN_BACK}) is on when {@code dormantAfterDays > 0} or
 *       {@code dormancy} is set (not both).</li>
 *   <li>Birthday is on when {@code birthdayPoints > 0}, {@code greetings} is true or a BIRTHDAY
 *       experiment exists; anniversary likewise with {@code anniversaryPoints} and ANNIVERSARY.</li>
 *   <li>Expiry reminders are on when {@code expiryReminderDays > 0}.</li>
 * </ul>
 *
 * @param winBackPoints      bonus points credited with a win-back offer (once per dormancy spell); 0 for an offer
 *                           without points
 * @param dormantAfterDays   shorthand for {@code dormancy = DormancyRule.afterDays(dormantAfterDays)}: dormant from this
 *                           many days without purchase; 0 when {@code dormancy} is used or win-back is off
 * @param birthdayPoints     birthday bonus points, multiplied by the birthday bonus multiplier of the customer's tier
 *                           (rounded down); 0 for none
 * @param anniversaryPoints  membership anniversary bonus points; 0 for none
 * @param expiryReminderDays remind this many calendar days (in the program's zone) before points expire; 0 for no
 *                           reminders
 * @param dormancy           the dormancy policy of the win-back trigger, or null (see {@code dormantAfterDays})
 * @param greetings          send birthday and anniversary actions even when they carry no points
 * @param experiments        A/B tests of the win-back, birthday or anniversary offer, at most one per trigger; null or
 *                           empty for none
 */
public record CampaignRules(long winBackPoints, int dormantAfterDays, long birthdayPoints, long anniversaryPoints,
                            int expiryReminderDays, DormancyRule dormancy, boolean greetings,
                            List<OfferExperiment> experiments) {
    /** No triggers. */
    public static final CampaignRules NONE = new CampaignRules(0, 0, 0, 0, 0);

    /**
     * Validates the fields and their combination.
     *
     * @param winBackPoints      non-negative; positive only with win-back on
     * @param dormantAfterDays   0, or at least 2 without {@code dormancy}
     * @param birthdayPoints     non-negative
     * @param anniversaryPoints  non-negative
     * @param expiryReminderDays non-negative
     * @param dormancy           null, or a rule with {@code dormantAfterDays} 0
     * @param greetings          greetings without points
     * @param experiments        null, or at most one per trigger; a WIN_BACK experiment needs win-back on
     */
    public CampaignRules {
        Require.nonNegative("campaigns.winBackPoints", winBackPoints);
        Require.nonNegative("campaigns.dormantAfterDays", dormantAfterDays);
        Require.nonNegative("campaigns.birthdayPoints", birthdayPoints);
        Require.nonNegative("campaigns.anniversaryPoints", anniversaryPoints);
        Require.nonNegative("campaigns.expiryReminderDays", expiryReminderDays);
        if (dormancy != null && dormantAfterDays != 0) {
            throw new IllegalArgumentException("campaigns: give dormantAfterDays (" + dormantAfterDays
                    + ") or dormancy (" + dormancy + "), not both");
        }
        if (dormantAfterDays != 0) {
            DormancyRule.afterDays(dormantAfterDays);
        }
        boolean winBack = dormancy != null || dormantAfterDays != 0;
        if (winBackPoints > 0 && !winBack) {
            throw new IllegalArgumentException("campaigns.winBackPoints " + winBackPoints
                    + " needs the win-back trigger: set dormantAfterDays or dormancy");
        }
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
        Set<CampaignTrigger> tested = EnumSet.noneOf(CampaignTrigger.class);
        for (OfferExperiment e : experiments) {
            Require.notNull("campaigns.experiments element", e);
            if (!tested.add(e.trigger())) {
                throw new IllegalArgumentException("campaigns.experiments has two experiments on " + e.trigger()
                        + "; one per trigger");
            }
            if (e.trigger() == CampaignTrigger.WIN_BACK && !winBack) {
                throw new IllegalArgumentException("campaigns.experiments '" + e.key()
                        + "' tests the win-back offer, but win-back is off: set dormantAfterDays or dormancy");
            }
        }
    }

    /**
     * The rules without dormancy rule, greetings flag or experiments (the first form of this record).
     *
     * @param winBackPoints      see the record description
     * @param dormantAfterDays   see the record description
     * @param birthdayPoints     see the record description
     * @param anniversaryPoints  see the record description
     * @param expiryReminderDays see the record description
     */
    public CampaignRules(long winBackPoints, int dormantAfterDays, long birthdayPoints, long anniversaryPoints,
                         int expiryReminderDays) {
        this(winBackPoints, dormantAfterDays, birthdayPoints, anniversaryPoints, expiryReminderDays, null, false, null);
    }

    /**
     * The dormancy rule of the win-back trigger: {@code dormancy}, else
     * {@link DormancyRule#afterDays(int) afterDays(dormantAfterDays)}.
     *
     * @return the rule, or null when win-back is off
     */
    public DormancyRule winBackDormancy() {
        return dormancy != null ? dormancy : dormantAfterDays > 0 ? DormancyRule.afterDays(dormantAfterDays) : null;
    }

    /**
     * The experiment on a trigger's offer.
     *
     * @param trigger a trigger
     * @return the experiment, or null when the trigger's offer is not tested
     */
    public OfferExperiment experimentOn(CampaignTrigger trigger) {
        for (OfferExperiment e : experiments) {
            if (e.trigger() == trigger) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether a trigger is switched on (see the class description).
     *
     * @param trigger a trigger
     * @return true when the engine fires it
     */
    public boolean fires(CampaignTrigger trigger) {
        return switch (trigger) {
            case WIN_BACK -> winBackDormancy() != null;
            case BIRTHDAY -> birthdayPoints > 0 || greetings || experimentOn(trigger) != null;
            case ANNIVERSARY -> anniversaryPoints > 0 || greetings || experimentOn(trigger) != null;
            case EXPIRY_REMINDER -> expiryReminderDays > 0;
        };
    }

    /**
     * Whether any trigger is on.
     *
     * @return true when some trigger fires
     */
    public boolean firesAny() {
        for (CampaignTrigger trigger : CampaignTrigger.values()) {
            if (fires(trigger)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        List<String> on = new ArrayList<>();
        if (fires(CampaignTrigger.WIN_BACK)) {
            on.add("win-back " + winBackPoints + (dormancy == null ? " after " + dormantAfterDays + " days dormant"
                    : " when dormant by " + dormancy));
        }
        if (birthdayPoints > 0) {
            on.add("birthday " + birthdayPoints);
        }
        if (anniversaryPoints > 0) {
            on.add("anniversary " + anniversaryPoints);
        }
        if (greetings) {
            on.add("greetings without points");
        }
        if (expiryReminderDays > 0) {
            on.add("expiry reminder " + expiryReminderDays + " days before");
        }
        experiments.forEach(e -> on.add(e.toString()));
        return on.isEmpty() ? "none" : String.join(", ", on);
    }
}
