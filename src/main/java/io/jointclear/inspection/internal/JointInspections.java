package io.jointclear.inspection.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.clearance.ActionOption;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.inspection.InspectionActions;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        joinRefusal(crossing, store.find(crossingId), authority, actor.username()).ifPresent(p -> {
            throw p;
        });
        if (store.find(crossingId).isEmpty()) {
            schedule(crossingId, crossing.mxCustomsOffice(), crossing.usPort(), "selected", actor.username());
        }
        InspectionStore.Row row = store.lock(crossingId).orElseThrow();
        if ("COMPLETED".equals(row.status())) {
            throw completed();
        }
        store.setOfficer(row.id(), authority, actor.username());
        crossings.inspectionJoined(crossingId, authority, clock.instant(), actor);
        audit.append(AuditEntry.of(actor, "INSPECTION_JOINED", "CROSSING", crossingId.toString(), authority, Map.of()));
        InspectionStore.Row joined = store.lock(crossingId).orElseThrow();
        if (joined.mxOfficer() != null && joined.usOfficer() != null && joined.startedAt() == null) {
            Instant now = clock.instant();
            store.start(row.id(), now);
            crossings.inspectionStarted(crossingId, now, actor);
        }
        return view(crossingId);
    }

    /**
     * Why the officer may not join now, if so: the crossing is closed or not selected for inspection, the
     * inspection has ended, or the officer is already part of it.
     */
    static Optional<ProblemException> joinRefusal(CrossingView crossing, Optional<InspectionStore.Row> row,
                                                  Authority authority, String username) {
        if (crossing.status().isFinal()) {
            return Optional.of(new ProblemException(409, "CROSSING_CLOSED", "Crossing closed",
                    "Crossing " + crossing.id() + " is " + crossing.status() + "; its joint inspection cannot be joined"));
        }
        if (row.isEmpty() && (crossing.inspection() == null || !crossing.inspection().required())) {
            return Optional.of(new ProblemException(409, "NO_INSPECTION", "No inspection for this crossing",
                    "Crossing " + crossing.id() + " is not selected for joint inspection"));
        }
        if (row.isPresent() && "COMPLETED".equals(row.get().status())) {
            return Optional.of(completed());
        }
        if (row.isPresent() && username.equals(authority == Authority.MX ? row.get().mxOfficer() : row.get().usOfficer())) {
            return Optional.of(new ProblemException(409, "ALREADY_JOINED", "Already joined",
                    username + " already takes part in the joint inspection for " + authority));
        }
        return Optional.empty();
    }

    private static ProblemException completed() {
        return new ProblemException(409, "INSPECTION_COMPLETED", "Inspection completed", "The joint inspection has ended");
    }

    @Override
    @Transactional
    public InspectionView recordFinding(UUID crossingId, Actor actor, String kind, Integer line, String description) {
        Authority authority = officerAuthority(actor);
        CrossingView crossing = crossings.get(crossingId, actor);
        InspectionStore.Row row = running(crossingId);
        if (kind == null || !FINDING_KINDS.contains(kind)) {
            throw new ProblemException(400, "INVALID_FINDING", "Invalid finding", "kind must be one of " + FINDING_KINDS,
                    List.of(new FieldViolation("kind", "UNKNOWN_FINDING_KIND", "kind must be one of " + FINDING_KINDS)));
        }
        if (line != null && line < 1) {
            throw new ProblemException(400, "INVALID_FINDING", "Invalid finding", "line numbers start at 1",
                    List.of(new FieldViolation("line", "INVALID_LINE", "line numbers start at 1")));
        }
        int declared = lines(crossing, authority).size();
        if (line != null && line > declared) {
            String message = "The " + authority + " declaration has " + declared + (declared == 1 ? " line" : " lines")
                    + "; there is no line " + line;
            throw new ProblemException(422, "LINE_NOT_DECLARED", "No such declaration line", message,
                    List.of(new FieldViolation("line", "LINE_NOT_DECLARED", message)));
        }
        store.addFinding(row.id(), authority, actor.username(), kind, line, description == null ? "" : description, clock.instant());
        audit.append(AuditEntry.of(actor, "INSPECTION_FINDING_RECORDED", "CROSSING", crossingId.toString(), authority,
                Map.of("kind", kind, "line", String.valueOf(line))));
        // the finding is the label of this authority's selection: anything but NONE is a hit
        riskOutcomes.recordOutcome(crossingId, authority, !"NONE".equals(kind));
        return view(crossingId);
    }

    /** The lines of the authority's own declaration on the crossing, which its findings may name. */
    static List<InspectionActions.Line> lines(CrossingView crossing, Authority authority) {
        List<InspectionActions.Line> out = new ArrayList<>();
        if (crossing.declarations() == null) {
            return out;
        }
        crossing.declarations().stream()
                .filter(d -> authority.name().equals(d.authority()) && d.document() != null && d.document().lines() != null)
                .findFirst().ifPresent(d -> {
                    for (int i = 0; i < d.document().lines().size(); i++) {
                        var l = d.document().lines().get(i);
                        out.add(new InspectionActions.Line(i + 1, l.tariffCode(), l.description()));
                    }
                });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public InspectionActions actions(UUID crossingId, Actor actor) {
        Authority authority = officerAuthority(actor);
        CrossingView crossing = crossings.get(crossingId, actor);
        Optional<InspectionStore.Row> row = store.find(crossingId);
        ActionOption join = joinRefusal(crossing, row, authority, actor.username()).map(JointInspections::option)
                .orElse(ActionOption.open());
        ActionOption running = runningRefusal(crossingId, row).map(JointInspections::option).orElse(ActionOption.open());
        return new InspectionActions(join, running, running, lines(crossing, authority));
    }

    private static ActionOption option(ProblemException refusal) {
        return ActionOption.refused(refusal.code(), refusal.getMessage());
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
        Optional<InspectionStore.Row> row = store.lock(crossingId);
        runningRefusal(crossingId, row).ifPresent(p -> {
            throw p;
        });
        return row.orElseThrow();
    }

    /** Why findings cannot be recorded nor the inspection ended now, if so: none scheduled, or not running. */
    private static Optional<ProblemException> runningRefusal(UUID crossingId, Optional<InspectionStore.Row> row) {
        if (row.isEmpty()) {
            return Optional.of(new ProblemException(404, "INSPECTION_NOT_FOUND", "Inspection not found",
                    "Crossing " + crossingId + " has no joint inspection"));
        }
        if (!"IN_PROGRESS".equals(row.get().status())) {
            return Optional.of(new ProblemException(409, "INSPECTION_NOT_RUNNING", "Inspection not running",
                    "The joint inspection is " + row.get().status().toLowerCase().replace('_', ' ')
                            + "; it runs once an officer of each authority has joined"));
        }
        return Optional.empty();
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
