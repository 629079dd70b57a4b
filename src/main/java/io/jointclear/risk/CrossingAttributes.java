package io.jointclear.risk;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A source of crossing attributes that rules may test, kept by another module (e.g. the manifest's
 * {@code manifestTimeliness}). Selectivity asks every source at arrival; the sources depend on risk,
 * never the other way round. Only attribute names listed in {@code RuleFacts.ATTRIBUTES} are taken.
 */
public interface CrossingAttributes {

    /** The attributes of the crossing as they stand at its arrival (empty when the source knows nothing). */
    Map<String, String> attributes(UUID crossingId, Instant arrivedAt);
}
