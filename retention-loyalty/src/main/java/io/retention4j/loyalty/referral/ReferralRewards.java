package io.retention4j.loyalty.referral;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.Effects;
import io.retention4j.loyalty.internal.Extension;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.ReferralTerms;
import io.retention4j.loyalty.program.ReferralTrigger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The referral part of a program, which the engine runs inside the friend's commands (enrol, purchase,
 * refund) with the referrer locked too, so the entries of both customers commit atomically with the
 * command; see the package documentation for the policies. Stateless and thread-safe; the engine
 * creates one when the program has {@link LoyaltyProgram#referral() referral terms}, callers do not
 * need it.
 *
 * <p>What it writes, all under the entry key {@code referral:<command key>} (so neither
 * {@code confirm} nor the refund reversal of the order, which go by the order id, touch it):
 * <ul>
 *   <li>on the referrer: a MARK {@code referral:rewarded-friend:<friend>} or
 *       {@code referral:skipped-friend:<friend>} per occasion (the skip's note is {@code skipped: <reason>}),
 *       the lot {@code referral:referrer} (source: the friend), a MARK
 *       {@code referral:identity:<attribute>:<hash>} per identity attribute of a newly rewarded friend
 *       (a SHA-256 prefix of the normalised value, never the value) and {@code referral:cancelled-friend:<friend>}
 *       when a refund cancels pending rewards;</li>
 *   <li>on the friend: {@code referral:rewarded-by:<referrer>} or {@code referral:skipped-by:<code>}, the lot
 *       {@code referral:friend} (source: the referrer) and {@code referral:cancelled-by:<referrer>}.</li>
 * </ul>
 * Each rewarded side with points gets a {@code REFERRAL_REWARD} action with the points; a skipped
 * occasion gets one, for the friend, whose detail starts with {@code skipped: <reason>}.
 */
public final class ReferralRewards implements Extension {
    /** The enrolment attribute that holds the referral code. */
    public static final String CODE_ATTRIBUTE = "referralCode";
    /** The rule of the referrer's reward lots. */
    public static final String REFERRER_RULE = "referral:referrer";
    /** The rule of the friend's reward lots. */
    public static final String FRIEND_RULE = "referral:friend";

    static final String REWARDED_FRIEND = "referral:rewarded-friend:";
    static final String SKIPPED_FRIEND = "referral:skipped-friend:";
    static final String CANCELLED_FRIEND = "referral:cancelled-friend:";
    static final String REWARDED_BY = "referral:rewarded-by:";
    static final String SKIPPED_BY = "referral:skipped-by:";
    static final String CANCELLED_BY = "referral:cancelled-by:";
    static final String IDENTITY = "referral:identity:";
    static final String KEY_PREFIX = "referral:";
    static final String SKIPPED = "skipped: ";
    private static final String ACTION = "REFERRAL_REWARD";

    private final ReferralTerms terms;
    private final boolean pending;
    private final String pendingNote;

    /**
     * The referral part of a program.
     *
     * @param program a program with referral terms
     * @throws IllegalArgumentException when the program has none
     */
    public ReferralRewards(LoyaltyProgram program) {
        if (program == null || program.referral() == null) {
            throw new IllegalArgumentException("referral rewards need a program with referral terms, got "
                    + (program == null ? "no program" : "program '" + program.name() + "' without them"));
        }
        this.terms = program.referral();
        this.pending = terms.afterPending() && !program.pendingPeriod().isZero();
        this.pendingNote = pending ? " (pending for " + program.pendingPeriod() + ")" : "";
    }

    /**
     * The referrer a referral code names: the code is the referrer's customer id, compared exactly.
     *
     * @param code a referral code
     * @return the referrer's customer id
     */
    public static String referrerOf(String code) {
        return code;
    }

    /**
     * The referrer of a referred customer, so a command on the friend also locks the referrer.
     *
     * @param customerId the customer the command is about
     * @param attributes the customer's enrolment attributes
     * @return the referrer the code names, or empty for no code and for a code naming the customer
     */
    @Override
    public Set<String> alsoTouches(String customerId, Map<String, String> attributes) {
        String code = attributes.get(CODE_ATTRIBUTE);
        if (code == null || referrerOf(code).equals(customerId)) {
            return Set.of();
        }
        return Set.of(referrerOf(code));
    }

    /**
     * Decides the occasion an activity of a referred friend is (enrolment, purchase), or cancels
     * pending rewards when the activity is the full refund of a rewarded order.
     *
     * @param effects  what the command may do
     * @param friend   the customer of the activity
     * @param activity the activity entry
     */
    @Override
    public void afterActivity(Effects effects, Account friend, LedgerEntry activity) {
        String code = friend.attributes().get(CODE_ATTRIBUTE);
        if (code == null) {
            return;
        }
        ReferralTrigger trigger = terms.trigger();
        switch (activity.type()) {
            case ENROL -> {
                if (trigger == ReferralTrigger.SIGN_UP && !decided(friend, code)) {
                    decide(effects, friend, code, "sign-up");
                }
            }
            case PURCHASE -> {
                if (trigger == ReferralTrigger.EVERY_PURCHASE) {
                    decide(effects, friend, code, "purchase " + activity.key());
                } else if (trigger == ReferralTrigger.FIRST_PURCHASE && !decided(friend, code) && purchases(friend) == 1) {
                    decide(effects, friend, code, "first purchase " + activity.key());
                }
            }
            case REFUND -> {
                if ("full".equals(activity.rule())) {
                    refunded(effects, friend, code, activity.source());
                }
            }
            default -> {
            }
        }
    }

    /** Whether the friend's one-off occasion (sign-up or first purchase) was decided already. */
    private static boolean decided(Account friend, String code) {
        return friend.hasMark(REWARDED_BY + referrerOf(code)) || friend.hasMark(SKIPPED_BY + code);
    }

    private static int purchases(Account account) {
        int n = 0;
        for (LedgerEntry e : account.journal()) {
            if (e.type() == EntryType.PURCHASE) {
                n++;
            }
        }
        return n;
    }

    private void decide(Effects effects, Account friend, String code, String occasion) {
        String friendId = friend.customerId();
        String referrerId = referrerOf(code);
        Account referrer = referrerId.equals(friendId) ? null : effects.account(referrerId);
        String reason = skipReason(friend, referrerId, referrer);
        String key = KEY_PREFIX + effects.key();
        Instant now = effects.now();
        if (reason != null) {
            effects.mark(friend, key, now, SKIPPED_BY + code, SKIPPED + reason);
            if (referrer != null) {
                effects.mark(referrer, key, now, SKIPPED_FRIEND + friendId, SKIPPED + reason);
            }
            effects.emit(ACTION, friendId, now, 0, SKIPPED + reason + " (" + occasion + " of " + friendId
                    + ", referral code '" + code + "')");
            return;
        }
        boolean newlyCounted = !referrer.hasMark(REWARDED_FRIEND + friendId);
        effects.mark(referrer, key, now, REWARDED_FRIEND + friendId, "rewarded: " + occasion + " of friend " + friendId);
        if (newlyCounted) {
            for (String attribute : terms.identityAttributes()) {
                String value = friend.attributes().get(attribute);
                if (value != null) {
                    effects.mark(referrer, key, now, identityMark(attribute, value), "friend " + friendId);
                }
            }
        }
        effects.mark(friend, key, now, REWARDED_BY + referrerId, "rewarded: " + occasion + ", referred by " + referrerId);
        credit(effects, referrer, key, terms.referrerPoints(), REFERRER_RULE, friendId,
                "rewarded: " + occasion + " of friend " + friendId);
        credit(effects, friend, key, terms.friendPoints(), FRIEND_RULE, referrerId,
                "rewarded: " + occasion + ", referred by " + referrerId);
    }

    private void credit(Effects effects, Account account, String key, long points, String rule, String other, String what) {
        if (points > 0) {
            effects.credit(account, key, effects.now(), points, rule, other, pending, what);
            effects.emit(ACTION, account.customerId(), effects.now(), points, what + pendingNote);
        }
    }

    /** The first guard that fails, as the reason the occasion is skipped; null when it is rewarded. */
    private String skipReason(Account friend, String referrerId, Account referrer) {
        if (referrerId.equals(friend.customerId())) {
            return "self-referral: the referral code names the customer themselves";
        }
        if (referrer == null) {
            return "unknown referrer: no enrolled customer '" + referrerId + "'";
        }
        for (String attribute : terms.identityAttributes()) {
            String mine = referrer.attributes().get(attribute);
            String theirs = friend.attributes().get(attribute);
            if (mine != null && theirs != null && normalise(attribute, mine).equals(normalise(attribute, theirs))) {
                return "same person: referrer " + referrerId + " and friend " + friend.customerId() + " share the "
                        + attribute;
            }
        }
        if (referrer.hasMark(REWARDED_FRIEND + friend.customerId())) {
            return null; // counted already (EVERY_PURCHASE): the referral was admitted at its first reward
        }
        for (String attribute : terms.identityAttributes()) {
            String value = friend.attributes().get(attribute);
            if (value != null && referrer.hasMark(identityMark(attribute, value))) {
                return "referred twice: friend " + friend.customerId() + " has the " + attribute + " of "
                        + earlierFriend(referrer, identityMark(attribute, value)) + ", already rewarded for referrer "
                        + referrerId;
            }
        }
        int cap = terms.maxPerReferrer();
        if (cap > 0) {
            int rewarded = rewardedFriends(referrer.journal()).size();
            if (rewarded >= cap) {
                return "cap reached: referrer " + referrerId + " has " + rewarded + " rewarded referral"
                        + (rewarded == 1 ? "" : "s") + ", the most the program allows";
            }
        }
        return null;
    }

    private static String earlierFriend(Account referrer, String identityMark) {
        for (LedgerEntry e : referrer.journal()) {
            if (e.type() == EntryType.MARK && identityMark.equals(e.rule()) && e.note() != null) {
                return e.note();
            }
        }
        return "another friend";
    }

    /** Cancels the pending rewards of an order refunded in full; released (or instant) rewards stand. */
    private void refunded(Effects effects, Account friend, String code, String orderId) {
        String rewardKey = KEY_PREFIX + orderId;
        String referrerId = referrerOf(code);
        if (!rewarded(friend, rewardKey, referrerId)) {
            return;
        }
        String friendId = friend.customerId();
        String key = KEY_PREFIX + effects.key();
        Instant now = effects.now();
        String why = "cancelled: order " + orderId + " was refunded in full while its referral rewards were pending";
        Account referrer = effects.account(referrerId);
        long fromFriend = cancel(effects, friend, rewardKey, FRIEND_RULE, referrerId, key, why);
        long fromReferrer = referrer == null ? 0 : cancel(effects, referrer, rewardKey, REFERRER_RULE, friendId, key, why);
        if (fromFriend + fromReferrer == 0) {
            effects.emit(ACTION, friendId, now, 0, "kept: order " + orderId + " was refunded in full after its referral"
                    + " rewards were credited; credited rewards are not taken back");
            return;
        }
        effects.mark(friend, key, now, CANCELLED_BY + referrerId, why);
        if (fromFriend > 0) {
            effects.emit(ACTION, friendId, now, -fromFriend, why);
        }
        if (referrer != null) {
            effects.mark(referrer, key, now, CANCELLED_FRIEND + friendId, why);
            if (fromReferrer > 0) {
                effects.emit(ACTION, referrerId, now, -fromReferrer, why + " (friend " + friendId + ")");
            }
        }
    }

    private static boolean rewarded(Account friend, String rewardKey, String referrerId) {
        for (LedgerEntry e : friend.journal()) {
            if (e.type() == EntryType.MARK && e.key().equals(rewardKey) && (REWARDED_BY + referrerId).equals(e.rule())) {
                return true;
            }
        }
        return false;
    }

    private static long cancel(Effects effects, Account account, String rewardKey, String rule, String source, String key,
                               String why) {
        long taken = 0;
        for (MutableLot lot : new ArrayList<>(account.lots())) {
            if (lot.pending && rewardKey.equals(lot.key) && rule.equals(lot.rule) && source.equals(lot.source)) {
                taken += effects.reverse(account, key, effects.now(), lot.id, why);
            }
        }
        return taken;
    }

    /**
     * How identity values are compared: surrounding white space removed, inner runs of white space
     * made one space, lower case ({@link Locale#ROOT}); for the attribute {@code email} (any case) also
     * a {@code +tag} in the local part is dropped, so {@code " Ann+promo@Example.com"} and
     * {@code "ann@example.com"} are the same address.
     *
     * @param attribute the attribute name
     * @param value     its value
     * @return the normalised value
     */
    public static String normalise(String attribute, String value) {
        String v = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (attribute.equalsIgnoreCase("email")) {
            int at = v.lastIndexOf('@');
            int plus = v.indexOf('+');
            if (plus > 0 && plus < at) {
                v = v.substring(0, plus) + v.substring(at);
            }
        }
        return v;
    }

    /** The mark recording that a rewarded friend had this identity value: a hash, never the value. */
    static String identityMark(String attribute, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((attribute + '\u0000' + normalise(attribute, value)).getBytes(StandardCharsets.UTF_8));
            return IDENTITY + attribute + ":" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Friends with a rewarded occasion in a referrer's journal, in the order of their first reward. */
    static Set<String> rewardedFriends(List<LedgerEntry> journal) {
        Set<String> friends = new LinkedHashSet<>();
        for (LedgerEntry e : journal) {
            if (e.type() == EntryType.MARK && e.rule().startsWith(REWARDED_FRIEND)) {
                friends.add(e.rule().substring(REWARDED_FRIEND.length()));
            }
        }
        return friends;
    }

    /**
     * A customer's record as a referrer.
     *
     * @param referrer the customer's account as of the instant of the summary
     * @param terms    the program's referral terms, or null when it has none
     * @return the summary
     */
    public static ReferralSummary summary(Account referrer, ReferralTerms terms) {
        int rewards = 0;
        long cancelled = 0;
        List<SkippedReferral> skipped = new ArrayList<>();
        for (LedgerEntry e : referrer.journal()) {
            if (e.type() == EntryType.MARK && e.rule().startsWith(REWARDED_FRIEND)) {
                rewards++;
            } else if (e.type() == EntryType.MARK && e.rule().startsWith(SKIPPED_FRIEND)) {
                String reason = e.note().startsWith(SKIPPED) ? e.note().substring(SKIPPED.length()) : e.note();
                skipped.add(new SkippedReferral(e.rule().substring(SKIPPED_FRIEND.length()), e.at(),
                        e.key().substring(KEY_PREFIX.length()), reason));
            } else if (e.type() == EntryType.REVERSE && REFERRER_RULE.equals(e.rule())) {
                cancelled -= e.points();
            }
        }
        long credited = 0;
        long pendingPoints = 0;
        for (MutableLot lot : referrer.lots()) {
            if (REFERRER_RULE.equals(lot.rule)) {
                credited += lot.points;
                if (lot.pending) {
                    pendingPoints += lot.remaining();
                }
            }
        }
        return new ReferralSummary(referrer.customerId(), terms == null ? 0 : terms.maxPerReferrer(),
                List.copyOf(rewardedFriends(referrer.journal())), rewards, credited - cancelled, pendingPoints, cancelled,
                skipped);
    }

    @Override
    public String toString() {
        return "ReferralRewards(" + terms + ")";
    }
}
