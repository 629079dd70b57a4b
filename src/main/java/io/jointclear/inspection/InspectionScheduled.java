package io.jointclear.inspection;

import java.time.Instant;
import java.util.UUID;

/** A joint inspection was scheduled for a crossing at the facility of its port pair. */
public record InspectionScheduled(UUID inspectionId, UUID crossingId, String facility, String mxCustomsOffice,
                                  String usPort, String reason, Instant scheduledAt) {
}
