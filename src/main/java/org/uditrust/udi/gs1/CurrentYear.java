package org.uditrust.udi.gs1;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * This year by the injected clock, for the GS1 century rule. Reading the date for every parse is measurable at
 * millions of parses a second, so the year is kept with the instant range it holds for and re-read only outside it.
 * Thread-safe: the cached state is one immutable object behind a volatile reference.
 */
final class CurrentYear {

    private record Span(long fromMillis, long toMillis, int year) {
    }

    private final Clock clock;
    private volatile Span span = new Span(0, 0, 0);

    CurrentYear(Clock clock) {
        this.clock = clock;
    }

    int get() {
        long now = clock.millis();
        Span s = span;
        if (now >= s.fromMillis() && now < s.toMillis()) {
            return s.year();
        }
        LocalDate today = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), clock.getZone());
        int year = today.getYear();
        ZonedDateTime start = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone());
        ZonedDateTime end = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone());
        span = new Span(start.toInstant().toEpochMilli(), end.toInstant().toEpochMilli(), year);
        return year;
    }
}
