/**
 * Acting on customers: loyalty programs, tiers, an append-only points ledger, goals, referrals,
 * campaign triggers, the feedback loop and personalisation.
 *
 * <p>Sub-packages by concept: {@code program}, {@code ledger}, {@code engine}, {@code goal},
 * {@code referral}, {@code campaign}, {@code feedback}, {@code personalize}. This module depends on
 * retention-core only; it reaches metrics through interfaces that core defines.
 */
package io.retention4j.loyalty;
