package io.jointclear.operators.proceedings;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.operators.AuthorisationSanctioned;
import io.jointclear.operators.OperatorDirectory;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.proceedings.Proceeding.Cause;
import io.jointclear.operators.proceedings.Proceeding.Outcome;
import io.jointclear.operators.proceedings.Proceeding.Status;
import io.jointclear.operators.proceedings.ProceedingRequests.CauseBody;
import io.jointclear.operators.proceedings.ProceedingRequests.EvidenceBody;
import io.jointclear.operators.proceedings.ProceedingRequests.Open;
import io.jointclear.operators.proceedings.ProceedingTerms.Deadline;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proceedings' use cases: officials read cases and their deadlines; Mexican officers (and administrators) open
 * cases and record each step; analysts may propose a case for an officer to open. Every step is written to the
 * hash-chained audit log in the same transaction, and a sanction is published as {@link AuthorisationSanctioned}
 * for the registry to apply.
 */
@Service
public class Proceedings {

    static final int MAX_CAUSES = 20;
    static final int MAX_EVIDENCE = 200;
    static final int MAX_TEXT = 2_000;
    static final int MAX_LIST = 500;
    /** Deadlines within this many calendar days are "due soon". */
    static final int DUE_SOON_DAYS = 5;

    private final ProceedingStore store;
    private final ProceedingTerms terms;
    private final io.jointclear.operators.registry.OperatorRegistry directory;
    private final EvidenceCheck evidence;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Proceedings(ProceedingStore store, ProceedingTerms terms, io.jointclear.operators.registry.OperatorRegistry directory, EvidenceCheck evidence, AuditLog audit,
                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.terms = terms;
        this.directory = directory;
        this.evidence = evidence;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProceedingView> list(Actor actor, String status, UUID operatorId) {
        officialsOnly(actor);
        Status s = null;
        if (status != null && !status.isBlank()) {
            s = parse(Status.class, status, "status");
        }
        return store.list(s, operatorId, MAX_LIST).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ProceedingView get(Actor actor, UUID id) {
        officialsOnly(actor);
        return view(load(id));
    }

    /** Deadlines of pending and resolved cases that are due within {@value #DUE_SOON_DAYS} days or overdue, soonest first. */
    @Transactional(readOnly = true)
    public List<ProceedingView.Alert> alerts(Actor actor) {
        officialsOnly(actor);
        List<ProceedingView.Alert> out = new ArrayList<>();
        for (Status s : List.of(Status.OPEN, Status.RESOLVED)) {
            for (ProceedingView p : store.list(s, null, MAX_LIST).stream().map(this::view).toList()) {
                p.deadlines().stream().filter(d -> d.state().equals("DUE_SOON") || d.state().equals("OVERDUE"))
                        .forEach(d -> out.add(new ProceedingView.Alert(p.id(), p.operatorId(), p.operatorCode(), p.legalBasis(),
                                d.term(), d.dueOn(), d.state(), d.legalSource())));
            }
        }
        out.sort(java.util.Comparator.comparing(ProceedingView.Alert::dueOn));
        return out;
    }

    /** Opens a case (officer, administrator) or proposes one (analyst). */
    @Transactional
    public ProceedingView open(Actor actor, Open body) {
        boolean opens = actor.hasAnyRole(Roles.OFFICER_MX, Roles.ADMIN);
        if (!opens && !actor.hasRole(Roles.ANALYST)) {
            throw forbidden("Only Mexican officers and administrators open proceedings; analysts may propose them");
        }
        if (body == null || body.operatorId() == null) {
            throw invalid("operatorId", "REQUIRED", "operatorId is required");
        }
        OperatorRef operator = operators().byId(body.operatorId()).orElseThrow(() -> new ProblemException(404, "OPERATOR_NOT_FOUND",
                "Operator not found", "No operator " + body.operatorId() + " in the registry"));
        LegalBasis basis = parse(LegalBasis.class, body.legalBasis(), "legalBasis");
        if (!basis.reaches(operator.type())) {
            throw new ProblemException(422, "LEGAL_BASIS_NOT_FOR_OPERATOR", "Legal basis does not reach this operator",
                    basis.citation() + " does not apply to an operator of type " + operator.type(),
                    List.of(new FieldViolation("legalBasis", "LEGAL_BASIS_NOT_FOR_OPERATOR", "not for " + operator.type())));
        }
        String authorisation = text(body.authorisationNumber(), "authorisationNumber", 64);
        if (!holds(operator, authorisation)) {
            throw new ProblemException(404, "AUTHORISATION_NOT_FOUND", "Authorisation not found",
                    "Operator " + operator.code() + " holds no authorisation " + authorisation,
                    List.of(new FieldViolation("authorisationNumber", "AUTHORISATION_NOT_FOUND", "not held by the operator")));
        }
        List<Cause> causes = causes(basis, body.causes());
        List<EvidenceBody> items = body.evidence() == null ? List.of() : body.evidence();
        if (items.size() > MAX_EVIDENCE) {
            throw invalid("evidence", "TOO_MANY_ENTRIES", "at most " + MAX_EVIDENCE + " items");
        }
        LocalDate on = date(body.date());
        UUID id = UUID.randomUUID();
        Proceeding p = opens
                ? Proceeding.open(id, operator, authorisation, basis, causes, actor.username(), on, clock.instant())
                : Proceeding.propose(id, operator, authorisation, basis, causes, "proposed by analyst " + actor.username(),
                actor.username(), on, clock.instant());
        for (int i = 0; i < items.size(); i++) {
            p.attach(evidence.checked(items.get(i), operator, actor.username(), clock.instant(), "evidence[" + i + "]"), on);
        }
        store.insert(p);
        audit(p, 0);
        return view(p);
    }

    /**
     * A case the platform proposes by itself (the courier irregularity threshold), with the figures it computed as
     * evidence; nothing when a case of the operator is already pending.
     */
    @Transactional
    public boolean proposeBySystem(OperatorRef operator, String authorisation, LegalBasis basis, List<Cause> causes, String reason,
                                   Proceeding.Evidence computed) {
        if (!store.list(Status.PROPOSED, operator.id(), 1).isEmpty() || !store.list(Status.OPEN, operator.id(), 1).isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Proceeding p = Proceeding.propose(UUID.randomUUID(), operator, authorisation, basis, causes, reason, AuditEntry.SYSTEM,
                today, clock.instant());
        p.attach(computed, today);
        store.insert(p);
        audit(p, 0);
        return true;
    }

    @Transactional
    public ProceedingView attach(Actor actor, UUID id, EvidenceBody body) {
        officersOnly(actor);
        Proceeding p = load(id);
        if (p.evidence.size() >= MAX_EVIDENCE) {
            throw invalid("evidence", "TOO_MANY_ENTRIES", "at most " + MAX_EVIDENCE + " items");
        }
        int before = p.steps.size();
        OperatorRef operator = operators().byId(p.operatorId).orElse(new OperatorRef(p.operatorId,
                io.jointclear.operators.OperatorType.valueOf(p.operatorType), p.operatorCode, p.operatorCode));
        p.attach(evidence.checked(body, operator, actor.username(), clock.instant(), "evidence"), LocalDate.now(clock));
        store.update(p);
        audit(p, before);
        return view(p);
    }

    /** Records one step of a case, refused when it is not allowed now or comes after its legal deadline. */
    @Transactional
    public ProceedingView step(Actor actor, UUID id, ProceedingRequests.Step body) {
        officersOnly(actor);
        if (body == null || body.step() == null) {
            throw invalid("step", "REQUIRED", "step is required");
        }
        Proceeding p = load(id);
        int before = p.steps.size();
        LocalDate on = date(body.date());
        String who = actor.username();
        var now = clock.instant();
        List<AuthorisationSanctioned> sanctions = new ArrayList<>();
        switch (body.step().strip().toUpperCase(Locale.ROOT)) {
            case "OPEN" -> p.openProposed(who, on, now);
            case "DECLINE" -> p.decline(who, on, now, text(body.text(), "text", MAX_TEXT));
            case "NOTIFY" -> p.notified(who, on, now, terms);
            case "ARGUMENTS" -> p.argumentsReceived(who, on, now, text(body.text(), "text", MAX_TEXT), terms);
            case "SUSPEND" -> sanctions.add(p.suspendProvisionally(who, on, now, text(body.text(), "text", MAX_TEXT)));
            case "LIFT_SUSPENSION" -> sanctions.add(p.liftSuspension(who, on, now));
            case "RESOLVE" -> sanctions.addAll(p.resolve(who, on, now, parse(Outcome.class, body.outcome(), "outcome"),
                    body.suspensionDays(), text(body.text(), "text", MAX_TEXT), terms));
            case "APPEAL" -> p.appealed(who, on, now, appealKind(body.text()), terms);
            default -> throw invalid("step", "INVALID_VALUE",
                    "step is one of OPEN, DECLINE, NOTIFY, ARGUMENTS, SUSPEND, LIFT_SUSPENSION, RESOLVE, APPEAL");
        }
        store.update(p);
        audit(p, before);
        sanctions.forEach(events::publishEvent);
        return view(p);
    }

    /** Whether the registry shows the operator holding an authorisation with that number (of any kind). */
    boolean holds(OperatorRef operator, String number) {
        return authorisationOf(operator, number).isPresent();
    }

    java.util.Optional<io.jointclear.operators.registry.Authorisation> authorisationOf(OperatorRef operator, String number) {
        for (io.jointclear.operators.AuthorisationKind kind : io.jointclear.operators.AuthorisationKind.values()) {
            var found = directory.authorisation(kind, number).filter(a -> a.operatorId().equals(operator.id()));
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static String appealKind(String text) {
        String kind = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!kind.equals("RECURSO_REVOCACION") && !kind.equals("JUICIO_NULIDAD")) {
            throw invalid("text", "INVALID_VALUE", "the appeal is RECURSO_REVOCACION or JUICIO_NULIDAD");
        }
        return kind;
    }

    /** Writes the case's steps from index {@code from} to the audit log (in the caller's transaction). */
    void audit(Proceeding p, int from) {
        List<AuditEntry> entries = new ArrayList<>();
        for (Proceeding.Step s : p.steps.subList(from, p.steps.size())) {
            Map<String, Object> details = new LinkedHashMap<>(s.details());
            details.put("stepDate", s.date());
            details.put("operatorId", p.operatorId);
            details.put("authorisation", p.authorisationNumber);
            details.put("legalBasis", p.basis.citation());
            entries.add(AuditEntry.of(s.actor(), "PROCEEDING_" + s.step(), "PROCEEDING", p.id.toString(), Authority.MX, details));
        }
        audit.appendAll(entries);
    }

    ProceedingView view(Proceeding p) {
        LocalDate today = LocalDate.now(clock);
        Proceeding.Stage stage = p.stage(today);
        return new ProceedingView(p.id, p.operatorId, p.operatorType, p.operatorCode, p.authorisationNumber, p.basis.name(),
                p.basis.citation(), p.status.name(), stage == null ? null : stage.name(), p.causes, p.openedOn, p.notifiedOn,
                p.suspendedFrom == null ? null : new ProceedingView.ProvisionalSuspension(p.suspendedFrom, p.suspendedUntil),
                p.resolution == null ? null : new ProceedingView.Resolution(p.resolution.name(), p.resolvedOn, p.suspensionDays,
                        p.registrationBarUntil),
                p.appealedOn == null ? null : new ProceedingView.Appeal(p.appealedOn, p.appealKind), p.proposedReason,
                p.deadlines(terms).stream().map(d -> deadline(p, d, today)).toList(),
                p.evidence.stream().map(e -> new ProceedingView.EvidenceView(e.kind(), e.reference(), e.summary(), e.addedBy(),
                        e.addedAt())).toList(),
                p.steps.stream().map(s -> new ProceedingView.StepView(s.step(), s.date(), s.actor(), s.recordedAt(), s.details())).toList());
    }

    private static ProceedingView.DeadlineView deadline(Proceeding p, Deadline d, LocalDate today) {
        LocalDate done = switch (d.term()) {
            case ARGUMENTS -> null;
            case RESOLUTION -> p.resolvedOn;
            case APPEAL -> p.appealedOn;
            case REGISTRATION_BAR -> null;
        };
        String state;
        if (done != null) {
            state = "MET";
        } else if (d.term() == ProceedingTerms.Term.ARGUMENTS || d.term() == ProceedingTerms.Term.REGISTRATION_BAR
                || d.term() == ProceedingTerms.Term.APPEAL) {
            // a period for the operator (or a bar), not a duty of the authority: it runs, then ends
            state = today.isAfter(d.dueOn()) ? "ENDED" : !d.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS))
                    && d.term() != ProceedingTerms.Term.REGISTRATION_BAR ? "DUE_SOON" : "RUNNING";
        } else if (p.status != Status.OPEN) {
            state = "ENDED";
        } else {
            state = today.isAfter(d.dueOn()) ? "OVERDUE" : !d.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS)) ? "DUE_SOON" : "RUNNING";
        }
        return new ProceedingView.DeadlineView(d.term().name(), d.dueOn(), d.amount(), d.unit().name(), d.legalSource(), state);
    }

    private Proceeding load(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(404, "PROCEEDING_NOT_FOUND", "Proceeding not found",
                "No proceeding " + id));
    }

    private List<Cause> causes(LegalBasis basis, List<CauseBody> bodies) {
        if (bodies == null || bodies.isEmpty()) {
            throw invalid("causes", "REQUIRED", "a proceeding names at least one cause");
        }
        if (bodies.size() > MAX_CAUSES) {
            throw invalid("causes", "TOO_MANY_ENTRIES", "at most " + MAX_CAUSES + " causes");
        }
        List<Cause> out = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            CauseBody c = bodies.get(i);
            String code = c == null || c.code() == null ? "" : c.code().strip().toUpperCase(Locale.ROOT);
            if (!basis.causes().contains(code)) {
                throw new ProblemException(422, "UNKNOWN_CAUSE", "Cause not under this legal basis",
                        "causes[" + i + "].code must be one of " + new java.util.TreeSet<>(basis.causes()) + " under " + basis.citation(),
                        List.of(new FieldViolation("causes[" + i + "].code", "UNKNOWN_CAUSE", "one of " + basis.causes())));
            }
            out.add(new Cause(code, text(c.description(), "causes[" + i + "].description", MAX_TEXT)));
        }
        return out;
    }

    private LocalDate date(LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        if (given == null) {
            return today;
        }
        if (given.isAfter(today) || given.isBefore(LocalDate.of(2000, 1, 1))) {
            throw invalid("date", "DATE_OUT_OF_RANGE", "a step is dated between 2000-01-01 and today (" + today + ")");
        }
        return given;
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "REQUIRED", field + " is required");
        }
        if (value.length() > max) {
            throw invalid(field, "TOO_LONG", field + " has at most " + max + " characters");
        }
        return value.strip();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "INVALID_VALUE", field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static ProblemException invalid(String field, String code, String message) {
        return new ProblemException(400, "INVALID_PROCEEDING_STEP", "Invalid request", message,
                List.of(new FieldViolation(field, code, message)));
    }

    private static void officialsOnly(Actor actor) {
        if (!actor.isOfficial()) {
            throw forbidden("Proceedings are for officers, analysts and auditors");
        }
    }

    private static void officersOnly(Actor actor) {
        if (!actor.hasAnyRole(Roles.OFFICER_MX, Roles.ADMIN)) {
            throw forbidden("Only Mexican officers and administrators record the steps of a proceeding");
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "FORBIDDEN", "Forbidden", detail);
    }

    private io.jointclear.operators.registry.OperatorRegistry operators() {
        return directory;
    }
}
