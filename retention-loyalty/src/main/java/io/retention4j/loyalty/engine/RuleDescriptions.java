package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.GoalDefinition;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Reward;

/** The program rule behind a journal entry, in words, for {@link LoyaltyEngine#explain}. */
final class RuleDescriptions {
    private RuleDescriptions() {
    }

    /**
     * Describes the rule an entry names.
     *
     * @return the tier, earn rule, reward, referral terms or goal behind the entry, or "" when none
     */
    static String describe(LoyaltyProgram program, LedgerEntry e) {
        if (e.rule() == null) {
            return "";
        }
        if (e.type() == EntryType.TIER) {
            return program.tiers().tier(program.tiers().rank(e.rule())).toString();
        }
        if (e.rule().startsWith("tier:")) {
            return "tier " + e.rule().substring(5) + " earn multiplier";
        }
        if (e.rule().startsWith("referral:") && program.referral() != null) {
            return "referral: " + program.referral();
        }
        for (EarnRule rule : program.earnRules()) {
            if (rule.id().equals(e.rule())) {
                return rule.toString();
            }
        }
        for (Reward reward : program.rewards()) {
            if (reward.id().equals(e.rule())) {
                return reward.toString();
            }
        }
        for (GoalDefinition goal : program.goals()) {
            // goal lots carry the goal id, goal marks goal:<id> or goal:<id>:<period start>
            if (goal.id().equals(e.rule()) || e.rule().equals("goal:" + goal.id())
                    || e.rule().startsWith("goal:" + goal.id() + ":")) {
                return "goal " + goal;
            }
        }
        return "";
    }
}
