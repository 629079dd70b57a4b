package io.jointclear.manifest.internal;

import io.jointclear.manifest.FileManifest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A manifest as stored: the carrier's body with who filed it, when it was first received and its version. */
record StoredManifest(UUID id, String carrier, String filedBy, Instant filedAt, Instant amendedAt, long version,
                      FileManifest body) {

    Optional<FileManifest.Shipment> shipmentFor(UUID crossingId) {
        return body.shipments().stream().filter(s -> crossingId.equals(s.crossingId())).findFirst();
    }

    /** FAST movement for a crossing: every crew member holds a FAST card and its shipment moves under FAST. */
    boolean fastFor(UUID crossingId) {
        boolean crewFast = !body.crew().isEmpty()
                && body.crew().stream().allMatch(c -> c.fastCard() != null && !c.fastCard().isBlank());
        return crewFast && shipmentFor(crossingId).map(FileManifest.Shipment::fast).orElse(false);
    }
}
