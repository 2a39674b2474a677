package org.uditrust.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; starts at a fixed instant with sub-millisecond digits, as a real clock has. */
final class TestClock extends Clock {

    private volatile Instant now;

    TestClock() {
        this(Instant.parse("2025-06-01T08:30:00.123456789Z"));
    }

    TestClock(Instant start) {
        this.now = start;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
