package io.jointclear.inspection;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** A joint inspection was scheduled for a crossing at the facility of its port pair. */
@Externalized("jointclear.inspection.inspection-scheduled.v1::#{crossingId()}")
public record InspectionScheduled(UUID inspectionId, UUID crossingId, String facility, String mxCustomsOffice,
                                  String usPort, String reason, Instant scheduledAt) {
}
