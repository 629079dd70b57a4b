package io.jointclear.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The application clock in the demo profile: the system clock, except on a thread that the simulator
 * has moved to a moment of the past with {@link #at}. Backfilled history thus gets its filing,
 * decision and audit times from the same injected {@link Clock} the workflow always uses, while every
 * other thread (HTTP requests, event listeners) keeps real time.
 */
public final class DemoClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> moved = new ThreadLocal<>();

    DemoClock(Clock system) {
        this.system = system;
    }

    /** Runs {@code work} on this thread with the clock standing at {@code instant}. */
    public <T> T at(Instant instant, Supplier<T> work) {
        Instant before = moved.get();
        moved.set(instant);
        try {
            return work.get();
        } finally {
            if (before == null) {
                moved.remove();
            } else {
                moved.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant at = moved.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
    }
}
