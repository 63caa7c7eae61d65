package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;

/**
 * Time-driven campaign triggers that {@code advanceTo} fires. Zero turns a trigger off.
 *
 * @param winBackPoints        points offered to a customer entering a dormancy spell (once per spell); 0 for none
 * @param dormantAfterDays     days without a purchase after which a customer is dormant (for win-back); 0 for off
 * @param birthdayPoints       birthday bonus points (times the tier's birthday multiplier); 0 for none
 * @param anniversaryPoints    membership anniversary bonus points; 0 for none
 * @param expiryReminderDays   remind this many days before points expire; 0 for no reminders
 */
public record CampaignRules(long winBackPoints, int dormantAfterDays, long birthdayPoints, long anniversaryPoints,
                            int expiryReminderDays) {
    /** No triggers. */
    public static final CampaignRules NONE = new CampaignRules(0, 0, 0, 0, 0);

    /**
     * Validates the fields.
     *
     * @param winBackPoints      non-negative
     * @param dormantAfterDays   non-negative
     * @param birthdayPoints     non-negative
     * @param anniversaryPoints  non-negative
     * @param expiryReminderDays non-negative
     */
    public CampaignRules {
        Require.nonNegative("campaigns.winBackPoints", winBackPoints);
        Require.nonNegative("campaigns.dormantAfterDays", dormantAfterDays);
        Require.nonNegative("campaigns.birthdayPoints", birthdayPoints);
        Require.nonNegative("campaigns.anniversaryPoints", anniversaryPoints);
        Require.nonNegative("campaigns.expiryReminderDays", expiryReminderDays);
    }

    @Override
    public String toString() {
        java.util.List<String> on = new java.util.ArrayList<>();
        if (winBackPoints > 0 || dormantAfterDays > 0) {
            on.add("win-back " + winBackPoints + " after " + dormantAfterDays + " days dormant");
        }
        if (birthdayPoints > 0) {
            on.add("birthday " + birthdayPoints);
        }
        if (anniversaryPoints > 0) {
            on.add("anniversary " + anniversaryPoints);
        }
        if (expiryReminderDays > 0) {
            on.add("expiry reminder " + expiryReminderDays + " days before");
        }
        return on.isEmpty() ? "none" : String.join(", ", on);
    }
}
