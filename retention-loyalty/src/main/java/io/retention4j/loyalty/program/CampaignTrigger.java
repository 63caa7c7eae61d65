package io.retention4j.loyalty.program;

/** The time-driven campaign triggers of {@link CampaignRules}. */
public enum CampaignTrigger {
    /** A customer enters a dormancy spell (core lifecycle state DORMANT or CHURNED): a comeback offer. */
    WIN_BACK,
    /** The customer's birthday, at the first instant of the local day in the program's zone. */
    BIRTHDAY,
    /** The anniversary of the enrolment date, at the first instant of the local day in the program's zone. */
    ANNIVERSARY,
    /** Some points expire in {@link CampaignRules#expiryReminderDays()} days. */
    EXPIRY_REMINDER
}
