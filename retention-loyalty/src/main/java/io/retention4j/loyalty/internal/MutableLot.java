package io.retention4j.loyalty.internal;

import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.Lot;
import java.time.Instant;

/** A lot being folded from a journal; the engine's working copy of {@link Lot}. */
public final class MutableLot {
    /** The entry that opened the lot. */
    public final LedgerEntry opening;
    public final long id;
    public final EntryType type;
    public final String rule;
    public final String source;
    /** The idempotency key of the command that opened the lot (a purchase's order id). */
    public final String key;
    public final Instant earnedAt;
    public final long points;
    public final Instant availableAt;
    public final Instant expiresAt;
    public boolean pending;
    public long spent;
    public long expired;
    public long reversed;

    MutableLot(LedgerEntry opening) {
        this.opening = opening;
        this.id = opening.seq();
        this.type = opening.type();
        this.rule = opening.rule();
        this.source = opening.source();
        this.key = opening.key();
        this.earnedAt = opening.at();
        this.points = opening.points();
        this.availableAt = opening.availableAt();
        this.expiresAt = opening.expiresAt();
        this.pending = opening.type() == EntryType.PENDING;
    }

    /** @return points left: {@code points - spent - expired - reversed} */
    public long remaining() {
        return points - spent - expired - reversed;
    }

    /** @return whether the lot can be spent now: released and not empty */
    public boolean spendable() {
        return !pending && remaining() > 0;
    }

    /** @return an immutable snapshot */
    public Lot snapshot(String customerId) {
        return new Lot(id, customerId, type, rule, source, earnedAt, points, pending, availableAt, expiresAt, spent,
                expired, reversed);
    }
}
