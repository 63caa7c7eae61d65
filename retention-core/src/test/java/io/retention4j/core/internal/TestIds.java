package io.retention4j.core.internal;

import java.math.BigInteger;
import java.util.Comparator;

/** Test helper: reference implementations about ids. */
public final class TestIds {
    private static final String DIGITS = "[0-9]+";

    /**
     * The documented canonical id order of {@link NaturalOrder}, written the slow, obvious way:
     * ASCII-digit ids first, by numeric value (BigInteger, so any length), equal values with fewer
     * leading zeros first; all other ids after them by {@link String#compareTo}.
     */
    public static final Comparator<String> NATURAL_ORDER_REFERENCE = Comparator
            .comparing((String s) -> !s.matches(DIGITS))
            .thenComparing((a, b) -> a.matches(DIGITS) ? new BigInteger(a).compareTo(new BigInteger(b)) : 0)
            .thenComparingInt(s -> s.matches(DIGITS) ? s.length() : 0)
            .thenComparing(Comparator.naturalOrder());

    private TestIds() {
    }
}
