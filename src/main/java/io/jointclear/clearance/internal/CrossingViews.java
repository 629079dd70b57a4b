package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingView;
import io.jointclear.risk.Lane;
import io.jointclear.shared.Authority;
import java.util.List;

/** The read model of a crossing, as returned by the API. */
final class CrossingViews {

    private CrossingViews() {
    }

    /**
     * The answer to a filing: the case without an echo of the declarations the filer just sent (their
     * numbers, statuses and assessments stay); GET returns the documents too.
     */
    static CrossingView filingAnswer(CrossingView v) {
        List<CrossingView.DeclarationView> declarations = v.declarations().stream()
                .map(d -> new CrossingView.DeclarationView(d.authority(), d.number(), null, d.assessmentStatus(),
                        d.assessment(), d.assessmentPending()))
                .toList();
        return new CrossingView(v.id(), v.status(), v.direction(), v.mxCustomsOffice(), v.usPort(), v.expectedArrival(),
                v.carrier(), v.conveyance(), v.driver(), v.filedBy(), v.version(), declarations, v.crossCheckFindings(),
                v.lanes(), v.decisions(), v.inspection(), v.timestamps());
    }

    static CrossingView of(Crossing c) {
        List<CrossingView.DeclarationView> declarations = c.declarations.stream()
                .map(d -> new CrossingView.DeclarationView(d.document().authority().name(), d.document().number(), d.document(),
                        d.status(), d.assessment(), d.pending().isEmpty() ? null : d.pending()))
                .toList();
        CrossingView.Lanes lanes = c.selection == null ? null : new CrossingView.Lanes(
                c.currentLane(Authority.MX).name(), c.currentLane(Authority.US).name(),
                c.currentJointLane().name(), c.selection,
                java.util.Arrays.stream(Authority.values()).filter(c::referredBy).map(Authority::name).toList());
        List<CrossingView.DecisionView> decisions = c.decisions.stream()
                .map(d -> new CrossingView.DecisionView(d.authority().name(), d.decision(), d.officer(), d.notes(), d.decidedAt()))
                .toList();
        boolean inspection = c.inspectionRequired || (c.selection != null && c.selection.jointLane() == Lane.RED);
        return new CrossingView(c.id, c.status, c.direction, c.mxCustomsOffice, c.usPort, c.expectedArrival, c.carrier,
                c.conveyance, c.driver, c.filedBy, c.version, declarations, List.copyOf(c.crossCheck), lanes, decisions,
                c.selection == null && !c.inspectionRequired ? null
                        : new CrossingView.Inspection(inspection, c.inspectionStartedAt, c.inspectionEndedAt),
                new CrossingView.Timestamps(c.filedAt, c.amendedAt, c.arrivedAt, c.selectedAt, c.inspectionStartedAt,
                        c.inspectionEndedAt, c.mxDecidedAt, c.usDecidedAt, c.releasedAt));
    }
}
