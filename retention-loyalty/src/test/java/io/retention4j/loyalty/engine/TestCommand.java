package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.Dimension;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.RefundShortfall;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Reward;
import io.retention4j.loyalty.program.RewardKind;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One generated engine command (a kind, its key and its content), as the concurrency stress test and
 * the multi-process tests send them: enrol (N), purchase (P), refund (R), redeem points (D), redeem a
 * tee (T, stocked) or a mug (M), transfer (X), adjust (A), event (E).
 *
 * @param kind     the kind letter
 * @param key      the idempotency key
 * @param customer the customer
 * @param other    the receiving customer of a transfer, else null
 * @param value    cents of a purchase or refund (-1: full refund), points of a redemption, transfer or adjustment
 * @param ref      the category of a purchase, the order of a refund, the event name; else null
 */
public record TestCommand(char kind, String key, String customer, String other, long value, String ref) {
    /**
     * The program the commands run under: base rate, a books multiplier, capped reviews, a silver tier
     * on lifetime spend, a stocked tee and a mug, claw-back refunds (so no balance goes below zero).
     *
     * @param teeStock units of the tee
     * @return the program
     */
    public static LoyaltyProgram program(long teeStock) {
        return LoyaltyProgram.builder("stress").zone("Europe/Paris").currency("EUR")
                .earn(EarnRule.baseRate("base", "1"), EarnRule.multiplier("books", Dimension.CATEGORY, "books", "2"),
                        EarnRule.event("review", "review", 50).cappedAt(100, CapPeriod.MONTH))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("silver", TierBenefits.earnMultiplier("1.5"), Requirement.spend("500"))),
                        TierWindow.lifetime(), DowngradePolicy.NEVER, null))
                .rewards(Reward.of("tee", RewardKind.PRODUCT, 50).withStock(teeStock), Reward.of("mug", RewardKind.PRODUCT, 30))
                .refundShortfall(RefundShortfall.CLAW_BACK_FROM_OTHER_LOTS)
                .build();
    }

    /**
     * Sends the command.
     *
     * @param engine the engine
     * @return its result
     */
    public CommandResult apply(LoyaltyEngine engine) {
        return switch (kind) {
            case 'N' -> engine.enrol(Enrolment.of(customer));
            case 'P' -> engine.purchase(ref == null ? Purchase.of(key, customer, BigDecimal.valueOf(value, 2).toPlainString())
                    : Purchase.inCategory(key, customer, BigDecimal.valueOf(value, 2).toPlainString(), ref));
            case 'R' -> engine.refund(value < 0 ? Refund.full(key, customer, ref)
                    : new Refund(key, customer, ref, BigDecimal.valueOf(value, 2)));
            case 'D' -> engine.redeem(Redemption.points(key, customer, value));
            case 'T', 'M' -> engine.redeem(Redemption.reward(key, customer, kind == 'T' ? "tee" : "mug", 1));
            case 'X' -> engine.transfer(new Transfer(key, customer, other, value));
            case 'A' -> engine.adjust(new Adjustment(key, customer, value, "stress"));
            case 'E' -> engine.event(CustomerEvent.of(key, customer, ref));
            default -> throw new IllegalStateException("kind " + kind);
        };
    }

    /**
     * The enrolment of a customer, key {@code enrol:<id>}.
     *
     * @param id the customer
     * @return the command
     */
    public static TestCommand enrol(String id) {
        return new TestCommand('N', "enrol:" + id, id, null, 0, null);
    }

    /**
     * Random commands; one in ten repeats one of the 2,000 before it, one in a hundred takes the key of
     * one of them for a one-point adjustment of a random customer. A fifth of the commands go to the
     * first {@code count / perHotCustomer} customers ("hot" ones, where commands race).
     *
     * @param count          commands
     * @param seed           the seed: the same arguments give the same commands
     * @param ids            the customers
     * @param perHotCustomer one hot customer per this many commands
     * @return the commands, keys {@code k<index>}
     */
    public static TestCommand[] generate(int count, long seed, String[] ids, int perHotCustomer) {
        Random random = new Random(seed);
        int customers = ids.length;
        int hot = Math.max(1, count / perHotCustomer);
        TestCommand[] commands = new TestCommand[count];
        List<TestCommand> purchases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(10) == 0) {
                commands[i] = commands[Math.max(0, i - 1 - random.nextInt(2000))];
                continue;
            }
            if (i > 0 && random.nextInt(100) == 0) {
                String key = commands[Math.max(0, i - 1 - random.nextInt(2000))].key();
                commands[i] = new TestCommand('A', key, ids[random.nextInt(customers)], null, 1, null);
                continue;
            }
            String key = "k" + i;
            String c = ids[random.nextInt(5) == 0 ? random.nextInt(hot) : random.nextInt(customers)];
            int roll = random.nextInt(100);
            TestCommand cmd;
            if (roll < 35) {
                cmd = new TestCommand('P', key, c, null, random.nextInt(20_000), random.nextInt(4) == 0 ? "books" : null);
                purchases.add(cmd);
            } else if (roll < 43 && !purchases.isEmpty()) {
                TestCommand order = purchases.get(purchases.size() - 1 - random.nextInt(Math.min(purchases.size(), 5000)));
                long cents = random.nextInt(3) == 0 ? -1 : 1 + random.nextInt((int) Math.max(1, order.value()));
                cmd = new TestCommand('R', key, order.customer(), null, cents, order.key());
            } else if (roll < 53) {
                cmd = new TestCommand('D', key, c, null, 1 + random.nextInt(150), null);
            } else if (roll < 61) {
                cmd = new TestCommand('T', key, c, null, 0, null);
            } else if (roll < 65) {
                cmd = new TestCommand('M', key, c, null, 0, null);
            } else if (roll < 80) {
                String to = ids[random.nextInt(5) == 0 ? random.nextInt(hot) : random.nextInt(customers)];
                cmd = to.equals(c) ? new TestCommand('D', key, c, null, 1, null)
                        : new TestCommand('X', key, c, to, 1 + random.nextInt(100), null);
            } else if (roll < 85) {
                cmd = new TestCommand('A', key, c, null, random.nextBoolean() ? 1 + random.nextInt(50) : -1 - random.nextInt(50), null);
            } else {
                cmd = new TestCommand('E', key, c, null, 0, random.nextBoolean() ? "review" : "login");
            }
            commands[i] = cmd;
        }
        return commands;
    }

}
