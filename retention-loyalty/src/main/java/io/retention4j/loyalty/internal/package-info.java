/**
 * The loyalty module's implementation classes: argument checks ({@link io.retention4j.loyalty.internal.Require})
 * and the program calendar ({@link io.retention4j.loyalty.internal.ProgramCalendar}). Not exported and not
 * API: names and signatures may change in any release.
 */
package io.retention4j.loyalty.internal;
