package io.jointclear.inspection;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A joint inspection as both authorities see it, with every finding of each. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionView(UUID id, UUID crossingId, String facility, String status, String reason,
                             Instant scheduledAt, String mxOfficer, String usOfficer, Instant startedAt, Instant endedAt,
                             List<Finding> findings) {

    /**
     * What one officer found.
     *
     * @param kind QUANTITY, CLASSIFICATION, ORIGIN, UNDECLARED_GOODS, PROHIBITED_GOODS, VALUE, DOCUMENTS or NONE
     * @param line 1-based declaration line concerned, null for the whole shipment
     */
    public record Finding(Authority authority, String officer, String kind, Integer line, String description, Instant recordedAt) {
    }
}
