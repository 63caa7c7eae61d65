package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a case is about (product issue, service suggestion, experience complaint, ...), who owns it
 * and how long the owner has to resolve it.
 *
 * <p><b>Deadlines</b> are elapsed time on the instant time line, counted from the moment the case was
 * opened: a 48-hour deadline is 48 hours round the clock, weekends, nights and daylight-saving
 * changes included (no business hours), so it depends on no zone. A case's due instant is
 * {@code openedAt + deadline(severity)}.
 *
 * @param id        the category's id: letters, digits, '.', '_', ':' or '-'
 * @param name      a display name (the id when not given)
 * @param owner     the team or person who resolves its cases
 * @param deadlines the resolution deadline for each severity, every severity present, each positive
 */
public record Category(String id, String name, String owner, Map<Severity, Duration> deadlines) {
    /**
     * Validates the fields.
     *
     * @param id        letters, digits, '.', '_', ':' or '-'
     * @param name      non-blank, or null for the id
     * @param owner     non-blank
     * @param deadlines a positive duration for every severity; copied
     * @throws IllegalArgumentException naming the category, the field and the value
     */
    public Category {
        Checks.id("category.id", id);
        name = name == null ? id : Require.notBlank("category '" + id + "' name", name);
        Require.notBlank("category '" + id + "' owner", owner);
        Require.notNull("category '" + id + "' deadlines", deadlines);
        EnumMap<Severity, Duration> copy = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            Duration deadline = deadlines.get(severity);
            if (deadline == null) {
                throw new IllegalArgumentException("category '" + id + "' deadlines must have every severity "
                        + java.util.Arrays.toString(Severity.values()) + ", missing " + severity);
            }
            copy.put(severity, Checks.positive("category '" + id + "' deadline for " + severity, deadline));
        }
        deadlines = Collections.unmodifiableMap(copy);
    }

    /**
     * A category with one deadline for every severity; change single severities with
     * {@link #withDeadline(Severity, Duration)}.
     *
     * @param id       the id
     * @param owner    the owner
     * @param deadline the resolution deadline, positive
     * @return the category
     */
    public static Category of(String id, String owner, Duration deadline) {
        EnumMap<Severity, Duration> all = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            all.put(severity, deadline);
        }
        return new Category(id, null, owner, all);
    }

    /**
     * This category with another deadline for one severity.
     *
     * @param severity the severity
     * @param deadline its deadline, positive
     * @return a copy
     */
    public Category withDeadline(Severity severity, Duration deadline) {
        Require.notNull("severity", severity);
        EnumMap<Severity, Duration> changed = new EnumMap<>(deadlines);
        changed.put(severity, deadline);
        return new Category(id, name, owner, changed);
    }

    /**
     * This category with a display name.
     *
     * @param displayName non-blank
     * @return a copy
     */
    public Category withName(String displayName) {
        return new Category(id, Require.notBlank("category '" + id + "' name", displayName), owner, deadlines);
    }

    /**
     * The resolution deadline of a severity.
     *
     * @param severity the severity
     * @return the deadline, positive
     */
    public Duration deadline(Severity severity) {
        return deadlines.get(Require.notNull("severity", severity));
    }

    @Override
    public String toString() {
        StringJoiner d = new StringJoiner(", ");
        deadlines.forEach((severity, deadline) -> d.add(severity + " " + Checks.text(deadline)));
        return id + (name.equals(id) ? "" : " \"" + name + "\"") + " (owner " + owner + "; deadlines " + d + ")";
    }
}
