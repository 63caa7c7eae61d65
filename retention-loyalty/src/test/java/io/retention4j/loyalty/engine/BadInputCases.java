package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.retention4j.loyalty.ledger.CommandReceipt;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.StoreFactory;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Reward;
import io.retention4j.loyalty.program.RewardKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad input: an unknown customer, a negative purchase amount, a redemption larger than the
 * balance, an unknown reward, a key reused with other content. Each gets an exception whose message
 * names the key, the customer and the values at fault, and leaves every journal exactly as it was
 * (same entries, same rendering), the reward stock untouched and the key's receipt as it was (none for
 * a new key, so it can be used again). Every store runs these cases (a subclass per store kind).
 */
abstract class BadInputCases {
    private static final List<String> CUSTOMERS = List.of("c1", "c2", "nobody");

    private final MutableClock clock = MutableClock.at("2026-03-10T12:00:00Z");
    private StoreFactory stores;
    private LedgerStore store;
    private LoyaltyEngine engine;

    /** @return a factory for the kind of store under test */
    abstract StoreFactory factory();

    @AfterEach
    void closeStores() {
        stores.close();
    }

    @BeforeEach
    void history() {
        stores = factory();
        store = stores.create();
        LoyaltyProgram program = LoyaltyProgram.builder("bad-input").zone("Europe/Paris").currency("EUR")
                .earn(EarnRule.baseRate("base", "1"))
                .rewards(Reward.of("mug", RewardKind.PRODUCT, 30).withStock(5)).build();
        engine = LoyaltyEngine.create(program, store, clock);
        engine.enrol(Enrolment.of("c1"));
        engine.enrol(Enrolment.of("c2"));
        engine.purchase(Purchase.of("o1", "c1", "50"));   // c1: 50 points
        engine.redeem(Redemption.reward("r1", "c1", "mug", 1)); // c1: 20 points left, 1 mug of 5 taken
        engine.purchase(Purchase.of("o2", "c2", "10"));   // c2: 10 points
    }

    /** Runs a command that must be refused; checks that nothing changed; returns the refusal. */
    private Throwable refused(String key, Consumer<LoyaltyEngine> command) {
        Map<String, List<LedgerEntry>> before = LedgerChecks.journals(store, CUSTOMERS);
        String rendered = before.toString();
        long mugs = store.redeemedUnits("mug");
        Optional<CommandReceipt> receipt = store.receipt(key);
        Throwable thrown = catchThrowable(() -> command.accept(engine));
        assertThat(thrown).as("the refusal").isNotNull();
        Map<String, List<LedgerEntry>> after = LedgerChecks.journals(store, CUSTOMERS);
        assertThat(after).isEqualTo(before);
        assertThat(after.toString()).isEqualTo(rendered);
        assertThat(store.redeemedUnits("mug")).isEqualTo(mugs);
        assertThat(store.receipt(key)).as("receipt of the key").isEqualTo(receipt);
        return thrown;
    }

    static Stream<Arguments> commandsForAnUnknownCustomer() {
        return Stream.of(
                command("purchase", "o9", e -> e.purchase(Purchase.of("o9", "nobody", "10"))),
                command("event", "e9", e -> e.event(CustomerEvent.of("e9", "nobody", "review"))),
                command("redeem", "r9", e -> e.redeem(Redemption.points("r9", "nobody", 5))),
                command("refund", "f9", e -> e.refund(Refund.full("f9", "nobody", "o1"))),
                command("confirm", "k9", e -> e.confirm("k9", "nobody", "o1")),
                command("adjust", "a9", e -> e.adjust(new Adjustment("a9", "nobody", 5, "goodwill"))),
                command("transfer from", "t9", e -> e.transfer(new Transfer("t9", "nobody", "c1", 5))),
                command("transfer to", "t9", e -> e.transfer(new Transfer("t9", "c1", "nobody", 5))),
                command("assignTier", "v9", e -> e.assignTier("v9", "nobody", "member", "founder")));
    }

    private static Arguments command(String name, String key, Consumer<LoyaltyEngine> command) {
        return Arguments.of(Named.of(name, command), key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsForAnUnknownCustomer")
    void command_unknownCustomer_isRefusedNamingKeyAndCustomerAndChangesNothing(Consumer<LoyaltyEngine> command, String key) {
        assertThat(refused(key, command)).isInstanceOf(UnknownCustomerException.class)
                .hasMessageContaining("'" + key + "'").hasMessageContaining("customer 'nobody' is not enrolled");
    }

    @Test
    void balance_unknownCustomer_isRefusedNamingTheCustomer() {
        assertThat(catchThrowable(() -> engine.balance("nobody"))).isInstanceOf(UnknownCustomerException.class)
                .hasMessageContaining("customer 'nobody' is not enrolled");
    }

    @Test
    void purchase_negativeAmount_isRefusedNamingOrderAndAmountAndChangesNothing() {
        assertThat(refused("o9", e -> e.purchase(Purchase.of("o9", "c1", "-5"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("purchase 'o9' amount must not be negative, got -5");
    }

    @Test
    void purchase_negativeLineAmount_isRefusedNamingTheLineAmountAndChangesNothing() {
        assertThat(refused("o9", e -> e.purchase(new Purchase("o9", "c1", BigDecimal.ONE, null, null,
                List.of(new PurchaseLine("p1", "books", new BigDecimal("-1"))))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line.amount").hasMessageContaining("-1");
    }

    @Test
    void purchase_amountEarningMorePointsThanALongHolds_isRefusedNamingOrderAndAmountAndChangesNothing() {
        // 1 point per EUR: 1E+19 EUR would earn 10^19 points, above Long.MAX_VALUE (about 9.22 x 10^18)
        assertThat(refused("o9", e -> e.purchase(Purchase.of("o9", "c1", "10000000000000000000"))))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessageContaining("purchase 'o9'").hasMessageContaining("10000000000000000000")
                .hasMessageContaining("more points than");
    }

    @Test
    void redeem_moreThanTheBalance_isRefusedNamingCustomerAvailableAndRequestedAndChangesNothing() {
        assertThat(refused("r9", e -> e.redeem(Redemption.points("r9", "c1", 21))))
                .isInstanceOf(InsufficientPointsException.class)
                .hasMessage("command 'r9': customer 'c1' has 20 available points, 21 requested");
    }

    @Test
    void redeem_rewardCostingMoreThanTheBalance_isRefusedAndTakesNoStock() {
        // 2 mugs cost 60 points, c2 has 10
        assertThat(refused("r9", e -> e.redeem(Redemption.reward("r9", "c2", "mug", 2))))
                .isInstanceOf(InsufficientPointsException.class)
                .hasMessage("command 'r9': customer 'c2' has 10 available points, 60 requested");
    }

    @Test
    void transferAndAdjust_moreThanTheBalance_areRefusedAndChangeNothing() {
        assertThat(refused("t9", e -> e.transfer(new Transfer("t9", "c2", "c1", 11))))
                .isInstanceOf(InsufficientPointsException.class)
                .hasMessage("command 't9': customer 'c2' has 10 available points, 11 requested");
        assertThat(refused("a9", e -> e.adjust(new Adjustment("a9", "c2", -11, "correction"))))
                .isInstanceOf(InsufficientPointsException.class)
                .hasMessage("command 'a9': customer 'c2' has 10 available points, 11 requested");
    }

    @Test
    void redeem_unknownReward_isRefusedNamingRewardAndCatalogueAndChangesNothing() {
        assertThat(refused("r9", e -> e.redeem(Redemption.reward("r9", "c1", "yacht", 1))))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessage("redemption 'r9': unknown reward 'yacht', the catalogue has [mug]");
    }

    @Test
    void purchase_sameKeyOtherContent_isRefusedNamingKeyAndBothContentsAndChangesNothing() {
        assertThat(refused("o1", e -> e.purchase(Purchase.of("o1", "c1", "51"))))
                .isInstanceOf(IdempotencyConflictException.class)
                .hasMessageStartingWith("idempotency key 'o1' was first used for [purchase|c1|50|null|null], "
                        + "now for [purchase|c1|51|null|null]");
    }

    @Test
    void redeem_withTheKeyOfAPurchase_isRefusedNamingBothCommandsAndChangesNothing() {
        assertThat(refused("o2", e -> e.redeem(Redemption.points("o2", "c2", 5))))
                .isInstanceOf(IdempotencyConflictException.class)
                .hasMessageStartingWith("idempotency key 'o2' was first used for [purchase|c2|10|null|null], "
                        + "now for [redeem|c2|null|1|5]");
    }
}
