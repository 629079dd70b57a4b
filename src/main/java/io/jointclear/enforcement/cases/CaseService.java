package io.jointclear.enforcement.cases;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.enforcement.cases.CaseDocument.Goods;
import io.jointclear.enforcement.cases.CaseDocument.Measure;
import io.jointclear.enforcement.cases.CaseDocument.Note;
import io.jointclear.enforcement.cases.CaseDocument.Subject;
import io.jointclear.enforcement.liability.FineChoice;
import io.jointclear.enforcement.liability.Liabilities;
import io.jointclear.enforcement.liability.Liability;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases' use cases: open, take steps and measures, record goods, compute liabilities; every change audited. */
@Service
public class CaseService {

    /** Subject type of the audit entries of a case. */
    public static final String AUDIT_SUBJECT = "ENFORCEMENT_CASE";
    /** Days are Mexico City days: both agencies' terms are counted in whole days at the border. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final int MAX_LIST = 500;
    /** How far back a case may be dated: the Fisco's powers lapse after five years (CFF art. 67). */
    private static final int MAX_YEARS_BACK = 5;

    private final CaseStore store;
    private final Terms terms;
    private final AuditLog audit;
    private final Liabilities liabilities;
    private final Clock clock;

    CaseService(CaseStore store, Terms terms, AuditLog audit, Liabilities liabilities, Clock clock) {
        this.store = store;
        this.terms = terms;
        this.audit = audit;
        this.liabilities = liabilities;
        this.clock = clock;
    }

    /** Opens a case for an analyst or officer. */
    @Transactional
    public CaseDocument open(EnforcementCase.Opening opening, LocalDate openedOn, Actor actor) {
        CaseAccess.requireOpens(actor, opening.jurisdiction());
        LocalDate day = openedOn == null ? today() : openedOn;
        if (day.isAfter(today()) || day.isBefore(today().minusYears(MAX_YEARS_BACK))) {
            throw new ProblemException(422, "DATE_OUT_OF_RANGE", "Date out of range",
                    "A case opens on a day of the last " + MAX_YEARS_BACK + " years (CFF art. 67), not on " + day);
        }
        return insert(opening, day, actor.username()).orElseThrow();
    }

    /**
     * Opens a case from an event (detection, inspection) unless that source already opened one.
     *
     * @return the new case, empty when the source had opened one already
     */
    @Transactional
    public Optional<CaseDocument> openAs(EnforcementCase.Opening opening, String by) {
        return insert(opening, today(), by);
    }

    private Optional<CaseDocument> insert(EnforcementCase.Opening opening, LocalDate on, String by) {
        EnforcementCase c = EnforcementCase.open(opening, on, clock.instant(), by, terms);
        if (!store.insert(c)) {
            return Optional.empty();
        }
        CaseDocument d = c.document();
        audit.append(AuditEntry.of(by, "CASE_OPENED", AUDIT_SUBJECT, d.id().toString(), authority(d), Map.of(
                "origin", d.origin(), "jurisdiction", d.jurisdiction(), "procedure", d.procedure(),
                "source", String.valueOf(d.detectionId() != null ? d.detectionId() : d.crossingId()))));
        return Optional.of(d);
    }

    @Transactional
    public CaseDocument step(UUID id, StepKind kind, LocalDate on, String note, Actor actor) {
        LocalDate day = on == null ? today() : on;
        return change(id, actor, "CASE_STEP_RECORDED", Map.of("step", kind, "on", day), c -> {
            if (day.isAfter(today()) || day.isBefore(c.lastStepOn())) {
                throw new ProblemException(422, "DATE_OUT_OF_RANGE", "Date out of range",
                        "Steps are recorded in order: between the last step (" + c.lastStepOn() + ") and today (" + today() + "), not on " + day);
            }
            if (kind == StepKind.OPEN) {
                throw new ProblemException(409, EnforcementCase.INVALID_CASE_STEP, "Step not allowed now", "The case is open already");
            }
            c.record(kind, day, clock.instant(), actor.username(), note, terms);
        });
    }

    @Transactional
    public CaseDocument measure(UUID id, Measure measure, Actor actor) {
        Measure m = new Measure(measure.kind(), measure.on() == null ? today() : measure.on(), actor.username(),
                measure.place(), measure.note(), measure.guarantee());
        return change(id, actor, "CASE_MEASURE_APPLIED", Map.of("measure", m.kind(), "on", m.on(),
                "guarantee", String.valueOf(m.guarantee())), c -> c.apply(m));
    }

    @Transactional
    public CaseDocument goods(UUID id, Goods goods, Actor actor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", goods.line());
        details.put("declaredCode", String.valueOf(goods.declaredCode()));
        details.put("foundCode", String.valueOf(goods.foundCode()));
        return change(id, actor, "CASE_GOODS_RECORDED", details, c -> c.recordGoods(goods));
    }

    @Transactional
    public CaseDocument subject(UUID id, Subject subject, Actor actor) {
        return change(id, actor, "CASE_SUBJECT_ADDED", Map.of("role", subject.role(), "key", subject.key()),
                c -> c.addSubject(subject));
    }

    @Transactional
    public CaseDocument note(UUID id, String text, Actor actor) {
        return change(id, actor, "CASE_NOTE_ADDED", Map.of("length", text.length()),
                c -> c.addNote(new Note(clock.instant(), actor.username(), text)));
    }

    /** Computes and stores the liabilities the resolution will state. */
    @Transactional
    public CaseDocument liability(UUID id, LocalDate asOf, List<FineChoice> fines, BigDecimal domesticValue, Actor actor) {
        LocalDate day = asOf == null ? today() : asOf;
        if (day.isAfter(today().plusYears(1))) {
            throw new ProblemException(422, "DATE_OUT_OF_RANGE", "Date out of range",
                    "Liabilities are computed to a payment day within a year, not " + day);
        }
        Liability[] computed = new Liability[1];
        CaseDocument d = change(id, actor, "CASE_LIABILITY_DETERMINED", Map.of("asOf", day), c -> {
            computed[0] = liabilities.compute(c.document(), day, fines, domesticValue, actor.username());
            c.determine(computed[0]);
        });
        audit.append(AuditEntry.of(actor, "CASE_LIABILITY_FIGURES", AUDIT_SUBJECT, id.toString(), authority(d), Map.of(
                "currency", computed[0].currency(), "omitted", computed[0].omittedTotal(), "total", computed[0].total(),
                "fines", computed[0].finesTotal())));
        return d;
    }

    private CaseDocument change(UUID id, Actor actor, String action, Map<String, ?> details, Consumer<EnforcementCase> change) {
        CaseDocument read = store.lock(id).orElseThrow(() -> CaseAccess.notFound(id));
        CaseAccess.requireActsOn(actor, read);
        EnforcementCase c = EnforcementCase.of(read);
        change.accept(c);
        store.update(c, read.version());
        CaseDocument d = c.document();
        audit.append(AuditEntry.of(actor, action, AUDIT_SUBJECT, id.toString(), authority(d), details));
        return d;
    }

    /** The case in full for officials, the trader's summary for a notified broker or carrier it names. */
    @Transactional(readOnly = true)
    public Object get(UUID id, Actor actor) {
        CaseDocument c = store.find(id).orElseThrow(() -> CaseAccess.notFound(id));
        if (CaseAccess.readsInFull(actor, c)) {
            return c;
        }
        if (CaseAccess.tradersOwn(actor, c)) {
            return TraderCaseView.of(c);
        }
        throw CaseAccess.notFound(id);
    }

    /**
     * Locks the case for an act recorded outside its document (evidence, custody), in the caller's
     * transaction: the officer must act on its jurisdiction; a closed case takes nothing more.
     */
    @Transactional
    public CaseDocument lockForAct(UUID id, Actor actor) {
        CaseDocument c = store.lock(id).orElseThrow(() -> CaseAccess.notFound(id));
        CaseAccess.requireActsOn(actor, c);
        if (c.status() == CaseStatus.CLOSED) {
            throw new ProblemException(409, EnforcementCase.INVALID_CASE_STEP, "Case closed", "A closed case takes nothing more");
        }
        return c;
    }

    /** The case in full, for officials only (evidence, custody, console). */
    @Transactional(readOnly = true)
    public CaseDocument getInFull(UUID id, Actor actor) {
        CaseDocument c = store.find(id).orElseThrow(() -> CaseAccess.notFound(id));
        if (!CaseAccess.readsInFull(actor, c)) {
            throw CaseAccess.notFound(id);
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> list(CaseStatus status, Actor actor) {
        return store.list(status, MAX_LIST).stream()
                .filter(c -> CaseAccess.readsInFull(actor, c) || CaseAccess.tradersOwn(actor, c))
                .map(c -> CaseAccess.readsInFull(actor, c) ? CaseSummary.of(c) : CaseSummary.forTrader(c))
                .toList();
    }

    /** Open terms ending within {@code days} days (alerts), overdue ones first; officials of the jurisdiction only. */
    @Transactional(readOnly = true)
    public List<DeadlineAlert> alerts(int days, Actor actor) {
        LocalDate today = today();
        return store.dueBy(today.plusDays(days)).stream()
                .filter(d -> actor.hasAnyRole(Actor.Roles.ANALYST, Actor.Roles.AUDITOR, Actor.Roles.ADMIN)
                        || actor.isOfficer() && d.jurisdiction().includes(actor.authority()))
                .map(d -> new DeadlineAlert(d.caseId(), d.jurisdiction(), d.procedure(), d.status(), d.port(), d.term(),
                        d.dueOn(), d.dueOn().isBefore(today) ? "OVERDUE" : "DUE_SOON",
                        (int) java.time.temporal.ChronoUnit.DAYS.between(today, d.dueOn())))
                .toList();
    }

    /** An open term near or past its last day. {@code daysLeft} is negative when overdue. */
    public record DeadlineAlert(UUID caseId, Jurisdiction jurisdiction, Procedure procedure, CaseStatus status, String port,
                                String term, LocalDate dueOn, String alert, int daysLeft) {
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> related(UUID id, Actor actor) {
        CaseDocument c = getInFull(id, actor);
        return store.related(c).stream().filter(x -> CaseAccess.readsInFull(actor, x)).map(CaseSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<CaseStore.ReportRow> report() {
        return store.report();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static Authority authority(CaseDocument d) {
        return switch (d.jurisdiction()) {
            case MX -> Authority.MX;
            case US -> Authority.US;
            case JOINT -> null;
        };
    }
}
