package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.internal.AppendArena;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The idempotency receipts of a store: an open-addressing hash set of receipt indexes, split into
 * stripes with their own lock so threads inserting different keys rarely meet. The receipts
 * themselves live in an {@link AppendArena} in insertion order, as their fields side by side rather
 * than as receipt objects (a receipt is rebuilt when a key is replayed): the store keeps one receipt
 * per command forever, and three objects fewer per command is that much less for the collector to
 * copy. A stripe's table is one {@code long[]} of (key hash, receipt index + 1) pairs: nothing the
 * garbage collector scans, one cache line per probe, and a probe compares the hash before it
 * touches a receipt.
 */
final class ReceiptTable {
    private static final int STRIPE_BITS = 6;
    private static final int STRIPES = 1 << STRIPE_BITS;

    // per receipt: key, command, fingerprint as UTF-8 bytes, the customer id (or the list of them), at
    private static final int FIELDS = 5;
    private final AppendArena<Object> receipts = new AppendArena<>("the in-memory store holds 2^31 receipt fields: use a durable store");
    private final Stripe[] stripes = new Stripe[STRIPES];

    /** One stripe: linear probing; a slot holds hash << 32 | (receipt index + 1), 0 when empty. */
    private static final class Stripe {
        long[] slots = new long[16];
        int count;
    }

    ReceiptTable() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** @return the receipt of the key, or null */
    CommandReceipt get(String key) {
        int hash = hash(key);
        Stripe stripe = stripes[hash & (STRIPES - 1)];
        synchronized (stripe) {
            long[] slots = stripe.slots;
            int mask = slots.length - 1;
            for (int i = (hash >>> STRIPE_BITS) & mask; ; i = (i + 1) & mask) {
                long slot = slots[i];
                if (slot == 0) {
                    return null;
                }
                if ((int) (slot >>> 32) == hash && key.equals(receipts.get((int) slot - 1))) {
                    return receipt((int) slot - 1);
                }
            }
        }
    }

    /** Inserts the receipt unless its key is present; @return whether it was inserted */
    boolean putIfAbsent(CommandReceipt receipt) {
        int hash = hash(receipt.key());
        Stripe stripe = stripes[hash & (STRIPES - 1)];
        synchronized (stripe) {
            long[] slots = stripe.slots;
            int mask = slots.length - 1;
            int i = (hash >>> STRIPE_BITS) & mask;
            for (; slots[i] != 0; i = (i + 1) & mask) {
                if ((int) (slots[i] >>> 32) == hash && receipt.key().equals(receipts.get((int) slots[i] - 1))) {
                    return false;
                }
            }
            int index = receipts.reserve(FIELDS);
            List<String> customers = receipt.customerIds();
            receipts.set(index, receipt.key());
            receipts.set(index + 1, receipt.command());
            receipts.set(index + 2, receipt.fingerprint().getBytes(StandardCharsets.UTF_8));
            receipts.set(index + 3, customers.size() == 1 ? customers.get(0) : customers);
            receipts.set(index + 4, receipt.at());
            slots[i] = (long) hash << 32 | (index + 1L);
            if (++stripe.count * 4 > slots.length * 3) {
                grow(stripe);
            }
            return true;
        }
    }

    /** @return the number of receipts (a moment's count while others insert) */
    int size() {
        int sum = 0;
        for (Stripe stripe : stripes) {
            synchronized (stripe) {
                sum += stripe.count;
            }
        }
        return sum;
    }

    private static void grow(Stripe stripe) {
        long[] old = stripe.slots;
        long[] slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = ((int) (slot >>> 32) >>> STRIPE_BITS) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
        stripe.slots = slots;
    }

    /** String's hash, spread so the stripe (low bits) and the position (high bits) are independent. */
    @SuppressWarnings("unchecked")
    private CommandReceipt receipt(int index) {
        Object customers = receipts.get(index + 3);
        return new CommandReceipt((String) receipts.get(index), (String) receipts.get(index + 1),
                new String((byte[]) receipts.get(index + 2), StandardCharsets.UTF_8),
                customers instanceof String id ? List.of(id) : (List<String>) customers, (Instant) receipts.get(index + 4));
    }

    private static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
