/**
 * The loyalty engine: {@link io.retention4j.loyalty.engine.LoyaltyEngine}, the thread-safe entry
 * point that applies idempotent commands ({@link io.retention4j.loyalty.engine.Purchase},
 * {@link io.retention4j.loyalty.engine.Refund}, {@link io.retention4j.loyalty.engine.CustomerEvent},
 * {@link io.retention4j.loyalty.engine.Redemption}, {@link io.retention4j.loyalty.engine.Transfer},
 * {@link io.retention4j.loyalty.engine.Adjustment}, {@link io.retention4j.loyalty.engine.Enrolment})
 * to a {@link io.retention4j.loyalty.ledger.LedgerStore}, moves time when told, answers balance, lot
 * and tier questions as of any instant, explains every entry, and hands
 * {@link io.retention4j.loyalty.engine.Action}s to {@link io.retention4j.loyalty.engine.LoyaltyListener}s.
 */
package io.retention4j.loyalty.engine;
