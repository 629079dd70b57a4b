package io.jointclear.clearance;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A crossing is overdue when its conveyance has not arrived {@link #THRESHOLD} after the arrival the
 * broker announced: officers should know a truck announced for the morning is still missing (late,
 * diverted or never coming), so the filing can be followed up or cancelled.
 */
public final class OverdueArrival {

    /** How long after the expected arrival a crossing that has not arrived counts as overdue. */
    public static final Duration THRESHOLD = Duration.ofHours(2);

    private OverdueArrival() {
    }

    /** Whether a crossing in {@code status}, expected at {@code expectedArrival}, is overdue at {@code now}. */
    public static boolean isOverdue(CrossingStatus status, OffsetDateTime expectedArrival, Instant now) {
        return status == CrossingStatus.FILED && expectedArrival != null
                && expectedArrival.toInstant().plus(THRESHOLD).isBefore(now);
    }

    public static boolean isOverdue(CrossingView crossing, Instant now) {
        return isOverdue(crossing.status(), crossing.expectedArrival(), now);
    }
}
