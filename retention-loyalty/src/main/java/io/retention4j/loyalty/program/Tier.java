package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A membership tier. A customer qualifies when every requirement holds over the program's tier
 * window; the base tier (first in the program) has no requirements and everyone holds it.
 *
 * @param id             the tier's id (for example {@code gold}), unique in the program
 * @param requirements   all must hold to qualify; empty only for the base tier
 * @param invitationOnly reached only by a manual assignment ({@code engine.assignTier}), never by qualifying
 * @param benefits       what the tier gives
 */
public record Tier(String id, List<Requirement> requirements, boolean invitationOnly, TierBenefits benefits) {
    /**
     * Validates the fields; null requirements mean none, null benefits mean {@link TierBenefits#NONE}.
     *
     * @param id             non-blank
     * @param requirements   no null element, at most one per metric (and event type)
     * @param invitationOnly invitation only
     * @param benefits       benefits or null
     */
    public Tier {
        Require.notBlank("tier.id", id);
        requirements = requirements == null ? List.of() : List.copyOf(nonNullElements(id, requirements));
        Set<String> measured = new HashSet<>();
        for (Requirement r : requirements) {
            if (!measured.add(r.measure())) {
                throw new IllegalArgumentException("tier '" + id + "' has two requirements on " + r.measure() + " "
                        + requirements + "; a tier takes at most one requirement per metric (and event type)");
            }
        }
        benefits = benefits == null ? TierBenefits.NONE : benefits;
    }

    private static List<Requirement> nonNullElements(String id, List<Requirement> requirements) {
        for (int i = 0; i < requirements.size(); i++) {
            Require.notNull("tier '" + id + "' requirements[" + i + "]", requirements.get(i));
        }
        return requirements;
    }

    /**
     * A tier reached by qualifying.
     *
     * @param id           the id
     * @param benefits     the benefits
     * @param requirements the requirements, all must hold
     * @return the tier
     */
    public static Tier of(String id, TierBenefits benefits, Requirement... requirements) {
        return new Tier(id, List.of(requirements), false, benefits);
    }

    /**
     * A tier given only by manual assignment.
     *
     * @param id       the id
     * @param benefits the benefits
     * @return the tier
     */
    public static Tier invitationOnly(String id, TierBenefits benefits) {
        return new Tier(id, List.of(), true, benefits);
    }

    @Override
    public String toString() {
        return id + (invitationOnly ? " (invitation only)" : requirements.isEmpty() ? " (base)" : " " + requirements)
                + (benefits.earnMultiplier().signum() != 0 && benefits.earnMultiplier().compareTo(java.math.BigDecimal.ONE) != 0
                ? " x" + benefits.earnMultiplier().toPlainString() : "");
    }
}
