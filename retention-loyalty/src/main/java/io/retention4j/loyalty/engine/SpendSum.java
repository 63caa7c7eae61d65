package io.retention4j.loyalty.engine;

import java.math.BigDecimal;

/**
 * A sum of amounts, exactly as {@link BigDecimal#add} chains from zero would give it (value and
 * scale), kept as an unscaled {@code long} at the largest scale seen until it no longer fits; then
 * as a {@code BigDecimal}. Why: a tier check adds a customer's purchases in the window on every
 * purchase, and long additions neither allocate nor chase pointers.
 */
final class SpendSum {
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private long unscaled;
    private int scale;
    private BigDecimal big; // non-null once the compact form overflowed or met a non-compact amount

    /** Adds {@code unscaledAmount} x 10^-{@code amountScale} (scale 0 to 18). */
    void add(long unscaledAmount, int amountScale) {
        if (big == null) {
            try {
                if (amountScale > scale) {
                    unscaled = Math.multiplyExact(unscaled, POWERS_OF_TEN[amountScale - scale]);
                    scale = amountScale;
                }
                long term = amountScale < scale
                        ? Math.multiplyExact(unscaledAmount, POWERS_OF_TEN[scale - amountScale]) : unscaledAmount;
                unscaled = Math.addExact(unscaled, term);
                return;
            } catch (ArithmeticException overflow) {
                big = value();
            }
        }
        big = big.add(BigDecimal.valueOf(unscaledAmount, amountScale));
    }

    void add(BigDecimal amount) {
        big = value().add(amount);
    }

    BigDecimal value() {
        return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }
}
