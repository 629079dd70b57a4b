package io.jointclear.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A manifest as its reader may see it. The carrier that filed it and officials see the crew; a broker
 * of one of its crossings sees the trip without the crew's personal data ({@code crew} null, only
 * {@link CrewSummary}).
 *
 * @param timeliness per crossing of the trip: whether the manifest met its deadline at arrival (null
 *                   before arrival), with the deadline that applies
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestView(UUID id, String tripNumber, String carrier, String filedBy, Instant filedAt, Instant amendedAt,
                           long version, FileManifest.Conveyance conveyance, List<FileManifest.Equipment> equipment,
                           List<FileManifest.CrewMember> crew, CrewSummary crewSummary,
                           List<FileManifest.Shipment> shipments, String arrivalPort, OffsetDateTime estimatedArrival,
                           List<ManifestTimeliness> timeliness) {

    /** What a broker learns of the crew: how many, and whether every one holds a FAST card. */
    public record CrewSummary(int members, boolean allFast) {
    }
}
