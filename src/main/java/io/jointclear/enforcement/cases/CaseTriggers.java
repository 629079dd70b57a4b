package io.jointclear.enforcement.cases;

import io.jointclear.audit.AuditEntry;
import io.jointclear.clearance.CrossingEvents;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.Decision;
import io.jointclear.compliance.DetectionConfirmed;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.enforcement.cases.CaseDocument.Goods;
import io.jointclear.enforcement.cases.CaseDocument.Measure;
import io.jointclear.enforcement.cases.CaseDocument.Subject;
import io.jointclear.inspection.InspectionView;
import io.jointclear.inspection.Inspections;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens cases from other modules' facts, once per source: an analyst's confirmed misclassification
 * (a PAMA for the Mexican declaration) and an officer's hold or seizure after a joint inspection that
 * found something (the finding's authority's procedure; JOINT when both found something).
 */
@Component
class CaseTriggers {

    /** Reads crossings and inspections on the platform's behalf, as an analyst would. */
    private static final Actor PLATFORM = new Actor(AuditEntry.SYSTEM, Set.of(Actor.Roles.ANALYST), null, null);

    private final CaseService cases;
    private final Crossings crossings;
    private final Inspections inspections;

    CaseTriggers(CaseService cases, Crossings crossings, Inspections inspections) {
        this.cases = cases;
        this.crossings = crossings;
        this.inspections = inspections;
    }

    @ApplicationModuleListener
    void on(DetectionConfirmed d) {
        Optional<CrossingView> crossing = crossing(d.crossingId());
        Optional<DeclarationDocument> declaration = crossing.flatMap(c -> declaration(c, Authority.MX));
        Goods goods = declaration.flatMap(doc -> doc.lines().stream().filter(l -> d.declaredTariffCode().equals(l.tariffCode()))
                        .findFirst().map(l -> goods(doc, l, d.proposedTariffCode())))
                .orElse(new Goods(1, d.declarationNumber(), d.declarationDate(), d.declaredTariffCode(), d.proposedTariffCode(),
                        null, null, null, null, null, null, null, null, null));
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject("IMPORTER", d.importerRfc(), null));
        crossing.ifPresent(c -> subjects.addAll(crossingSubjects(c, declaration.orElse(null))));
        String summary = "Confirmed misclassification by " + d.confirmedBy() + ": " + d.declaredTariffCode() + " → "
                + d.proposedTariffCode() + "; tax at stake MXN " + d.taxAtStakeMxn() + ". " + d.explanation();
        cases.openAs(new EnforcementCase.Opening(CaseOrigin.DETECTION, Jurisdiction.MX, Procedure.PAMA,
                crossing.map(CrossingView::mxCustomsOffice).orElse(null), d.crossingId(), d.detectionId(), null,
                summary.length() > 2000 ? summary.substring(0, 2000) : summary, distinct(subjects), List.of(goods), List.of()),
                d.confirmedBy());
    }

    @ApplicationModuleListener
    void on(CrossingEvents.DecisionRecorded decided) {
        if (decided.decision() != Decision.HOLD && decided.decision() != Decision.SEIZE) {
            return;
        }
        Optional<InspectionView> inspection = inspection(decided);
        List<InspectionView.Finding> findings = inspection.map(InspectionView::findings).orElse(List.of()).stream()
                .filter(f -> !"NONE".equals(f.kind())).toList();
        Optional<CrossingView> crossing = crossing(decided.crossingId());
        if (findings.isEmpty() || crossing.isEmpty()) {
            return; // a hold without a finding (documents, payment) is not an enforcement case
        }
        Set<Authority> found = findings.stream().map(InspectionView.Finding::authority).collect(Collectors.toSet());
        Jurisdiction jurisdiction = found.size() > 1 ? Jurisdiction.JOINT : Jurisdiction.valueOf(decided.authority().name());
        Procedure procedure = jurisdiction != Jurisdiction.US ? Procedure.PAMA
                : decided.decision() == Decision.SEIZE ? Procedure.US_SEIZURE_1595A : Procedure.US_PENALTY_1592;
        Authority side = jurisdiction == Jurisdiction.US ? Authority.US : Authority.MX;
        CrossingView c = crossing.get();
        Optional<DeclarationDocument> declaration = declaration(c, side);
        List<Goods> goods = new ArrayList<>();
        declaration.ifPresent(doc -> findings.stream().filter(f -> f.authority() == side && f.line() != null)
                .map(InspectionView.Finding::line).distinct().filter(n -> n >= 1 && n <= doc.lines().size())
                .forEach(n -> goods.add(goods(doc, doc.lines().get(n - 1), null))));
        String summary = findings.stream().map(f -> f.authority() + " " + f.kind() + (f.line() == null ? "" : " line " + f.line())
                + ": " + f.description()).collect(Collectors.joining("; "));
        List<Measure> measures = decided.decision() == Decision.SEIZE
                ? List.of(new Measure(CaseMeasureKind.EMBARGO, cases.today(), decided.officer(), c.mxCustomsOffice(), "seized at the joint inspection", null))
                : List.of();
        cases.openAs(new EnforcementCase.Opening(CaseOrigin.INSPECTION, jurisdiction, procedure,
                side == Authority.MX ? c.mxCustomsOffice() : c.usPort(), c.id(), null, null,
                summary.length() > 2000 ? summary.substring(0, 2000) : summary,
                distinct(crossingSubjects(c, declaration.orElse(null))), goods, measures), decided.officer());
    }

    private Optional<InspectionView> inspection(CrossingEvents.DecisionRecorded decided) {
        try {
            return Optional.of(inspections.get(decided.crossingId(), PLATFORM));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    private Optional<CrossingView> crossing(java.util.UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(crossings.get(id, PLATFORM));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    private static Optional<DeclarationDocument> declaration(CrossingView c, Authority authority) {
        return c.declarations() == null ? Optional.empty() : c.declarations().stream()
                .filter(d -> authority.name().equals(d.authority())).map(CrossingView.DeclarationView::document)
                .filter(Objects::nonNull).findFirst();
    }

    private static Goods goods(DeclarationDocument doc, DeclarationDocument.Line l, String foundCode) {
        return new Goods(1, doc.number(), doc.date(), l.tariffCode(), foundCode, l.description(), null, l.origin(),
                l.quantity() == null ? null : l.quantity().value(), l.quantity() == null ? null : l.quantity().unit(),
                l.value(), doc.currency(), doc.exchangeRate(), null);
    }

    private static List<Subject> crossingSubjects(CrossingView c, DeclarationDocument doc) {
        List<Subject> out = new ArrayList<>();
        if (doc != null && doc.importer() != null && doc.importer().taxId() != null) {
            out.add(new Subject("IMPORTER", doc.importer().taxId(), doc.importer().name()));
        }
        if (doc != null && doc.filerOfRecord() != null) {
            out.add(new Subject("AGENT", doc.filerOfRecord(), null));
        }
        if (doc != null && doc.seller() != null && doc.seller().name() != null) {
            out.add(new Subject("SUPPLIER", doc.seller().taxId() != null ? doc.seller().taxId() : doc.seller().name(), doc.seller().name()));
        }
        if (c.carrier() != null && c.carrier().scac() != null) {
            out.add(new Subject("CARRIER", c.carrier().scac(), c.carrier().name()));
        }
        if (c.driver() != null && (c.driver().fastCard() != null || c.driver().name() != null)) {
            out.add(new Subject("DRIVER", c.driver().fastCard() != null ? c.driver().fastCard() : c.driver().name(), c.driver().name()));
        }
        if (c.conveyance() != null && c.conveyance().plate() != null) {
            out.add(new Subject("TRUCK", c.conveyance().plate(), null));
        }
        return out;
    }

    private static List<Subject> distinct(List<Subject> subjects) {
        List<Subject> out = new ArrayList<>();
        for (Subject s : subjects) {
            if (s.key() != null && out.stream().noneMatch(o -> o.role().equals(s.role()) && o.key().equals(s.key()))) {
                out.add(s);
            }
        }
        return out;
    }
}
