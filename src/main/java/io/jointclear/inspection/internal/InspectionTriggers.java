package io.jointclear.inspection.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.clearance.CrossingEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Schedules the joint inspection when selection put a crossing in a red lane or an officer referred it. */
@Component
class InspectionTriggers {

    private final JointInspections inspections;

    InspectionTriggers(JointInspections inspections) {
        this.inspections = inspections;
    }

    @ApplicationModuleListener
    void on(CrossingEvents.LanesSelected selected) {
        if (selected.inspectionRequired()) {
            inspections.schedule(selected.crossingId(), selected.mxCustomsOffice(), selected.usPort(),
                    "red lane " + selected.lanes(), AuditEntry.SYSTEM);
        }
    }

    @ApplicationModuleListener
    void on(CrossingEvents.InspectionRequested requested) {
        inspections.schedule(requested.crossingId(), requested.mxCustomsOffice(), requested.usPort(),
                "referred by " + requested.requestedBy(), AuditEntry.SYSTEM);
    }
}
