package io.retention4j.core.model;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionTest {
    private static final Instant AT = Instant.parse("2026-02-03T04:05:06Z");
    private static final BigDecimal TEN = new BigDecimal("10.00");

    private static Transaction full(String orderId, String category, String channel, Integer quantity) {
        return new Transaction("c1", AT, TEN, orderId, category, channel, quantity);
    }

    @Test
    void constructor_nullCustomerId_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Transaction.of(null, AT, 1.0), "Transaction.customerId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u2003"})
    void constructor_blankCustomerId_rejectedNamingFieldAndValue(String id) {
        assertRejects(IllegalArgumentException.class, () -> Transaction.of(id, AT, 1.0),
                "Transaction.customerId", "'" + id + "'");
    }

    @Test
    void constructor_nullAtOrAmount_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Transaction.of("c1", null, 1.0), "Transaction.at");
        assertRejects(NullPointerException.class, () -> new Transaction("c1", AT, null, null, null, null, null),
                "Transaction.amount");
    }

    @Test
    void constructor_blankOptionalStrings_rejectedNamingFieldAndValue() {
        assertRejects(IllegalArgumentException.class, () -> full(" ", null, null, null), "Transaction.orderId", "' '");
        assertRejects(IllegalArgumentException.class, () -> full(null, "", null, null), "Transaction.category", "''");
        assertRejects(IllegalArgumentException.class, () -> full(null, null, "\t", null), "Transaction.channel", "'\t'");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -7, Integer.MIN_VALUE})
    void constructor_negativeQuantity_rejectedNamingFieldAndValue(int quantity) {
        assertRejects(IllegalArgumentException.class, () -> full(null, null, null, quantity),
                "Transaction.quantity", "got " + quantity);
    }

    @Test
    void constructor_zeroQuantityAndAbsentOptionals_accepted() {
        Transaction t = full(null, null, null, 0);
        assertThat(t.quantity()).isZero();
        assertThat(t.orderId()).isNull();
        assertThat(full("o-1", "music", "web", null).quantity()).isNull();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void ofDouble_nonFiniteAmount_rejectedNamingFieldAndValue(double amount) {
        assertRejects(IllegalArgumentException.class, () -> Transaction.of("c1", AT, amount),
                "Transaction.amount", "finite", String.valueOf(amount));
    }

    @Test
    void ofDouble_decimalAmount_keepsTheDecimalValueWritten() {
        // 19.99 is not representable in binary; the BigDecimal must be the decimal the caller wrote
        assertThat(Transaction.of("c1", AT, 19.99).amount()).isEqualByComparingTo(new BigDecimal("19.99"));
        assertThat(Transaction.of("c1", AT, -0.1).amount()).isEqualByComparingTo(new BigDecimal("-0.1"));
    }

    @Test
    void ofWithOrderId_blankOrNullOrderId_rejected() {
        assertRejects(IllegalArgumentException.class, () -> Transaction.of("c1", AT, TEN, " "), "Transaction.orderId");
        assertRejects(NullPointerException.class, () -> Transaction.of("c1", AT, TEN, null), "Transaction.orderId");
        assertThat(Transaction.of("c1", AT, TEN, "o-9").orderId()).isEqualTo("o-9");
    }

    @Test
    void isRefund_onlyForNegativeAmounts() {
        assertThat(Transaction.of("c1", AT, -0.01).isRefund()).isTrue();
        assertThat(Transaction.of("c1", AT, 0.0).isRefund()).isFalse();
        assertThat(Transaction.of("c1", AT, -0.0).isRefund()).as("negative zero is not a refund").isFalse();
        assertThat(Transaction.of("c1", AT, 0.01).isRefund()).isFalse();
    }

    @Test
    void withers_replaceOneFieldAndValidateIt() {
        Transaction t = Transaction.of("c1", AT, 5.0)
                .withOrderId("o-1").withCategory("books").withChannel("app").withQuantity(3);
        assertThat(t).isEqualTo(new Transaction("c1", AT, BigDecimal.valueOf(5.0), "o-1", "books", "app", 3));
        assertThat(t.withOrderId(null).orderId()).isNull();
        assertRejects(IllegalArgumentException.class, () -> t.withQuantity(-2), "Transaction.quantity", "-2");
        assertRejects(IllegalArgumentException.class, () -> t.withChannel(""), "Transaction.channel");
        assertRejects(IllegalArgumentException.class, () -> t.withCategory(" "), "Transaction.category");
    }
}
