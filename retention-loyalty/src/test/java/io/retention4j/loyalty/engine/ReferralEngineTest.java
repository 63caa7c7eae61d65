package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.retention4j.loyalty.ledger.CommandReceipt;
import io.retention4j.loyalty.ledger.Commit;
import io.retention4j.loyalty.ledger.CommitOutcome;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.JournalAppend;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.Lot;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.ReferralTerms;
import io.retention4j.loyalty.program.ReferralTrigger;
import io.retention4j.loyalty.referral.ReferralSummary;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Referral rewards run by the engine. The program earns 1 point per EUR (rounded down), so a friend's
 * own purchase of 30 earns 30; the referral terms are stated in each test, and every expected number
 * is worked out next to its assertion.
 */
class ReferralEngineTest {
    private final MutableClock clock = MutableClock.at("2026-03-10T12:00:00Z");
    private final List<Action> actions = Collections.synchronizedList(new ArrayList<>());

    private static ReferralTerms terms(ReferralTrigger trigger, boolean afterPending, int cap, String... identity) {
        return new ReferralTerms(50, 20, trigger, afterPending, cap, List.of(identity));
    }

    private LoyaltyEngine engine(ReferralTerms terms) {
        return engine(terms, Period.ZERO, LedgerStore.inMemory());
    }

    private LoyaltyEngine engine(ReferralTerms terms, Period pending, LedgerStore store) {
        LoyaltyProgram program = LoyaltyProgram.builder("referrals").zone("UTC").currency("EUR")
                .earn(EarnRule.baseRate("base", "1")).pendingPeriod(pending).referral(terms).build();
        return LoyaltyEngine.builder(program).store(store).clock(clock).listener(actions::add).build();
    }

    private static Enrolment friendOf(String friendId, String code) {
        return Enrolment.of(friendId).referredWith(code);
    }

    /** Enrols r1 and f1, who signed up with r1's code. */
    private static LoyaltyEngine referrerAndFriend(LoyaltyEngine engine) {
        engine.enrol(Enrolment.of("r1"));
        engine.enrol(friendOf("f1", "r1"));
        return engine;
    }

    /** r1 and f1 under first-purchase rewards that are pending for the program's pending period of 14 days. */
    private LoyaltyEngine pendingReferral() {
        return referrerAndFriend(engine(terms(ReferralTrigger.FIRST_PURCHASE, true, 0), Period.ofDays(14),
                LedgerStore.inMemory()));
    }

    private List<Action> referralActions() {
        synchronized (actions) {
            return actions.stream().filter(a -> a.type() == ActionType.REFERRAL_REWARD).toList();
        }
    }

    private static List<LedgerEntry> marks(LoyaltyEngine engine, String customerId) {
        return engine.entries(customerId).stream().filter(e -> e.type() == EntryType.MARK).toList();
    }

    private static List<Lot> referralLots(LoyaltyEngine engine, String customerId) {
        return engine.lots(customerId).stream().filter(l -> l.rule() != null && l.rule().startsWith("referral:")).toList();
    }

    @Test
    void firstPurchase_rewardsBothSidesExactlyOnce() {
        LoyaltyEngine engine = referrerAndFriend(engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0)));
        assertThat(engine.balance("r1").available()).isZero(); // sign-up is no occasion for FIRST_PURCHASE

        CommandResult first = engine.purchase(Purchase.of("o1", "f1", "30"));
        // f1: 30 own points + 20 referral; r1: 50 referral
        assertThat(engine.balance("f1").available()).isEqualTo(50);
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(first.actions()).filteredOn(a -> a.type() == ActionType.REFERRAL_REWARD)
                .extracting(Action::customerId, Action::points)
                .containsExactly(tuple("r1", 50L), tuple("f1", 20L));

        CommandResult retry = engine.purchase(Purchase.of("o1", "f1", "30"));
        assertThat(retry.replayed()).isTrue();
        engine.purchase(Purchase.of("o2", "f1", "10")); // a second purchase is not a first purchase: 10 own points only
        assertThat(engine.balance("f1").available()).isEqualTo(60); // 50 + 10
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(referralLots(engine, "r1")).hasSize(1);
        assertThat(referralLots(engine, "f1")).hasSize(1);
        assertThat(referralActions()).hasSize(2);

        ReferralSummary summary = engine.referrals("r1");
        assertThat(summary.rewardedFriends()).containsExactly("f1");
        assertThat(summary.rewards()).isEqualTo(1);
        assertThat(summary.pointsEarned()).isEqualTo(50);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary).hasToString("referrals of r1: 1 rewarded [f1], 1 reward, 50 points earned, 0 skipped");
    }

    @Test
    void everyPurchase_paysPerPurchaseAndCountsTheFriendOnceForTheCap() {
        LoyaltyEngine engine = referrerAndFriend(engine(terms(ReferralTrigger.EVERY_PURCHASE, false, 1)));
        engine.enrol(friendOf("f2", "r1"));
        engine.purchase(Purchase.of("o1", "f1", "10")); // f1 is r1's first rewarded referral: r1 50, f1 10 + 20
        engine.purchase(Purchase.of("o2", "f2", "10")); // a second friend passes the cap of 1: skipped, f2 10
        engine.purchase(Purchase.of("o3", "f1", "10")); // f1 counted already: pays again, r1 100, f1 30 + 10 + 20
        engine.purchase(Purchase.of("o3", "f1", "10")); // retry: nothing

        assertThat(engine.balance("r1").available()).isEqualTo(100);
        assertThat(engine.balance("f1").available()).isEqualTo(60);
        assertThat(engine.balance("f2").available()).isEqualTo(10);
        ReferralSummary summary = engine.referrals("r1");
        assertThat(summary.rewarded()).isEqualTo(1);
        assertThat(summary.rewards()).isEqualTo(2);
        assertThat(summary.pointsEarned()).isEqualTo(100);
        assertThat(summary.capReached()).isTrue();
        assertThat(summary.skipped()).singleElement().satisfies(s -> {
            assertThat(s.friendId()).isEqualTo("f2");
            assertThat(s.occasion()).isEqualTo("o2");
            assertThat(s.reason()).isEqualTo("cap reached: referrer r1 has 1 rewarded referral, the most the program allows");
        });
    }

    @Test
    void signUp_paysAtEnrolmentAndNotAgainAtPurchases() {
        LoyaltyEngine engine = engine(terms(ReferralTrigger.SIGN_UP, false, 0));
        engine.enrol(Enrolment.of("r1"));
        CommandResult enrolled = engine.enrol(friendOf("f1", "r1"));
        assertThat(enrolled.actions()).extracting(Action::type, Action::customerId, Action::points)
                .containsExactly(tuple(ActionType.REFERRAL_REWARD, "r1", 50L),
                        tuple(ActionType.REFERRAL_REWARD, "f1", 20L));
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(engine.balance("f1").available()).isEqualTo(20);
        engine.purchase(Purchase.of("o1", "f1", "10"));
        assertThat(engine.balance("f1").available()).isEqualTo(30); // 20 + 10 own points
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(engine.referrals("r1").skipped()).isEmpty();
        assertThat(engine.referrals("r1").rewardedFriends()).containsExactly("f1");
    }

    @Test
    void triggerChangedFromSignUpToFirstPurchase_doesNotRewardTheFriendTwice() {
        LedgerStore store = LedgerStore.inMemory();
        LoyaltyEngine before = engine(terms(ReferralTrigger.SIGN_UP, false, 0), Period.ZERO, store);
        before.enrol(Enrolment.of("r1"));
        before.enrol(friendOf("f1", "r1")); // r1 50, f1 20
        LoyaltyEngine after = engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0), Period.ZERO, store);
        after.purchase(Purchase.of("o1", "f1", "10")); // the first purchase, but f1's referral was decided at sign-up
        assertThat(after.balance("r1").available()).isEqualTo(50);
        assertThat(after.balance("f1").available()).isEqualTo(30); // 20 + 10 own points
        assertThat(after.referrals("r1").rewards()).isEqualTo(1);
    }

    @Test
    void friendOnlyRewards_creditTheFriendAndStillCountForTheCap() {
        LoyaltyEngine engine = referrerAndFriend(engine(new ReferralTerms(0, 20, ReferralTrigger.FIRST_PURCHASE, false, 1,
                null)));
        engine.enrol(friendOf("f2", "r1"));
        CommandResult first = engine.purchase(Purchase.of("o1", "f1", "10"));
        engine.purchase(Purchase.of("o2", "f2", "10"));
        assertThat(first.actions()).extracting(Action::customerId, Action::points).containsExactly(tuple("f1", 20L));
        assertThat(engine.balance("r1").available()).isZero();
        assertThat(engine.balance("f1").available()).isEqualTo(30); // 10 own + 20
        assertThat(engine.balance("f2").available()).isEqualTo(10); // the cap of 1 was reached by f1
        ReferralSummary summary = engine.referrals("r1");
        assertThat(summary.rewardedFriends()).containsExactly("f1");
        assertThat(summary.pointsEarned()).isZero();
        assertThat(summary.skipped()).extracting(s -> s.friendId()).containsExactly("f2");
    }

    @Test
    void afterPending_creditsPendingLotsReleasedWhenThePendingPeriodEnds() {
        LoyaltyEngine engine = pendingReferral();
        engine.purchase(Purchase.of("o1", "f1", "30"));
        // everything pending until 2026-03-10T12:00Z + 14 days = 2026-03-24T12:00Z
        assertThat(engine.balance("r1").pending()).isEqualTo(50);
        assertThat(engine.balance("r1").available()).isZero();
        assertThat(engine.balance("f1").pending()).isEqualTo(50); // 30 own + 20 referral
        assertThat(referralLots(engine, "r1")).singleElement()
                .satisfies(l -> assertThat(l.availableAt()).isEqualTo(Instant.parse("2026-03-24T12:00:00Z")));
        assertThat(engine.referrals("r1").pointsPending()).isEqualTo(50);
        // confirming the order releases the order's own points only
        engine.confirm("c1", "f1", "o1");
        assertThat(engine.balance("f1").available()).isEqualTo(30);
        assertThat(engine.balance("f1").pending()).isEqualTo(20);

        clock.set("2026-03-24T11:59:59Z");
        engine.advance();
        assertThat(engine.balance("r1").pending()).isEqualTo(50);
        clock.set("2026-03-24T12:00:00Z");
        engine.advance();
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(engine.balance("r1").pending()).isZero();
        assertThat(engine.balance("f1").available()).isEqualTo(50);
        assertThat(engine.referrals("r1").pointsPending()).isZero();
    }

    @Test
    void afterPending_withoutAProgramPendingPeriod_creditsAtOnce() {
        LoyaltyEngine engine = referrerAndFriend(engine(terms(ReferralTrigger.FIRST_PURCHASE, true, 0)));
        engine.purchase(Purchase.of("o1", "f1", "30"));
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(engine.balance("r1").pending()).isZero();
    }

    @Test
    void refund_inFullWhilePending_cancelsBothSidesAndTheFirstPurchaseStaysUsed() {
        LoyaltyEngine engine = pendingReferral();
        engine.purchase(Purchase.of("o1", "f1", "30"));
        clock.set("2026-03-12T12:00:00Z");
        CommandResult refund = engine.refund(Refund.full("x1", "f1", "o1"));
        // the engine reverses the order's own 30 pending points; the referral part cancels the 20 and the 50
        assertThat(refund.actions()).filteredOn(a -> a.type() == ActionType.REFERRAL_REWARD)
                .extracting(Action::customerId, Action::points)
                .containsExactlyInAnyOrder(tuple("f1", -20L),
                        tuple("r1", -50L));
        assertThat(engine.balance("f1").pending()).isZero();
        assertThat(engine.balance("r1").pending()).isZero();
        assertThat(engine.entries("r1")).filteredOn(e -> e.type() == EntryType.REVERSE)
                .extracting(LedgerEntry::points, LedgerEntry::key)
                .containsExactly(tuple(-50L, "referral:x1"));

        engine.purchase(Purchase.of("o2", "f1", "10")); // not a first purchase: no new reward
        clock.set("2026-04-01T00:00:00Z");
        engine.advance();
        assertThat(engine.balance("r1").available()).isZero();
        assertThat(engine.balance("f1").available()).isEqualTo(10);
        ReferralSummary summary = engine.referrals("r1");
        assertThat(summary.rewarded()).isEqualTo(1); // still counts toward the cap
        assertThat(summary.pointsEarned()).isZero(); // 50 credited - 50 cancelled
        assertThat(summary.pointsCancelled()).isEqualTo(50);
        assertThat(marks(engine, "r1")).extracting(LedgerEntry::rule).contains("referral:cancelled-friend:f1");
    }

    @Test
    void refund_partialOrAfterRelease_keepsTheRewards() {
        LoyaltyEngine engine = pendingReferral();
        engine.purchase(Purchase.of("o1", "f1", "100"));
        engine.refund(Refund.partial("x1", "f1", "o1", "50")); // floor(100 * 50/100) = 50 own points reversed
        assertThat(engine.balance("r1").pending()).isEqualTo(50);
        assertThat(engine.balance("f1").pending()).isEqualTo(70); // 50 own + 20 referral

        clock.set("2026-03-24T12:00:00Z"); // released
        CommandResult rest = engine.refund(Refund.full("x2", "f1", "o1")); // the other 50: now a full refund
        assertThat(rest.actions()).filteredOn(a -> a.type() == ActionType.REFERRAL_REWARD).singleElement()
                .satisfies(a -> assertThat(a.detail()).startsWith("kept: order o1 was refunded in full after"));
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(engine.balance("f1").available()).isEqualTo(20); // own 100 all reversed, referral 20 kept
        assertThat(engine.referrals("r1").pointsCancelled()).isZero();
    }

    @Test
    void selfReferral_isSkippedWithItsReason() {
        LoyaltyEngine engine = engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0));
        engine.enrol(friendOf("f1", "f1"));
        engine.purchase(Purchase.of("o1", "f1", "10"));
        assertThat(engine.balance("f1").available()).isEqualTo(10);
        assertThat(referralActions()).singleElement().satisfies(a -> {
            assertThat(a.customerId()).isEqualTo("f1");
            assertThat(a.points()).isZero();
            assertThat(a.detail()).startsWith("skipped: self-referral: the referral code names the customer themselves");
        });
        assertThat(marks(engine, "f1")).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("referral:skipped-by:f1");
            assertThat(m.note()).isEqualTo("skipped: self-referral: the referral code names the customer themselves");
        });
        engine.purchase(Purchase.of("o2", "f1", "10")); // decided once
        assertThat(referralActions()).hasSize(1);
    }

    @Test
    void unknownReferrer_isSkippedAndNothingIsWrittenForTheCode() {
        LoyaltyEngine engine = engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0));
        engine.enrol(friendOf("f1", "ghost"));
        engine.purchase(Purchase.of("o1", "f1", "10"));
        assertThat(engine.balance("f1").available()).isEqualTo(10);
        assertThat(referralActions()).singleElement()
                .satisfies(a -> assertThat(a.detail()).startsWith("skipped: unknown referrer: no enrolled customer 'ghost'"));
        assertThat(marks(engine, "f1")).extracting(LedgerEntry::rule).containsExactly("referral:skipped-by:ghost");
        assertThatThrownBy(() -> engine.entries("ghost")).isInstanceOf(UnknownCustomerException.class);
    }

    @Test
    void sharedIdentity_normalisedEmail_isSkippedAsTheSamePerson() {
        LoyaltyEngine engine = engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0, "email", "device"));
        engine.enrol(Enrolment.of("r1").attribute("email", " Ann+promo@Example.COM ").attribute("device", "d-1"));
        engine.enrol(friendOf("f1", "r1").attribute("email", "ann@example.com").attribute("device", "d-2"));
        engine.purchase(Purchase.of("o1", "f1", "10"));
        assertThat(engine.balance("r1").available()).isZero();
        assertThat(engine.balance("f1").available()).isEqualTo(10);
        String reason = "same person: referrer r1 and friend f1 share the email";
        assertThat(referralActions()).singleElement().satisfies(a -> assertThat(a.detail()).startsWith("skipped: " + reason));
        assertThat(engine.referrals("r1").skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(reason));
        assertThat(marks(engine, "f1")).singleElement().satisfies(m -> assertThat(m.note()).isEqualTo("skipped: " + reason));
    }

    @Test
    void sameCustomerReferredTwice_secondAccountWithTheSameDevice_isSkipped() {
        LoyaltyEngine engine = engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0, "email", "device"));
        engine.enrol(Enrolment.of("r1").attribute("device", "r-phone"));
        engine.enrol(friendOf("f1", "r1").attribute("device", "PHONE-7").attribute("email", "bob@example.com"));
        engine.enrol(friendOf("f2", "r1").attribute("device", " phone-7").attribute("email", "robert@example.com"));
        engine.purchase(Purchase.of("o1", "f1", "10"));
        engine.purchase(Purchase.of("o2", "f2", "10"));
        assertThat(engine.balance("r1").available()).isEqualTo(50); // f1 only
        assertThat(engine.balance("f2").available()).isEqualTo(10);
        assertThat(engine.referrals("r1").skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("referred twice: friend f2 has the device of friend f1, already rewarded for referrer r1"));
        // the referrer's journal keeps hashes of f1's identity values, never the values
        assertThat(marks(engine, "r1")).extracting(LedgerEntry::rule)
                .filteredOn(r -> r.startsWith("referral:identity:")).hasSize(2)
                .noneMatch(r -> r.contains("phone") || r.contains("bob"));
    }

    @Test
    void cap_skipsFriendsBeyondMaxPerReferrer() {
        LoyaltyEngine engine = engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 2));
        engine.enrol(Enrolment.of("r1"));
        for (String f : List.of("f1", "f2", "f3")) {
            engine.enrol(friendOf(f, "r1"));
            engine.purchase(Purchase.of("o-" + f, f, "10"));
        }
        assertThat(engine.balance("r1").available()).isEqualTo(100); // 2 x 50
        assertThat(engine.balance("f3").available()).isEqualTo(10); // own points only
        ReferralSummary summary = engine.referrals("r1");
        assertThat(summary.rewardedFriends()).containsExactly("f1", "f2");
        assertThat(summary.capReached()).isTrue();
        assertThat(summary.toString()).startsWith("referrals of r1: 2 rewarded of at most 2 [f1, f2], 2 rewards, "
                + "100 points earned, 1 skipped\n"
                + "  skipped f3 at 2026-03-10T12:00:00Z (o-f3): cap reached: referrer r1 has 2 rewarded referrals");
    }

    @Test
    void explain_showsTheReferralRuleAndTheDecision() {
        LoyaltyEngine engine = referrerAndFriend(engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0)));
        engine.purchase(Purchase.of("o1", "f1", "30"));
        Explanation explanation = engine.explain("r1");
        String rule = "referral: 50 points to the referrer and 20 to the friend at the friend's first purchase, "
                + "spendable at once, no cap per referrer";
        int lot = -1;
        for (int i = 0; i < explanation.entries().size(); i++) {
            if ("referral:referrer".equals(explanation.entries().get(i).rule())) {
                lot = i;
            }
        }
        assertThat(lot).isPositive();
        assertThat(explanation.rules().get(lot)).isEqualTo(rule);
        assertThat(explanation.entries().get(lot).source()).isEqualTo("f1");
        assertThat(explanation.toString()).contains("MARK [referral:rewarded-friend:f1]")
                .contains("rewarded: first purchase o1 of friend f1").contains("rule " + rule);
        assertThat(engine.explain("f1").toString()).contains("EARN +20 [referral:friend] for r1");
    }

    @Test
    void failedCommit_writesNeitherReferrerNorFriend_andTheRetryWritesBothInOneCommit() {
        AtomicBoolean failNext = new AtomicBoolean();
        List<Commit> commits = new CopyOnWriteArrayList<>();
        LedgerStore inner = LedgerStore.inMemory();
        LedgerStore store = new LedgerStore() {
            @Override
            public List<LedgerEntry> journal(String customerId) {
                return inner.journal(customerId);
            }

            @Override
            public Optional<CommandReceipt> receipt(String key) {
                return inner.receipt(key);
            }

            @Override
            public long redeemedUnits(String rewardId) {
                return inner.redeemedUnits(rewardId);
            }

            @Override
            public CommitOutcome commit(Commit commit) {
                if (failNext.getAndSet(false)) {
                    throw new IllegalStateException("disk full");
                }
                CommitOutcome outcome = inner.commit(commit);
                if (outcome == CommitOutcome.COMMITTED) {
                    commits.add(commit);
                }
                return outcome;
            }

            @Override
            public void forEachCustomer(Consumer<String> visitor) {
                inner.forEachCustomer(visitor);
            }

            @Override
            public void close() {
                inner.close();
            }
        };
        LoyaltyEngine engine = referrerAndFriend(engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 0), Period.ZERO, store));
        failNext.set(true);
        assertThatThrownBy(() -> engine.purchase(Purchase.of("o1", "f1", "30"))).hasMessage("disk full");
        assertThat(store.journal("r1")).extracting(LedgerEntry::type).containsExactly(EntryType.ENROL);
        assertThat(store.journal("f1")).extracting(LedgerEntry::type).containsExactly(EntryType.ENROL);

        commits.clear();
        engine.purchase(Purchase.of("o1", "f1", "30"));
        assertThat(commits).singleElement().satisfies(c -> assertThat(c.appends())
                .extracting(JournalAppend::customerId).containsExactlyInAnyOrder("f1", "r1"));
        assertThat(engine.balance("r1").available()).isEqualTo(50);
        assertThat(engine.balance("f1").available()).isEqualTo(50);
        assertThat(referralLots(engine, "r1")).hasSize(1);
    }

    @Test
    void concurrentFriendsOfOneReferrer_areAllDecidedAndTheCapHolds() throws Exception {
        LoyaltyEngine engine = engine(terms(ReferralTrigger.FIRST_PURCHASE, false, 5));
        engine.enrol(Enrolment.of("r1"));
        List<String> friends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            friends.add("f" + i);
            engine.enrol(friendOf("f" + i, "r1"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CommandResult>> results = new ArrayList<>();
            for (int round = 0; round < 2; round++) { // every purchase twice: duplicates are replays
                for (String f : friends) {
                    results.add(pool.submit(() -> engine.purchase(Purchase.of("o-" + f, f, "10"))));
                }
            }
            for (Future<CommandResult> r : results) {
                r.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        ReferralSummary summary = engine.referrals("r1");
        assertThat(summary.rewarded()).isEqualTo(5);
        assertThat(summary.skipped()).hasSize(15).allSatisfy(s -> assertThat(s.reason()).startsWith("cap reached"));
        assertThat(engine.balance("r1").available()).isEqualTo(250); // 5 x 50
        long friendBonus = 0;
        for (String f : friends) {
            assertThat(marks(engine, f)).hasSize(1); // each friend decided exactly once
            friendBonus += engine.balance(f).available() - 10;
        }
        assertThat(friendBonus).isEqualTo(100); // 5 x 20
        assertThat(referralActions()).hasSize(5 * 2 + 15);
    }
}
