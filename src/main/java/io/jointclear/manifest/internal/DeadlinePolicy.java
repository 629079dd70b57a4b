package io.jointclear.manifest.internal;

import io.jointclear.manifest.ManifestCodes;
import io.jointclear.manifest.ManifestTimeliness;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The pre-arrival deadline of a truck manifest (19 CFR 123.92): CBP must receive it at least one hour
 * before the truck reaches the first US port, or 30 minutes before for a FAST movement — every crew
 * member holds a FAST card and the shipment moves under FAST. Measured from the manifest's first
 * receipt (amendments before arrival keep it) to the crossing's actual arrival.
 */
final class DeadlinePolicy {

    static final Duration STANDARD = Duration.ofHours(1);
    static final Duration FAST = Duration.ofMinutes(30);

    private DeadlinePolicy() {
    }

    static Duration required(boolean fast) {
        return fast ? FAST : STANDARD;
    }

    /** The decision at arrival; {@code filedAt} null when no manifest carries the crossing. */
    static ManifestTimeliness atArrival(UUID crossingId, Instant arrivedAt, Instant filedAt, boolean fast) {
        Duration required = required(fast);
        Instant deadline = arrivedAt.minus(required);
        int minutes = (int) required.toMinutes();
        if (filedAt == null) {
            return new ManifestTimeliness(crossingId, ManifestCodes.MISSING_MANIFEST, false, (int) STANDARD.toMinutes(), null,
                    arrivedAt, arrivedAt.minus(STANDARD), null,
                    "No truck manifest was received before arrival (19 CFR 123.92)");
        }
        long lead = Duration.between(filedAt, arrivedAt).toMinutes();
        boolean onTime = !filedAt.isAfter(deadline);
        String rule = fast ? "30 minutes before arrival for a FAST movement" : "1 hour before arrival";
        return new ManifestTimeliness(crossingId, onTime ? ManifestCodes.ON_TIME : ManifestCodes.LATE_MANIFEST, fast, minutes,
                filedAt, arrivedAt, deadline, lead,
                (onTime ? "Received " : "Received only ") + lead + " min before arrival; due " + rule + " (19 CFR 123.92)");
    }

    /** Before arrival: the deadline the estimated arrival sets, status still open (null). */
    static ManifestTimeliness beforeArrival(UUID crossingId, Instant estimatedArrival, Instant filedAt, boolean fast) {
        Duration required = required(fast);
        return new ManifestTimeliness(crossingId, null, fast, (int) required.toMinutes(), filedAt, null,
                estimatedArrival == null ? null : estimatedArrival.minus(required), null,
                "Due " + (fast ? "30 minutes before arrival for a FAST movement" : "1 hour before arrival")
                        + " (19 CFR 123.92); checked when the truck arrives");
    }
}
