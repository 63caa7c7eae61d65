package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.List;

/**
 * The record that a command with an idempotency key was applied. Keys are unique in a store: a
 * second command with the same key and the same fingerprint is a retry (it gets the first result,
 * rebuilt from the entries written under the key); with another fingerprint it is rejected.
 *
 * @param key         the caller's idempotency key
 * @param command     the command kind (purchase, refund, redeem, ...)
 * @param fingerprint the command's content in canonical text (everything but the key and the processing instant)
 * @param customerIds the customers whose journals the command wrote, in the order they were written
 * @param at          when it was applied (the engine clock)
 */
public record CommandReceipt(String key, String command, String fingerprint, List<String> customerIds, Instant at) {
    /**
     * Validates the fields.
     *
     * @param key         non-blank
     * @param command     non-blank
     * @param fingerprint not null
     * @param customerIds not null
     * @param at          not null
     */
    public CommandReceipt {
        Require.notBlank("receipt.key", key);
        Require.notBlank("receipt.command", command);
        Require.notNull("receipt.fingerprint", fingerprint);
        customerIds = List.copyOf(Require.notNull("receipt.customerIds", customerIds));
        Require.notNull("receipt.at", at);
    }
}
