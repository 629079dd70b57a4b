package io.jointclear.enforcement.cases;

import io.jointclear.enforcement.cases.CaseDocument.Deadline;
import io.jointclear.enforcement.cases.CaseDocument.Goods;
import io.jointclear.enforcement.cases.CaseDocument.Measure;
import io.jointclear.enforcement.cases.CaseDocument.Note;
import io.jointclear.enforcement.cases.CaseDocument.Step;
import io.jointclear.enforcement.cases.CaseDocument.Subject;
import io.jointclear.enforcement.liability.Liability;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The case aggregate: its state changes only through these methods, each checking the procedure's
 * order and the legal terms (a step after its term's last day is refused with the term and its source).
 */
public final class EnforcementCase {

    /** Problem code: a step after the last day of a term that bounds it. */
    public static final String CASE_STEP_LATE = "CASE_STEP_LATE";
    /** Problem code: a step the case's status or procedure does not allow now. */
    public static final String INVALID_CASE_STEP = "INVALID_CASE_STEP";

    private CaseDocument doc;
    private final List<Subject> subjects;
    private final List<Goods> goods;
    private final List<Measure> measures;
    private final List<Step> steps;
    private final List<Deadline> deadlines;
    private final List<Note> notes;
    private CaseStatus status;
    private LocalDate notifiedOn;
    private Liability liability;

    private EnforcementCase(CaseDocument doc) {
        this.doc = doc;
        this.subjects = new ArrayList<>(doc.subjects());
        this.goods = new ArrayList<>(doc.goods());
        this.measures = new ArrayList<>(doc.measures());
        this.steps = new ArrayList<>(doc.steps());
        this.deadlines = new ArrayList<>(doc.deadlines());
        this.notes = new ArrayList<>(doc.notes());
        this.status = doc.status();
        this.notifiedOn = doc.notifiedOn();
        this.liability = doc.liability();
    }

    /** A case as stored. */
    public static EnforcementCase of(CaseDocument stored) {
        return new EnforcementCase(stored);
    }

    /** Opens a case; the OPEN step starts the terms that run from the opening (US seizure notice). */
    public static EnforcementCase open(Opening o, LocalDate on, Instant at, String by, Terms terms) {
        CaseDocument doc = new CaseDocument(UUID.randomUUID(), o.origin(), o.jurisdiction(), o.procedure(),
                CaseStatus.OPEN, o.port(), o.crossingId(), o.detectionId(), o.counterpartReference(), at, by, null,
                o.summary(), o.subjects(), numbered(o.goods()), List.of(), List.of(), List.of(), List.of(), null, 0);
        EnforcementCase c = new EnforcementCase(doc);
        c.steps.add(new Step(StepKind.OPEN, on, at, by, null));
        c.startTerms(StepKind.OPEN, on, terms);
        o.measures().forEach(c::apply);
        return c;
    }

    /** What a case is opened with. */
    public record Opening(CaseOrigin origin, Jurisdiction jurisdiction, Procedure procedure, String port,
                          UUID crossingId, UUID detectionId, String counterpartReference, String summary,
                          List<Subject> subjects, List<Goods> goods, List<Measure> measures) {
        public Opening {
            subjects = List.copyOf(subjects);
            goods = List.copyOf(goods);
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    /**
     * Records a step on {@code on}: refused when the status does not allow it ({@value #INVALID_CASE_STEP})
     * or when a term bounding it ended before {@code on} ({@value #CASE_STEP_LATE}).
     */
    public void record(StepKind kind, LocalDate on, Instant at, String by, String note, Terms terms) {
        requireAllowed(kind);
        for (LegalTerm term : terms.bounding(doc.procedure(), kind)) {
            deadline(term.code()).filter(d -> on.isAfter(d.dueOn())).ifPresent(d -> {
                throw late(kind, on, d);
            });
        }
        closeTermsEndedBy(kind, on, terms);
        startTerms(kind, on, terms);
        steps.add(new Step(kind, on, at, by, note));
        switch (kind) {
            case NOTIFY -> {
                status = CaseStatus.NOTIFIED;
                notifiedOn = on;
            }
            case RESOLVE -> status = CaseStatus.RESOLVED;
            case CLOSE -> status = CaseStatus.CLOSED;
            default -> {
            }
        }
    }

    private void requireAllowed(StepKind kind) {
        Set<StepKind> allowed = switch (status) {
            case OPEN -> Set.of(StepKind.NOTIFY, StepKind.CLOSE);
            case NOTIFIED -> doc.procedure() == Procedure.PAMA
                    ? Set.of(StepKind.FILE_EVIDENCE, StepKind.REQUEST_JUNTA, StepKind.HOLD_JUNTA, StepKind.RESOLVE, StepKind.CLOSE)
                    : Set.of(StepKind.FILE_EVIDENCE, StepKind.RESOLVE, StepKind.CLOSE);
            case RESOLVED -> doc.procedure().mexican() ? Set.of(StepKind.CLOSE) : Set.of(StepKind.PROTEST, StepKind.CLOSE);
            case CLOSED -> Set.of();
        };
        if (!allowed.contains(kind)) {
            throw new ProblemException(409, INVALID_CASE_STEP, "Step not allowed now",
                    "A " + doc.procedure() + " case in status " + status + " does not take the step " + kind
                            + "; allowed now: " + allowed);
        }
        if (kind == StepKind.HOLD_JUNTA && deadline("PAMA_JUNTA_TECNICA").isEmpty()) {
            throw new ProblemException(409, INVALID_CASE_STEP, "Step not allowed now",
                    "No junta técnica consultiva was requested in this case");
        }
        if (kind == StepKind.RESOLVE && liability == null) {
            throw new ProblemException(409, "LIABILITY_REQUIRED", "Liabilities not determined",
                    "The resolution states the liabilities: compute them first (POST /api/v1/cases/{id}/liability)");
        }
    }

    private ProblemException late(StepKind kind, LocalDate on, Deadline d) {
        String detail = "The step " + kind + " on " + on + " is after the term " + d.term() + " that ended on " + d.dueOn()
                + " (" + d.legalSource() + ")";
        // the field path names the term in every language (the Spanish detail is the bundle's)
        return new ProblemException(422, CASE_STEP_LATE, "Step after its legal term", detail,
                List.of(new io.jointclear.shared.FieldViolation("deadlines." + d.term(), CASE_STEP_LATE,
                        "ended on " + d.dueOn() + ": " + d.legalSource())));
    }

    private void closeTermsEndedBy(StepKind kind, LocalDate on, Terms terms) {
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline d = deadlines.get(i);
            boolean ends = d.closedOn() == null && (kind == StepKind.RESOLVE || kind == StepKind.CLOSE
                    || terms.bounding(doc.procedure(), kind).stream().anyMatch(t -> t.code().equals(d.term()) && t.closedBy() == kind));
            if (ends) {
                deadlines.set(i, new Deadline(d.term(), d.startsOn(), d.dueOn(), on, d.legalSource()));
            }
        }
    }

    private void startTerms(StepKind kind, LocalDate on, Terms terms) {
        for (LegalTerm term : terms.startedBy(doc.procedure(), kind)) {
            deadlines.removeIf(d -> d.term().equals(term.code()));
            deadlines.add(new Deadline(term.code(), on, terms.lastDay(term, on), null, term.legalSource()));
        }
    }

    /** A measure on the goods (embargo, release against guarantee, transfer, destruction). */
    public void apply(Measure measure) {
        if (status == CaseStatus.CLOSED) {
            throw new ProblemException(409, INVALID_CASE_STEP, "Case closed", "A closed case takes no measures");
        }
        boolean embargoed = measures.stream().anyMatch(m -> m.kind() == CaseMeasureKind.EMBARGO);
        if (measure.kind() != CaseMeasureKind.EMBARGO && !embargoed) {
            throw new ProblemException(409, INVALID_CASE_STEP, "No embargo",
                    measure.kind() + " applies to goods under embargo; record the EMBARGO first");
        }
        if (measure.kind() == CaseMeasureKind.RELEASE_AGAINST_GUARANTEE && (measure.guarantee() == null || measure.guarantee().signum() <= 0)) {
            throw new ProblemException(422, "GUARANTEE_REQUIRED", "Guarantee required",
                    "A release against guarantee states the amount of the guarantee");
        }
        measures.add(measure);
    }

    /** Records the goods as found (classification, quantities, values, lab result) for line {@code line}. */
    public void recordGoods(Goods found) {
        requireOpen();
        int index = found.line() - 1;
        if (found.line() >= 1 && index < goods.size()) {
            goods.set(index, found);
        } else if (found.line() == goods.size() + 1) {
            goods.add(found);
        } else {
            throw new ProblemException(422, "INVALID_LINE", "No such line",
                    "Goods line " + found.line() + ": the case has " + goods.size() + " line(s); a new one is " + (goods.size() + 1));
        }
    }

    public void addSubject(Subject subject) {
        requireOpen();
        if (!subjects.contains(subject)) {
            subjects.add(subject);
        }
    }

    public void addNote(Note note) {
        notes.add(note);
    }

    /** The liabilities the resolution will state; refused once resolved. */
    public void determine(Liability computed) {
        if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) {
            throw new ProblemException(409, INVALID_CASE_STEP, "Case resolved",
                    "The liabilities of a resolved case are the resolution's; they are not computed again");
        }
        liability = computed;
    }

    private void requireOpen() {
        if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) {
            throw new ProblemException(409, INVALID_CASE_STEP, "Case resolved", "A " + status + " case is not changed");
        }
    }

    private java.util.Optional<Deadline> deadline(String term) {
        return deadlines.stream().filter(d -> d.term().equals(term)).findFirst();
    }

    private static List<Goods> numbered(List<Goods> lines) {
        List<Goods> out = new ArrayList<>();
        for (Goods g : lines) {
            out.add(new Goods(out.size() + 1, g.declarationNumber(), g.declarationDate(), g.declaredCode(), g.foundCode(),
                    g.description(), g.partNumber(), g.origin(), g.quantity(), g.unit(), g.value(), g.currency(),
                    g.exchangeRate(), g.labResult()));
        }
        return out;
    }

    public UUID id() {
        return doc.id();
    }

    public CaseStatus status() {
        return status;
    }

    public Jurisdiction jurisdiction() {
        return doc.jurisdiction();
    }

    public Procedure procedure() {
        return doc.procedure();
    }

    public List<Goods> goods() {
        return List.copyOf(goods);
    }

    public LocalDate openedOn() {
        return steps.getFirst().on();
    }

    /** The day of the latest step: steps are recorded in the order they happened. */
    public LocalDate lastStepOn() {
        return steps.getLast().on();
    }

    /** The case as stored, with {@code version} the one it is written with. */
    public CaseDocument snapshot(long version) {
        doc = new CaseDocument(doc.id(), doc.origin(), doc.jurisdiction(), doc.procedure(), status, doc.port(),
                doc.crossingId(), doc.detectionId(), doc.counterpartReference(), doc.openedAt(), doc.openedBy(), notifiedOn,
                doc.summary(), subjects, goods, measures, steps, deadlines, notes, liability, version);
        return doc;
    }

    public CaseDocument document() {
        return snapshot(doc.version());
    }
}
