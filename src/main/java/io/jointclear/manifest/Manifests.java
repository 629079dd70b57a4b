package io.jointclear.manifest;

import io.jointclear.shared.Actor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The pre-arrival manifest API: filing and amendment by the carrier, reading, the DODA, the timeliness flags. */
public interface Manifests {

    /** Files a trip (role CARRIER, under the carrier's SCAC); every field error at once, nothing stored on any. */
    ManifestView file(FileManifest manifest, Actor actor);

    /** Replaces a manifest before any of its crossings arrived; 409 after. Only the carrier that filed it. */
    ManifestView amend(UUID manifestId, FileManifest manifest, Actor actor);

    ManifestView get(UUID manifestId, Actor actor);

    /** The manifest that carries a crossing, as the reader may see it; 404 when there is none or it is not theirs. */
    ManifestView forCrossing(UUID crossingId, Actor actor);

    /** The DODA generated from the crossing (and its manifest when there is one). */
    DodaView doda(UUID crossingId, Actor actor);

    /** The timeliness recorded at the crossing's arrival, if it arrived. */
    Optional<ManifestTimeliness> timeliness(UUID crossingId);

    /** The late/missing flag of each of these crossings that has one (for list badges). */
    Map<UUID, String> flags(Collection<UUID> crossingIds);

    /** Every crossing flagged with {@code flag} ({@link ManifestCodes#FLAGS}), for the officers' queue filter. */
    Set<UUID> flagged(String flag);
}
