package io.jointclear.console.officer;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.inspection.InspectionView;
import io.jointclear.shared.Authority;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which actions the signed-in officer is offered on a crossing. Only a convenience: the modules refuse
 * anything out of turn anyway, and the console shows their refusal.
 *
 * @param myDecision       the last decision of the officer's authority, or null
 * @param releaseBlockedBy what the authority's own assessment still lacks (declaration, missing datum): the
 *                         Release button is disabled while it is not empty, Hold stays enabled
 */
public record OfficerActions(boolean canArrive, boolean canJoin, boolean canRecordFinding, boolean canEnd,
                             boolean canDecide, String myDecision, boolean waitingForInspection,
                             List<String> releaseBlockedBy) {

    /** Assessment outcomes that let an authority release (the clearance decision policy's rule, mirrored). */
    private static final List<String> RELEASABLE = List.of("ASSESSED", "NOT_APPLICABLE");

    static final List<String> FINDING_KINDS = List.of("NONE", "QUANTITY", "VALUE", "CLASSIFICATION", "ORIGIN",
            "UNDECLARED_GOODS", "PROHIBITED_GOODS", "DOCUMENTS");

    static OfficerActions of(CrossingView c, Optional<InspectionView> inspection, Authority mine, String username) {
        CrossingStatus status = c.status();
        boolean open = !status.isFinal();
        String inspectionStatus = inspection.map(InspectionView::status).orElse(null);
        boolean required = c.inspection() != null && c.inspection().required();
        boolean joined = inspection.map(i -> username.equals(mine == Authority.MX ? i.mxOfficer() : i.usOfficer())).orElse(false);
        boolean running = "IN_PROGRESS".equals(inspectionStatus);
        boolean canJoin = open && (required || inspection.isPresent()) && !"COMPLETED".equals(inspectionStatus) && !joined
                && status != CrossingStatus.FILED;
        String myDecision = c.decisions() == null ? null : c.decisions().stream()
                .filter(d -> mine.name().equals(d.authority())).reduce((a, b) -> b).map(d -> d.decision().name()).orElse(null);
        boolean waiting = required && !"COMPLETED".equals(inspectionStatus) && open;
        boolean canDecide = open && status != CrossingStatus.FILED && status != CrossingStatus.ARRIVED
                && !"RELEASE".equals(myDecision);
        return new OfficerActions(status == CrossingStatus.FILED, canJoin, running, running, canDecide, myDecision, waiting,
                releaseBlockedBy(c, mine));
    }

    /** One entry per missing reference datum of the authority's declarations whose assessment is not complete. */
    static List<String> releaseBlockedBy(CrossingView c, Authority mine) {
        List<String> out = new ArrayList<>();
        if (c.declarations() == null) {
            return out;
        }
        for (CrossingView.DeclarationView d : c.declarations()) {
            if (!mine.name().equals(d.authority()) || d.assessmentStatus() == null
                    || RELEASABLE.contains(d.assessmentStatus())) {
                continue;
            }
            if (d.assessmentPending() == null || d.assessmentPending().isEmpty()) {
                out.add(d.number() + ": " + d.assessmentStatus());
            } else {
                d.assessmentPending().forEach(v -> out.add(d.number() + " · " + v.code() + ": " + v.message()));
            }
        }
        return out;
    }
}
