package io.retention4j.loyalty.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The feedback tests' clock: set or moved forward by hand, readable from any thread. */
final class FeedbackClock extends Clock {
    private final AtomicReference<Instant> instant;

    FeedbackClock(String start) {
        this.instant = new AtomicReference<>(Instant.parse(start));
    }

    FeedbackClock to(String at) {
        instant.set(Instant.parse(at));
        return this;
    }

    FeedbackClock plus(Duration d) {
        instant.updateAndGet(t -> t.plus(d));
        return this;
    }

    @Override
    public Instant instant() {
        return instant.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the feedback tests' clock is UTC only");
    }
}
