package io.retention4j.core.log;

import java.time.Instant;

/**
 * A transaction that a log builder dropped because its order id had been seen before. The first
 * occurrence (in input order) is kept; every later one is reported here, never dropped silently.
 *
 * @param orderId       the repeated order id
 * @param customerId    the customer of the dropped row
 * @param at            the time of the dropped row
 * @param amount        the amount of the dropped row
 * @param sourceRow     where the dropped row came from: a file line number when read by a reader,
 *                      otherwise its 1-based position among the rows given to the builder's
 *                      {@code add} methods (rows rejected with an exception take no position)
 * @param firstSourceRow where the kept row came from, same convention
 */
public record DuplicateOrder(String orderId, String customerId, Instant at, double amount, long sourceRow,
                             long firstSourceRow) {
}
