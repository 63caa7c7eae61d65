package io.retention4j.loyalty.personalize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Small hand-made logs shared by the tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** Midnight UTC of 2026-01-{day}. */
    static Instant day(int day) {
        return LocalDate.of(2026, 1, 1).plusDays(day - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Items A, B, C, D (codes 0..3); A, B in "coffee", C, D in "tea". */
    static Catalog abcd() {
        return Catalog.builder().item("A", "coffee").item("B", "coffee").item("C", "tea").item("D", "tea").build();
    }

    /**
     * Purchases u1: A, B, C; u2: A, B; u3: A, C; u4: B, D (a builder, for more rows).
     * n(A)=3, n(B)=3, n(C)=2, n(D)=1; n(A,B)=2, n(A,C)=2, n(B,C)=1, n(B,D)=1; N=4 buyers.
     */
    static Interactions.Builder fourBuyerRows() {
        return Interactions.builder(abcd())
                .add("u1", "A", day(1), InteractionKind.PURCHASE)
                .add("u1", "B", day(2), InteractionKind.PURCHASE)
                .add("u1", "C", day(3), InteractionKind.PURCHASE)
                .add("u2", "A", day(1), InteractionKind.PURCHASE)
                .add("u2", "B", day(4), InteractionKind.PURCHASE)
                .add("u3", "A", day(2), InteractionKind.PURCHASE)
                .add("u3", "C", day(5), InteractionKind.PURCHASE)
                .add("u4", "B", day(3), InteractionKind.PURCHASE)
                .add("u4", "D", day(6), InteractionKind.PURCHASE);
    }

    /** {@link #fourBuyerRows()} and u5, who only views D on day 6. */
    static Interactions fourBuyers() {
        return fourBuyerRows().add("u5", "D", day(6), InteractionKind.VIEW).build();
    }
}
