/**
 * Campaign triggers: win-back offers when a customer becomes dormant (core's lifecycle decides),
 * birthday and membership-anniversary greetings with bonus points, reminders before points expire,
 * and A/B tests of the offers with core's experiment assignment. The library sends nothing: each
 * occasion becomes an {@link io.retention4j.loyalty.engine.Action} for the engine's listeners.
 *
 * <ul>
 *   <li>{@link io.retention4j.loyalty.campaign.CampaignTriggers}: the engine part that fires the
 *       triggers of a program's {@link io.retention4j.loyalty.program.CampaignRules}; its class
 *       comment defines every due instant, mark and number.</li>
 *   <li>{@link io.retention4j.loyalty.campaign.CampaignMark}: a fired occasion read back from the
 *       journal, with the experiment assignment when the offer was under test (for analysis as
 *       core {@link io.retention4j.core.experiment.Exposure}s).</li>
 * </ul>
 *
 * <p>Configuration lives in the program: {@link io.retention4j.loyalty.program.CampaignRules},
 * {@link io.retention4j.loyalty.program.DormancyRule} (which core dormancy policy counts),
 * {@link io.retention4j.loyalty.program.OfferExperiment} and
 * {@link io.retention4j.loyalty.program.OfferVariant} (the A/B test of an offer).
 */
package io.retention4j.loyalty.campaign;
