package io.jointclear.enforcement.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One movement of an item in custody. {@code TAKEN} starts an item's chain (seized goods, evidence
 * collected); {@code HANDED_OVER} gives it from the holder to someone else under seals; {@code RECEIVED}
 * is the receiver's acknowledgement with the seals found.
 *
 * @param hash hex SHA-256 of the previous entry's hash and this entry's canonical JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustodyEntry(String item, int seq, String action, String from, String to, String place, Instant at,
                           List<String> seals, String recordedBy, String hash) {

    public CustodyEntry {
        seals = seals == null ? List.of() : List.copyOf(seals);
    }

    /** The fields the hash covers, in a fixed order (everything but the hash). */
    record Hashed(String caseId, String item, int seq, String action, String from, String to, String place, String at,
                  String seals, String recordedBy) {
    }
}
