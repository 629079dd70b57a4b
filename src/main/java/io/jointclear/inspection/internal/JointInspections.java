package io.jointclear.inspection.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.inspection.InspectionScheduled;
import io.jointclear.inspection.InspectionView;
import io.jointclear.inspection.Inspections;
import io.jointclear.reference.CodeLists;
import io.jointclear.risk.RiskOutcomes;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules one joint inspection per crossing and runs it: each authority's officer joins, the
 * inspection starts when both are there, each records findings, and either ends it.
 */
@Service
public class JointInspections implements Inspections {

    static final Set<String> FINDING_KINDS = Set.of("QUANTITY", "CLASSIFICATION", "ORIGIN", "UNDECLARED_GOODS",
            "PROHIBITED_GOODS", "VALUE", "DOCUMENTS", "NONE");

    private final InspectionStore store;
    private final Crossings crossings;
    private final CodeLists codeLists;
    private final AuditLog audit;
    private final RiskOutcomes riskOutcomes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JointInspections(InspectionStore store, Crossings crossings, CodeLists codeLists, AuditLog audit,
                     RiskOutcomes riskOutcomes, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.crossings = crossings;
        this.codeLists = codeLists;
        this.audit = audit;
        this.riskOutcomes = riskOutcomes;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules the crossing's joint inspection unless it already has one. */
    @Transactional
    public void schedule(UUID crossingId, String mxCustomsOffice, String usPort, String reason, String actor) {
        Instant now = clock.instant();
        String facility = codeLists.portPair(mxCustomsOffice, usPort)
                .map(p -> p.mxName() + " / " + p.usName() + " (" + mxCustomsOffice + "/" + usPort + ")")
                .orElse(mxCustomsOffice + "/" + usPort);   // proper names only: the console words it per language
        UUID id = UUID.randomUUID();
        if (store.insertIfAbsent(id, crossingId, facility, mxCustomsOffice, usPort, reason, now)) {
            audit.append(AuditEntry.of(actor, "INSPECTION_SCHEDULED", "CROSSING", crossingId.toString(), null,
                    Map.of("facility", facility, "reason", reason)));
            events.publishEvent(new InspectionScheduled(id, crossingId, facility, mxCustomsOffice, usPort, reason, now));
        }
    }

    /** The officer joins for their authority; the inspection starts when both authorities are present. */
    @Override
    @Transactional
    public InspectionView join(UUID crossingId, Actor actor) {
        Authority authority = officerAuthority(actor);
        CrossingView crossing = crossings.get(crossingId, actor);
        if (store.find(crossingId).isEmpty()) {
            if (crossing.inspection() == null || !crossing.inspection().required()) {
                throw new ProblemException(409, "NO_INSPECTION", "No inspection for this crossing",
                        "Crossing " + crossingId + " is not selected for joint inspection");
            }
            schedule(crossingId, crossing.mxCustomsOffice(), crossing.usPort(), "selected", actor.username());
        }
        InspectionStore.Row row = store.lock(crossingId).orElseThrow();
        if ("COMPLETED".equals(row.status())) {
            throw new ProblemException(409, "INSPECTION_COMPLETED", "Inspection completed", "The joint inspection has ended");
        }
        store.setOfficer(row.id(), authority, actor.username());
        audit.append(AuditEntry.of(actor, "INSPECTION_JOINED", "CROSSING", crossingId.toString(), authority, Map.of()));
        InspectionStore.Row joined = store.lock(crossingId).orElseThrow();
        if (joined.mxOfficer() != null && joined.usOfficer() != null && joined.startedAt() == null) {
            Instant now = clock.instant();
            store.start(row.id(), now);
            crossings.inspectionStarted(crossingId, now, actor);
        }
        return view(crossingId);
    }

    @Override
    @Transactional
    public InspectionView recordFinding(UUID crossingId, Actor actor, String kind, Integer line, String description) {
        Authority authority = officerAuthority(actor);
        InspectionStore.Row row = running(crossingId);
        if (kind == null || !FINDING_KINDS.contains(kind)) {
            throw new ProblemException(400, "INVALID_FINDING", "Invalid finding", "kind must be one of " + FINDING_KINDS,
                    List.of(new FieldViolation("kind", "UNKNOWN_FINDING_KIND", "kind must be one of " + FINDING_KINDS)));
        }
        if (line != null && line < 1) {
            throw new ProblemException(400, "INVALID_FINDING", "Invalid finding", "line numbers start at 1",
                    List.of(new FieldViolation("line", "INVALID_LINE", "line numbers start at 1")));
        }
        store.addFinding(row.id(), authority, actor.username(), kind, line, description == null ? "" : description, clock.instant());
        audit.append(AuditEntry.of(actor, "INSPECTION_FINDING_RECORDED", "CROSSING", crossingId.toString(), authority,
                Map.of("kind", kind, "line", String.valueOf(line))));
        // the finding is the label of this authority's selection: anything but NONE is a hit
        riskOutcomes.recordOutcome(crossingId, authority, !"NONE".equals(kind));
        return view(crossingId);
    }

    @Override
    @Transactional
    public InspectionView end(UUID crossingId, Actor actor) {
        officerAuthority(actor);
        InspectionStore.Row row = running(crossingId);
        Instant now = clock.instant();
        store.end(row.id(), now);
        crossings.inspectionEnded(crossingId, now, actor);
        return view(crossingId);
    }

    @Override
    @Transactional(readOnly = true)
    public InspectionView get(UUID crossingId, Actor actor) {
        crossings.get(crossingId, actor); // same visibility as the crossing
        return view(crossingId);
    }

    private InspectionView view(UUID crossingId) {
        return store.view(crossingId).orElseThrow(() -> new ProblemException(404, "INSPECTION_NOT_FOUND",
                "Inspection not found", "Crossing " + crossingId + " has no joint inspection"));
    }

    private InspectionStore.Row running(UUID crossingId) {
        InspectionStore.Row row = store.lock(crossingId).orElseThrow(() -> new ProblemException(404, "INSPECTION_NOT_FOUND",
                "Inspection not found", "Crossing " + crossingId + " has no joint inspection"));
        if (!"IN_PROGRESS".equals(row.status())) {
            throw new ProblemException(409, "INSPECTION_NOT_RUNNING", "Inspection not running",
                    "The joint inspection is " + row.status().toLowerCase().replace('_', ' ')
                            + "; it runs once an officer of each authority has joined");
        }
        return row;
    }

    private static Authority officerAuthority(Actor actor) {
        if (actor.isOfficerOf(Authority.MX)) {
            return Authority.MX;
        }
        if (actor.isOfficerOf(Authority.US)) {
            return Authority.US;
        }
        throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only customs officers take part in a joint inspection");
    }
}
