package io.retention4j.loyalty.engine;

/** What an {@link Action} asks the caller's systems to do or know. */
public enum ActionType {
    /** Points were credited by a goal, referral, birthday, anniversary or win-back. */
    REWARD_GRANTED,
    /** A reward was redeemed: fulfil it. */
    REWARD_REDEEMED,
    /** The customer's tier changed. */
    TIER_CHANGED,
    /** Points expire soon: remind the customer. */
    POINTS_EXPIRING_SOON,
    /** Points expired. */
    POINTS_EXPIRED,
    /** The customer became dormant: send the comeback offer. */
    WIN_BACK_OFFER,
    /** Birthday: send the greeting (and the bonus, if any, was credited). */
    BIRTHDAY_GREETING,
    /** Membership anniversary. */
    MEMBERSHIP_ANNIVERSARY,
    /** A referral earned a reward (or was skipped, with the reason). */
    REFERRAL_REWARD,
    /** A goal was completed. */
    GOAL_COMPLETED,
    /** A customer was kept in an experiment's holdout group and got nothing. */
    HELD_OUT,
    /**
     * A feedback case was resolved: tell the customer what changed (the detail names the case, its
     * category and the resolution). Emitted by {@code io.retention4j.loyalty.feedback.FeedbackLoop}.
     */
    FEEDBACK_RESOLVED,
    /**
     * A follow-up survey is due for a customer whose feedback case was resolved (the detail names the
     * survey and the case). Emitted by {@code io.retention4j.loyalty.feedback.FeedbackLoop}.
     */
    FOLLOW_UP_SURVEY
}
