/**
 * Personalisation: item-to-item recommendations, per-customer recommendations with explanations,
 * their offline evaluation, next-best offers and message templates. The library decides and
 * renders; it never sends anything.
 *
 * <ul>
 *   <li>Input: a {@link io.retention4j.loyalty.personalize.Catalog} of items (id, optional category
 *       and attributes) and {@link io.retention4j.loyalty.personalize.Interactions}, a columnar log
 *       of (customer, item, instant, PURCHASE or VIEW, weight), built in code, read from CSV, or
 *       adapted from core's transaction log (categories as items) and event log (an item
 *       property).</li>
 *   <li>{@link io.retention4j.loyalty.personalize.ItemSimilarity} builds a
 *       {@link io.retention4j.loyalty.personalize.SimilarityIndex}: co-purchase or co-view top-k
 *       neighbours by cosine or lift with a minimum support and optional time decay, saved to and
 *       loaded from a versioned, checksummed file.</li>
 * </ul>
 *
 * <p>Determinism: the same input gives the same result; equal scores are ordered by item code (the
 * catalogue's order), lower first.
 */
package io.retention4j.loyalty.personalize;
