package io.jointclear.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether a crossing's truck manifest reached the platform in time: at least {@code requiredMinutes}
 * before the crossing's actual arrival (19 CFR 123.92: one hour, 30 minutes for a FAST movement).
 *
 * @param status         {@link ManifestCodes#ON_TIME}, {@link ManifestCodes#LATE_MANIFEST} or
 *                       {@link ManifestCodes#MISSING_MANIFEST}; null before arrival
 * @param deadline       the latest filing instant that was on time (from the actual arrival, else from
 *                       the estimated arrival before the truck arrives)
 * @param leadMinutes    minutes between filing and arrival (negative: filed after arrival); null when missing
 * @param reason         the legal reason, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestTimeliness(UUID crossingId, String status, boolean fast, int requiredMinutes, Instant filedAt,
                                 Instant arrivedAt, Instant deadline, Long leadMinutes, String reason) {

    public boolean flagged() {
        return ManifestCodes.FLAGS.contains(status);
    }
}
