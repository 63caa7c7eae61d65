package io.retention4j.loyalty.whatif;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock a what-if run moves from purchase to purchase; confined to the run's thread. */
final class SimulationClock extends Clock {
    private Instant now = Instant.EPOCH;

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a simulation clock has no zone of its own");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
