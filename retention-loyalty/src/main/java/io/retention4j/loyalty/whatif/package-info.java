/**
 * What-if runs: a candidate {@link io.retention4j.loyalty.program.LoyaltyProgram} replayed over a
 * historical {@link io.retention4j.core.log.TransactionLog} in a private engine, reporting points
 * issued, redeemed and expired, liability, breakage and the tier mix over time
 * ({@link io.retention4j.loyalty.whatif.WhatIf}, {@link io.retention4j.loyalty.whatif.WhatIfReport}).
 */
package io.retention4j.loyalty.whatif;
