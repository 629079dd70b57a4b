package io.jointclear.clearance.internal;

import io.jointclear.clearance.ActionOption;
import io.jointclear.clearance.CrossingActions;
import io.jointclear.clearance.CrossingEvents;
import io.jointclear.clearance.CrossingFilter;
import io.jointclear.clearance.CrossingPage;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.Decision;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.clearance.TraderViews;
import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.Declarations;
import io.jointclear.risk.Lane;
import io.jointclear.risk.Selectivity;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The joint case workflow. Every change runs in one transaction with its events; decisions retry on a concurrent change. */
@Service
class CrossingService implements Crossings {

    private static final int ATTEMPTS = 3;

    private final CrossingStore store;
    private final CrossingValidation validation;
    private final DeclarationAssessor assessor;
    private final Declarations declarations;
    private final Selectivity selectivity;
    private final SelectionRequests selectionRequests;
    private final CrossingAudit audit;
    private final FilingWriter writer;
    private final GroupCommit groupCommit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    /** One attempt of a change: a transaction of its own, or a savepoint in the caller's. */
    private final TransactionTemplate attempts;
    private final Clock clock;
    private final JsonMapper json;
    private final CrossingSearch search;
    /** A read-only snapshot: a list's count and its page see the same crossings. */
    private final TransactionTemplate snapshots;

    CrossingService(CrossingStore store, CrossingValidation validation,
                    DeclarationAssessor assessor, Declarations declarations, Selectivity selectivity,
                    SelectionRequests selectionRequests, CrossingAudit audit, FilingWriter writer, GroupCommit groupCommit,
                    ApplicationEventPublisher events,
                    TransactionTemplate transactions, Clock clock, JsonMapper json, CrossingSearch search) {
        this.store = store;
        this.validation = validation;
        this.assessor = assessor;
        this.declarations = declarations;
        this.selectivity = selectivity;
        this.selectionRequests = selectionRequests;
        this.audit = audit;
        this.writer = writer;
        this.groupCommit = groupCommit;
        this.events = events;
        this.transactions = transactions;
        this.attempts = new TransactionTemplate(transactions.getTransactionManager());
        this.attempts.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.json = json;
        this.search = search;
        this.snapshots = new TransactionTemplate(transactions.getTransactionManager());
        this.snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshots.setReadOnly(true);
    }

    @Override
    public CrossingView file(FileCrossing filing, Actor actor) {
        return fileAndAnswer(filing, actor, null, null).view();
    }

    /**
     * The web path: files once per idempotency key and answers with JSON text, serialised once and
     * stored with the key, so a repeat with the same body gets the first answer exactly as it was.
     */
    Filed fileAsJson(FileCrossing filing, Actor actor, String idempotencyKey, String requestHash) {
        return fileAndAnswer(filing, actor, idempotencyKey, requestHash);
    }

    /** A filing's answer: the view (null for a repeat), and its JSON text. */
    record Filed(CrossingView view, String json) {
        boolean replayed() {
            return view == null;
        }
    }

    private Filed fileAndAnswer(FileCrossing filing, Actor actor, String idempotencyKey, String requestHash) {
        requireRole(actor, "BROKER", "ADMIN");
        PreparedFiling prepared = prepare(filing, actor, idempotencyKey, requestHash, "");
        FilingOutcome outcome = groupCommit.write(prepared);
        return switch (outcome) {
            case FilingOutcome.Filed filed -> new Filed(filed.view(), filed.answer());
            case FilingOutcome.Replayed replayed -> new Filed(null, replayed.answer());
            case FilingOutcome.Refused refused -> throw refused.problem();
            // group commit writes a collided filing again alone before answering
            case FilingOutcome.AloneAfterBatch alone -> throw new IllegalStateException("a filing written alone collided with itself");
        };
    }

    /**
     * Files many crossings in one transaction (a broker's batch): each is validated, assessed and
     * stored or refused on its own; one refusal never costs the others.
     *
     * @return per filing, in order: its answer (JSON text) or its problem
     */
    List<BatchResult> fileBatch(List<BatchItem> items, Actor actor) {
        requireRole(actor, "BROKER", "ADMIN");
        BatchResult[] results = new BatchResult[items.size()];
        List<PreparedFiling> prepared = new ArrayList<>(items.size());
        List<Integer> preparedAt = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            try {
                prepared.add(prepare(item.filing(), actor, item.idempotencyKey(), item.requestHash(),
                        "crossings[" + item.index() + "].crossing."));
                preparedAt.add(i);
            } catch (ProblemException refused) {
                results[i] = BatchResult.refused(refused);
            }
        }
        List<FilingOutcome> outcomes;
        try {
            outcomes = prepared.isEmpty() ? List.of() : transactions.execute(tx -> writer.write(prepared));
        } catch (org.springframework.dao.DataAccessException batchFailed) {
            // e.g. a deadlock with another instance: nothing of the batch stayed; each filing on its own then
            outcomes = prepared.stream().<FilingOutcome>map(p -> new FilingOutcome.AloneAfterBatch()).toList();
        }
        for (int j = 0; j < outcomes.size(); j++) {
            FilingOutcome outcome = outcomes.get(j);
            if (outcome instanceof FilingOutcome.AloneAfterBatch) {
                outcome = groupCommit.writeAlone(prepared.get(j));
            }
            results[preparedAt.get(j)] = BatchResult.of(outcome);
        }
        return List.of(results);
    }

    /** One filing of a batch, with its own idempotency key (may be null), the hash of its bytes and its place in the request. */
    record BatchItem(FileCrossing filing, String idempotencyKey, String requestHash, int index) {
    }

    /**
     * One filing's result in a batch: the answer it would have had alone (201, or 200 for a repeat
     * of an earlier filing), or the problem refusing it.
     */
    record BatchResult(int status, String answer, ProblemException problem) {
        static BatchResult refused(ProblemException problem) {
            return new BatchResult(problem.status(), null, problem);
        }

        static BatchResult of(FilingOutcome outcome) {
            return switch (outcome) {
                case FilingOutcome.Filed filed -> new BatchResult(201, filed.answer(), null);
                case FilingOutcome.Replayed replayed -> new BatchResult(200, replayed.answer(), null);
                case FilingOutcome.Refused refused -> refused(refused.problem());
                case FilingOutcome.AloneAfterBatch alone -> throw new IllegalStateException("a filing written alone collided with itself");
            };
        }
    }

    /** Validates, assesses and builds the new crossing with its answer; a 422 when any rule is violated. */
    private PreparedFiling prepare(FileCrossing filing, Actor actor, String idempotencyKey, String requestHash,
                                   String fieldPrefix) {
        List<FieldViolation> problems = validation.check(filing);
        if (!problems.isEmpty()) {
            throw invalid(prefixed(problems, fieldPrefix));
        }
        CrossingAccess.requireOwnLicences(filing, actor, fieldPrefix);
        validation.requireAuthorised(filing, fieldPrefix);
        List<StoredDeclaration> assessed = assessAll(filing.declarations(), problems);
        if (!problems.isEmpty()) {
            throw invalid(prefixed(problems, fieldPrefix));
        }
        Crossing c = new Crossing(UUID.randomUUID(), actor.username(), actor.agency() == null ? null : actor.agency().id(),
                clock.instant(), CrossingStatus.FILED, 0);
        c.setContents(filing);
        c.declarations = new ArrayList<>(assessed);
        c.crossCheck = new ArrayList<>(crossCheck(filing.declarations()));
        CrossingView view = CrossingViews.of(c);
        // the answer kept with the key is the filer's own view: a trader's never carries targeting
        CrossingView filingAnswer = CrossingViews.filingAnswer(view);
        String answer = json.writeValueAsString(actor.isTrader() ? TraderViews.of(filingAnswer) : filingAnswer);
        List<String> documents = assessed.stream().map(d -> json.writeValueAsString(d.document())).toList();
        return new PreparedFiling(c, view, actor, idempotencyKey, requestHash, answer, documents, fieldPrefix);
    }

    private static List<FieldViolation> prefixed(List<FieldViolation> problems, String prefix) {
        if (prefix.isEmpty()) {
            return problems;
        }
        return problems.stream().map(v -> new FieldViolation(prefix + v.field(), v.code(), v.message())).toList();
    }

    @Override
    public List<FieldViolation> check(FileCrossing filing, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>(validation.check(filing));
        try {
            CrossingAccess.requireOwnLicences(filing, actor, "");
            validation.requireAuthorised(filing, "");
        } catch (ProblemException refused) {
            problems.addAll(refused.violations());
        }
        if (problems.isEmpty()) {
            // the assessment needs valid declarations: it speaks only when the rules are met, as at filing
            assessAll(filing.declarations(), problems);
        }
        return List.copyOf(problems);
    }

    @Override
    public CrossingView amend(UUID id, FileCrossing filing, Actor actor) {
        refuseAfterArrival(id, actor);
        List<FieldViolation> problems = validation.check(filing);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        CrossingAccess.requireOwnLicences(filing, actor, "");
        validation.requireAuthorised(filing, "");
        List<StoredDeclaration> assessed = assessAll(filing.declarations(), problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return change(id, actor, (c, events) -> {
            CrossingAccess.requireFilingAgency(c, actor);
            c.move(Transition.AMEND);
            c.setContents(filing);
            c.declarations = new ArrayList<>(assessed);
            c.crossCheck = new ArrayList<>(crossCheck(filing.declarations()));
            c.amendedAt = clock.instant();
            register(filing.declarations(), c.id);
            audit.record(actor, "CROSSING_AMENDED", c, Map.of("declarations", CrossingAudit.numbers(c)));
            events.publishEvent(CrossingFacts.filed(c));
            return true;
        });
    }

    /**
     * For the filing agency, after arrival the answer is the 409 whatever the new declarations say
     * (checked again under the lock when amending); anyone else gets the refusals they always got.
     */
    private void refuseAfterArrival(UUID id, Actor actor) {
        Crossing current = store.find(id).orElse(null);
        if (current == null || !CrossingAccess.sees(current, actor)) {
            return;
        }
        try {
            CrossingAccess.requireFilingAgency(current, actor);
        } catch (ProblemException notTheirs) {
            return;
        }
        if (!CrossingStateMachine.allows(current.status, Transition.AMEND)) {
            throw CrossingStateMachine.refusal(current.status, Transition.AMEND);
        }
    }

    @Override
    public CrossingView reassess(UUID id, Actor actor) {
        return change(id, actor, (c, events) -> {
            if (!actor.isOfficial()) {
                CrossingAccess.requireFilingAgency(c, actor);
            }
            c.move(Transition.REASSESS);
            List<FieldViolation> problems = new ArrayList<>();
            List<StoredDeclaration> assessed = assessAll(c.declarations.stream().map(StoredDeclaration::document).toList(), problems);
            if (!problems.isEmpty()) {
                throw invalid(problems);
            }
            c.declarations = new ArrayList<>(assessed);
            audit.record(actor, "CROSSING_REASSESSED", c, Map.of());
            return true;
        });
    }

    @Override
    public CrossingView arrive(UUID id, Instant at, Actor actor) {
        requireRole(actor, "CARRIER", "BROKER", "OFFICER_MX", "OFFICER_US", "ADMIN");
        if (at == null) {
            throw new ProblemException(400, "INVALID_REQUEST", "Invalid request", "the arrival time is required",
                    List.of(new FieldViolation("at", "REQUIRED", "the arrival time (ISO-8601 instant) is required")));
        }
        // a carrier records only the arrival of what it carries, a broker of its agency's: visibility says so
        return change(id, actor, (c, events) -> {
            c.move(Transition.ARRIVE);
            c.arrivedAt = at;
            var selection = selectivity.select(selectionRequests.of(c));
            c.select(selection, clock.instant());
            Map<Authority, Lane> lanes = new EnumMap<>(Authority.class);
            selection.lanes().forEach((authority, lane) -> lanes.put(authority, lane.lane()));
            audit.record(actor, "CROSSING_ARRIVED", c, Map.of("at", at.toString()));
            audit.record(actor, "LANES_SELECTED", c, Map.of("lanes", lanes.toString(), "policy", selection.policy()));
            events.publishEvent(new CrossingEvents.CrossingArrived(c.id, at));
            events.publishEvent(new CrossingEvents.LanesSelected(c.id, c.mxCustomsOffice, c.usPort, lanes,
                    c.inspectionRequired, c.selectedAt));
            return false;
        });
    }

    @Override
    public CrossingView decide(UUID id, RecordDecision decision, Actor actor) {
        if (decision == null || decision.authority() == null || decision.decision() == null) {
            throw new ProblemException(400, "INVALID_REQUEST", "Invalid request", "authority and decision are required",
                    List.of(new FieldViolation("decision", "REQUIRED", "authority (MX|US) and decision (RELEASE|HOLD|REFER|SEIZE) are required")));
        }
        if (!actor.isOfficerOf(decision.authority())) {
            throw forbidden("Only an officer of " + decision.authority() + " decides for " + decision.authority());
        }
        return change(id, actor, (c, events) -> {
            Instant now = clock.instant();
            c.decide(decision.authority(), decision.decision(), actor.username(),
                    decision.notes() == null ? "" : decision.notes(), now);
            audit.record(actor, "DECISION_RECORDED", c, Map.of("authority", decision.authority().name(),
                    "decision", decision.decision().name(), "status", c.status.name()));
            events.publishEvent(new CrossingEvents.DecisionRecorded(c.id, decision.authority(), decision.decision(),
                    actor.username(), c.status, now));
            if (decision.decision() == Decision.REFER) {
                events.publishEvent(new CrossingEvents.InspectionRequested(c.id, c.mxCustomsOffice, c.usPort, decision.authority(), now));
            }
            if (c.status == CrossingStatus.RELEASED) {
                audit.record(actor, "CROSSING_RELEASED", c, Map.of());
                events.publishEvent(new CrossingEvents.CrossingReleased(c.id, c.arrivedAt, c.releasedAt));
            }
            return false;
        });
    }

    @Override
    public CrossingActions actions(UUID id, Actor actor) {
        Authority authority = actor.isOfficerOf(Authority.MX) ? Authority.MX
                : actor.isOfficerOf(Authority.US) ? Authority.US : null;
        if (authority == null) {
            throw forbidden("Only customs officers act on a crossing for an authority");
        }
        Crossing c = store.find(id).orElseThrow(() -> notFound(id));
        CrossingAccess.requireVisible(c, actor);
        Map<Decision, ActionOption> decisions = new EnumMap<>(Decision.class);
        for (Decision decision : Decision.values()) {
            decisions.put(decision, c.check(authority, decision).option());
        }
        ActionOption arrival = CrossingStateMachine.allows(c.status, Transition.ARRIVE) ? ActionOption.open()
                : ActionOption.refused("INVALID_TRANSITION", CrossingStateMachine.refusal(c.status, Transition.ARRIVE).getMessage());
        return new CrossingActions(authority, c.latestDecision(authority).orElse(null), arrival, decisions);
    }

    @Override
    public CrossingView inspectionJoined(UUID id, Authority authority, Instant at, Actor actor) {
        requireOfficer(actor);
        if (!actor.isOfficerOf(authority)) {
            throw forbidden("An officer joins the joint inspection for their own authority only");
        }
        return change(id, actor, (c, events) -> {
            c.inspectionJoined(authority, at);
            return false;
        });
    }

    @Override
    public CrossingView inspectionStarted(UUID id, Instant at, Actor actor) {
        requireOfficer(actor);
        return change(id, actor, (c, events) -> {
            if (c.inspectionStartedAt != null) {
                throw new ProblemException(409, "INSPECTION_ALREADY_STARTED", "Inspection already started",
                        "The joint inspection of crossing " + id + " started at " + c.inspectionStartedAt);
            }
            c.inspectionStarted(at);
            audit.record(actor, "INSPECTION_STARTED", c, Map.of("at", at.toString()));
            return false;
        });
    }

    @Override
    public CrossingView inspectionEnded(UUID id, Instant at, Actor actor) {
        requireOfficer(actor);
        return change(id, actor, (c, events) -> {
            if (c.inspectionStartedAt == null || c.inspectionEndedAt != null) {
                throw new ProblemException(409, "INSPECTION_NOT_RUNNING", "No inspection running",
                        "The joint inspection of crossing " + id + " is not running");
            }
            c.inspectionEnded(at);
            audit.record(actor, "INSPECTION_ENDED", c, Map.of("at", at.toString()));
            return false;
        });
    }

    @Override
    public CrossingView get(UUID id, Actor actor) {
        Crossing c = store.find(id).orElseThrow(() -> notFound(id));
        CrossingAccess.requireVisible(c, actor);
        return CrossingViews.of(c);
    }

    @Override
    public List<CrossingView> list(Actor actor, CrossingStatus status, String mxCustomsOffice, String usPort, int limit) {
        String agency = CrossingAccess.listedAgency(actor);
        String carrier = CrossingAccess.listedCarrier(actor);
        if (!actor.isOfficial() && agency == null && carrier == null) {
            if (actor.hasAnyRole(Actor.Roles.BROKER, Actor.Roles.CARRIER)) {
                return List.of(); // acts for no organisation: sees nothing
            }
            throw forbidden("Listing crossings needs a broker, carrier, officer, analyst, auditor or admin role");
        }
        return store.list(agency, carrier, status, mxCustomsOffice, usPort, Math.clamp(limit, 1, 500)).stream()
                .map(CrossingViews::of).toList();
    }

    public CrossingPage search(Actor actor, CrossingFilter filter, CrossingSort sort, boolean descending, int page, int size) {
        CrossingSearch.requireValid(filter, page, size);
        String agency = CrossingAccess.listedAgency(actor);
        String carrier = CrossingAccess.listedCarrier(actor);
        if (!actor.isOfficial() && agency == null && carrier == null) {
            if (actor.hasAnyRole(Actor.Roles.BROKER, Actor.Roles.CARRIER)) {
                return new CrossingPage(List.of(), 0, page, size); // acts for no organisation: sees nothing
            }
            throw forbidden("Listing crossings needs a broker, carrier, officer, analyst, auditor or admin role");
        }
        CrossingSearch.Scope scope = new CrossingSearch.Scope(agency, carrier);
        CrossingFilter f = filter == null ? CrossingFilter.NONE : filter;
        // one snapshot for the count and the page, so "n of total" agrees with the rows shown
        return snapshots.execute(tx -> {
            long total = search.count(scope, f);
            List<CrossingView> items = total == 0 ? List.of()
                    : search.page(scope, f, sort == null ? CrossingSort.FILED : sort, descending, page, size).stream()
                    .map(CrossingViews::of).toList();
            return new CrossingPage(items, total, page, size);
        });
    }

    /**
     * A change to a crossing. Its events go to the {@code events} it is given (the lambdas name it so,
     * hiding the field on purpose), which sends them once the change is saved.
     */
    @FunctionalInterface
    private interface Change {
        boolean apply(Crossing c, ApplicationEventPublisher events);
    }

    /**
     * Reads, applies and saves the crossing in one transaction; retries when another request changed it
     * meanwhile. Inside a caller's transaction (an idempotent request) each attempt is a savepoint, so a
     * lost race undoes only that attempt, and its events are published only once it is saved: a
     * retried attempt never leaves events behind.
     */
    private CrossingView change(UUID id, Actor actor, Change change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempts.execute(tx -> {
                    Crossing c = store.find(id).orElseThrow(() -> notFound(id));
                    CrossingAccess.requireVisible(c, actor);
                    int decisionsBefore = c.decisions.size();
                    List<Object> published = new ArrayList<>();
                    boolean declarationsChanged = change.apply(c, published::add);
                    store.update(c, declarationsChanged, decisionsBefore);
                    published.forEach(events::publishEvent);
                    return CrossingViews.of(c);
                });
            } catch (CrossingStore.ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private List<StoredDeclaration> assessAll(List<DeclarationDocument> documents, List<FieldViolation> problems) {
        List<StoredDeclaration> assessed = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            StoredDeclaration d = assessor.assess(documents.get(i), "declarations[" + i + "].", problems);
            if (d != null) {
                assessed.add(d);
            }
        }
        return assessed;
    }

    private void register(List<DeclarationDocument> documents, UUID crossingId) {
        for (int i = 0; i < documents.size(); i++) {
            declarations.register(documents.get(i), crossingId, "declarations[" + i + "].");
        }
    }

    /** The export side against the import side, whichever direction the truck goes. */
    private List<CrossCheckFinding> crossCheck(List<DeclarationDocument> documents) {
        DeclarationDocument mx = documents.stream().filter(d -> d.authority() == Authority.MX).findFirst().orElseThrow();
        DeclarationDocument us = documents.stream().filter(d -> d.authority() == Authority.US).findFirst().orElseThrow();
        return "IMP".equals(mx.operation()) ? declarations.crossCheck(us, mx) : declarations.crossCheck(mx, us);
    }

    private static void requireRole(Actor actor, String... roles) {
        for (String role : roles) {
            if (actor.hasRole(role)) {
                return;
            }
        }
        throw forbidden("This action needs one of the roles " + String.join(", ", roles));
    }

    private static void requireOfficer(Actor actor) {
        requireRole(actor, "OFFICER_MX", "OFFICER_US");
    }

    private static ProblemException invalid(List<FieldViolation> problems) {
        return new ProblemException(422, "CROSSING_INVALID", "Crossing rejected",
                problems.size() + " rule(s) violated; nothing was stored", problems);
    }

    private static ProblemException forbidden(String message) {
        return new ProblemException(403, "FORBIDDEN", "Forbidden", message);
    }

    private static ProblemException notFound(UUID id) {
        return CrossingAccess.notFound(id);
    }
}
