/**
 * The loyalty module's implementation classes: argument checks ({@link io.retention4j.loyalty.internal.Require}),
 * the program calendar ({@link io.retention4j.loyalty.internal.ProgramCalendar}), a customer's state as the
 * fold of their journal ({@link io.retention4j.loyalty.internal.Account} with its primitive
 * {@link io.retention4j.loyalty.internal.JournalColumns}), and the append-only arena the in-memory store and
 * the engine keep their objects in ({@link io.retention4j.loyalty.internal.AppendArena}). Not exported and
 * not API: names and signatures may change in any release.
 */
package io.retention4j.loyalty.internal;
