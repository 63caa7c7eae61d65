package io.retention4j.loyalty.ledger;

/**
 * The idempotency receipts of a store: an open-addressing hash set of receipt indexes, split into
 * stripes with their own lock so threads inserting different keys rarely meet. The receipts
 * themselves live in an {@link AppendArena} in insertion order; the tables hold only primitive
 * indexes and hashes (nothing the garbage collector scans, and a probe compares the hash before it
 * touches a receipt).
 */
final class ReceiptTable {
    private static final int STRIPE_BITS = 6;
    private static final int STRIPES = 1 << STRIPE_BITS;

    private final AppendArena<CommandReceipt> receipts = new AppendArena<>("receipts");
    private final Stripe[] stripes = new Stripe[STRIPES];

    /** One stripe: linear probing over slot = receipt index + 1 (0 = empty), with the key hashes. */
    private static final class Stripe {
        int[] slots = new int[16];
        int[] hashes = new int[16];
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
            int mask = stripe.slots.length - 1;
            for (int i = (hash >>> STRIPE_BITS) & mask; ; i = (i + 1) & mask) {
                int slot = stripe.slots[i];
                if (slot == 0) {
                    return null;
                }
                if (stripe.hashes[i] == hash) {
                    CommandReceipt receipt = receipts.get(slot - 1);
                    if (receipt.key().equals(key)) {
                        return receipt;
                    }
                }
            }
        }
    }

    /** Inserts the receipt unless its key is present; @return whether it was inserted */
    boolean putIfAbsent(CommandReceipt receipt) {
        int hash = hash(receipt.key());
        Stripe stripe = stripes[hash & (STRIPES - 1)];
        synchronized (stripe) {
            int mask = stripe.slots.length - 1;
            int i = (hash >>> STRIPE_BITS) & mask;
            for (; stripe.slots[i] != 0; i = (i + 1) & mask) {
                if (stripe.hashes[i] == hash && receipts.get(stripe.slots[i] - 1).key().equals(receipt.key())) {
                    return false;
                }
            }
            int index = receipts.reserve(1);
            receipts.set(index, receipt);
            stripe.slots[i] = index + 1;
            stripe.hashes[i] = hash;
            if (++stripe.count * 4 > stripe.slots.length * 3) {
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
        int[] oldSlots = stripe.slots;
        int[] oldHashes = stripe.hashes;
        int[] slots = new int[oldSlots.length * 2];
        int[] hashes = new int[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = (oldHashes[j] >>> STRIPE_BITS) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
        stripe.slots = slots;
        stripe.hashes = hashes;
    }

    /** String's hash, spread so the stripe (low bits) and the position (high bits) are independent. */
    private static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
