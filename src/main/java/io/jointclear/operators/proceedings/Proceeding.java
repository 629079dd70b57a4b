package io.jointclear.operators.proceedings;

import io.jointclear.operators.AuthorisationSanctioned;
import io.jointclear.operators.AuthorisationSanctioned.Sanction;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.proceedings.ProceedingTerms.Deadline;
import io.jointclear.operators.proceedings.ProceedingTerms.Term;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A due-process case against one authorisation of an operator (BRIEF §9.3, §9.3b, §8.1): opened with its causes and
 * evidence, notified (which starts the evidence/argument period), optionally with a provisional suspension, resolved
 * (dismissed, suspended for N days, cancelled) within its term, and appealed within its term. Every state change is a
 * method that checks the step is allowed now and on time, records it as a dated step and answers the sanction
 * events to publish.
 */
public final class Proceeding {

    public enum Status { PROPOSED, DECLINED, OPEN, RESOLVED, APPEALED }

    /** Where an open case stands. */
    public enum Stage { AWAITING_NOTIFICATION, ARGUMENT_PERIOD, AWAITING_RESOLUTION }

    public enum Outcome { DISMISSED, SUSPENDED, CANCELLED }

    public record Cause(String code, String description) {
    }

    public record Evidence(String kind, String reference, String summary, String addedBy, Instant addedAt) {
    }

    public record Step(String step, LocalDate date, String actor, Instant recordedAt, Map<String, String> details) {
    }

    /** Longest suspension a resolution may impose, in days (a longer measure is a cancellation). */
    static final int MAX_SUSPENSION_DAYS = 3650;

    final UUID id;
    final UUID operatorId;
    final String operatorType;
    final String operatorCode;
    final String authorisationNumber;
    final LegalBasis basis;
    Status status;
    List<Cause> causes;
    LocalDate openedOn;
    LocalDate notifiedOn;
    LocalDate argumentsDue;
    LocalDate resolutionDue;
    LocalDate suspendedFrom;
    LocalDate suspendedUntil;
    Outcome resolution;
    LocalDate resolvedOn;
    Integer suspensionDays;
    LocalDate registrationBarUntil;
    LocalDate appealDue;
    LocalDate appealedOn;
    String appealKind;
    String proposedReason;
    long version;
    Instant createdAt;
    final List<Evidence> evidence = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    /** Steps and evidence added since loading (the store appends them). */
    int storedSteps;
    int storedEvidence;

    Proceeding(UUID id, UUID operatorId, String operatorType, String operatorCode, String authorisationNumber, LegalBasis basis) {
        this.id = id;
        this.operatorId = operatorId;
        this.operatorType = operatorType;
        this.operatorCode = operatorCode;
        this.authorisationNumber = authorisationNumber;
        this.basis = basis;
    }

    /** A case the platform suggests (e.g. a courier past the irregularity threshold); an officer opens or declines it. */
    static Proceeding propose(UUID id, OperatorRef operator, String authorisation, LegalBasis basis, List<Cause> causes,
                              String reason, String actor, LocalDate on, Instant now) {
        Proceeding p = new Proceeding(id, operator.id(), operator.type().name(), operator.code(), authorisation, basis);
        p.status = Status.PROPOSED;
        p.causes = List.copyOf(causes);
        p.proposedReason = reason;
        p.createdAt = now;
        p.step("PROPOSED", on, actor, now, Map.of("reason", reason));
        return p;
    }

    static Proceeding open(UUID id, OperatorRef operator, String authorisation, LegalBasis basis, List<Cause> causes,
                           String actor, LocalDate on, Instant now) {
        Proceeding p = new Proceeding(id, operator.id(), operator.type().name(), operator.code(), authorisation, basis);
        p.status = Status.OPEN;
        p.causes = List.copyOf(causes);
        p.openedOn = on;
        p.createdAt = now;
        p.step("OPENED", on, actor, now, causeDetails(causes));
        return p;
    }

    /** An officer takes up a proposed case. */
    void openProposed(String actor, LocalDate on, Instant now) {
        require(Status.PROPOSED, "OPEN");
        notBefore(on, lastStepDate(), "OPEN");
        status = Status.OPEN;
        openedOn = on;
        step("OPENED", on, actor, now, causeDetails(causes));
    }

    void decline(String actor, LocalDate on, Instant now, String reason) {
        require(Status.PROPOSED, "DECLINE");
        notBefore(on, lastStepDate(), "DECLINE");
        status = Status.DECLINED;
        step("DECLINED", on, actor, now, Map.of("reason", reason));
    }

    void attach(Evidence item, LocalDate on) {
        if (status != Status.PROPOSED && status != Status.OPEN) {
            throw notAllowed("EVIDENCE");
        }
        evidence.add(item);
        step("EVIDENCE_ATTACHED", on, item.addedBy(), item.addedAt(), Map.of("kind", item.kind(), "reference", item.reference()));
    }

    /** The operator is notified of the cause and the start of the case: its argument period and the resolution term start. */
    void notified(String actor, LocalDate on, Instant now, ProceedingTerms terms) {
        require(Status.OPEN, "NOTIFY");
        if (notifiedOn != null) {
            throw notAllowed("NOTIFY");
        }
        notBefore(on, openedOn, "NOTIFY");
        notifiedOn = on;
        argumentsDue = terms.due(basis, Term.ARGUMENTS, on).dueOn();
        resolutionDue = terms.due(basis, Term.RESOLUTION, on).dueOn();
        step("NOTIFIED", on, actor, now, Map.of("argumentsDue", argumentsDue.toString(), "resolutionDue", resolutionDue.toString()));
    }

    /** The operator's evidence and arguments, received within the period. */
    void argumentsReceived(String actor, LocalDate on, Instant now, String summary, ProceedingTerms terms) {
        require(Status.OPEN, "ARGUMENTS");
        if (notifiedOn == null) {
            throw notAllowed("ARGUMENTS");
        }
        notBefore(on, notifiedOn, "ARGUMENTS");
        onTime(on, terms.due(basis, Term.ARGUMENTS, notifiedOn), "ARGUMENTS");
        step("ARGUMENTS_RECEIVED", on, actor, now, Map.of("summary", summary));
    }

    /** Serious cases: operations suspended while the case runs (art. 144-A LA); lifted by hand or by the resolution. */
    AuthorisationSanctioned suspendProvisionally(String actor, LocalDate on, Instant now, String reason) {
        require(Status.OPEN, "SUSPEND");
        if (suspendedFrom != null && suspendedUntil == null) {
            throw notAllowed("SUSPEND");
        }
        notBefore(on, openedOn, "SUSPEND");
        suspendedFrom = on;
        suspendedUntil = null;
        step("PROVISIONALLY_SUSPENDED", on, actor, now, Map.of("reason", reason));
        return sanction(Sanction.SUSPENDED, on, resolutionDue);
    }

    AuthorisationSanctioned liftSuspension(String actor, LocalDate on, Instant now) {
        require(Status.OPEN, "LIFT_SUSPENSION");
        if (!provisionallySuspended()) {
            throw notAllowed("LIFT_SUSPENSION");
        }
        notBefore(on, suspendedFrom, "LIFT_SUSPENSION");
        suspendedUntil = on.minusDays(1);
        step("SUSPENSION_LIFTED", on, actor, now, Map.of());
        return sanction(Sanction.REINSTATED, on, null);
    }

    /**
     * The written resolution: only after the argument period ended and within the resolution term. A provisional
     * suspension ends with it; a dismissal reinstates the authorisation.
     */
    List<AuthorisationSanctioned> resolve(String actor, LocalDate on, Instant now, Outcome outcome, Integer days,
                                          String grounds, ProceedingTerms terms) {
        require(Status.OPEN, "RESOLVE");
        if (notifiedOn == null) {
            throw notAllowed("RESOLVE");
        }
        if (!on.isAfter(argumentsDue)) {
            throw new ProblemException(422, "PROCEEDING_ARGUMENT_PERIOD_RUNNING", "Argument period still running",
                    "The operator may offer evidence and arguments until " + argumentsDue + " ("
                            + terms.rule(basis, Term.ARGUMENTS).legalSource() + "): resolve after that day",
                    List.of(new FieldViolation("date", "PROCEEDING_ARGUMENT_PERIOD_RUNNING", "the argument period ends on " + argumentsDue)));
        }
        onTime(on, terms.due(basis, Term.RESOLUTION, notifiedOn), "RESOLVE");
        if (outcome == Outcome.SUSPENDED && (days == null || days < 1 || days > MAX_SUSPENSION_DAYS)) {
            throw new ProblemException(400, "INVALID_PROCEEDING_STEP", "Invalid step",
                    "a suspension needs suspensionDays between 1 and " + MAX_SUSPENSION_DAYS,
                    List.of(new FieldViolation("suspensionDays", "OUT_OF_RANGE", "between 1 and " + MAX_SUSPENSION_DAYS)));
        }
        List<AuthorisationSanctioned> events = new ArrayList<>();
        boolean wasSuspended = provisionallySuspended();
        if (wasSuspended) {
            suspendedUntil = on.minusDays(1);
        }
        status = Status.RESOLVED;
        resolution = outcome;
        resolvedOn = on;
        suspensionDays = outcome == Outcome.SUSPENDED ? days : null;
        appealDue = terms.due(basis, Term.APPEAL, on).dueOn();
        if (outcome == Outcome.CANCELLED && basis.barsReRegistration() && terms.has(basis, Term.REGISTRATION_BAR)) {
            registrationBarUntil = terms.due(basis, Term.REGISTRATION_BAR, on).dueOn();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", outcome.name());
        details.put("grounds", grounds);
        details.put("appealDue", appealDue.toString());
        if (suspensionDays != null) {
            details.put("suspensionDays", suspensionDays.toString());
        }
        if (registrationBarUntil != null) {
            details.put("registrationBarUntil", registrationBarUntil.toString());
        }
        step("RESOLVED", on, actor, now, details);
        switch (outcome) {
            case DISMISSED -> {
                if (wasSuspended) {
                    events.add(sanction(Sanction.REINSTATED, on, null));
                }
            }
            case SUSPENDED -> events.add(sanction(Sanction.SUSPENDED, on, on.plusDays(days - 1L)));
            case CANCELLED -> events.add(sanction(Sanction.CANCELLED, on, null));
        }
        return events;
    }

    /** The operator's appeal (recurso de revocación or juicio de nulidad), recorded within its term. */
    void appealed(String actor, LocalDate on, Instant now, String kind, ProceedingTerms terms) {
        require(Status.RESOLVED, "APPEAL");
        notBefore(on, resolvedOn, "APPEAL");
        onTime(on, terms.due(basis, Term.APPEAL, resolvedOn), "APPEAL");
        status = Status.APPEALED;
        appealedOn = on;
        appealKind = kind;
        step("APPEALED", on, actor, now, Map.of("kind", kind));
    }

    boolean provisionallySuspended() {
        return suspendedFrom != null && suspendedUntil == null;
    }

    /** Where an open case stands on {@code today}; {@code null} once it is not open. */
    Stage stage(LocalDate today) {
        if (status != Status.OPEN) {
            return null;
        }
        if (notifiedOn == null) {
            return Stage.AWAITING_NOTIFICATION;
        }
        return today.isAfter(argumentsDue) ? Stage.AWAITING_RESOLUTION : Stage.ARGUMENT_PERIOD;
    }

    /** The deadlines that apply now or applied, each with its legal source. */
    List<Deadline> deadlines(ProceedingTerms terms) {
        List<Deadline> out = new ArrayList<>();
        if (notifiedOn != null) {
            out.add(terms.due(basis, Term.ARGUMENTS, notifiedOn));
            out.add(terms.due(basis, Term.RESOLUTION, notifiedOn));
        }
        if (resolvedOn != null) {
            out.add(terms.due(basis, Term.APPEAL, resolvedOn));
            if (registrationBarUntil != null) {
                out.add(terms.due(basis, Term.REGISTRATION_BAR, resolvedOn));
            }
        }
        return out;
    }

    LocalDate lastStepDate() {
        return steps.isEmpty() ? LocalDate.MIN : steps.get(steps.size() - 1).date();
    }

    private AuthorisationSanctioned sanction(Sanction sanction, LocalDate from, LocalDate until) {
        return new AuthorisationSanctioned(operatorId, authorisationNumber, sanction, from, until, id, basis.citation());
    }

    private void step(String name, LocalDate on, String actor, Instant now, Map<String, String> details) {
        steps.add(new Step(name, on, actor, now, Map.copyOf(details)));
    }

    private void require(Status expected, String step) {
        if (status != expected) {
            throw notAllowed(step);
        }
    }

    private ProblemException notAllowed(String step) {
        return new ProblemException(409, "PROCEEDING_STEP_NOT_ALLOWED", "Step not allowed now",
                "Step " + step + " is not allowed for a proceeding " + status
                        + (status == Status.OPEN && notifiedOn == null ? " before its notification" : ""));
    }

    private static void notBefore(LocalDate on, LocalDate previous, String step) {
        if (previous != null && on.isBefore(previous)) {
            throw new ProblemException(422, "PROCEEDING_STEP_OUT_OF_ORDER", "Step dated before the previous one",
                    "Step " + step + " is dated " + on + ", before the case's previous step on " + previous,
                    List.of(new FieldViolation("date", "PROCEEDING_STEP_OUT_OF_ORDER", "not before " + previous)));
        }
    }

    private static void onTime(LocalDate on, Deadline deadline, String step) {
        if (on.isAfter(deadline.dueOn())) {
            String term = deadline.amount() + " " + deadline.unit() + ", " + deadline.legalSource();
            throw new ProblemException(422, "PROCEEDING_STEP_LATE", "Step after its legal deadline",
                    "Step " + step + " dated " + on + " is late: the " + deadline.term() + " term ended on " + deadline.dueOn()
                            + " (" + term + ")",
                    List.of(new FieldViolation("date", "PROCEEDING_STEP_LATE",
                            deadline.term() + " due " + deadline.dueOn() + " (" + term + ")")),
                    // the deadline itself, whatever the caller's language
                    Map.of("deadline", Map.of("term", deadline.term().name(), "dueOn", deadline.dueOn().toString(),
                            "amount", deadline.amount(), "unit", deadline.unit().name(), "legalSource", deadline.legalSource()),
                            "stepDate", on.toString()));
        }
    }

    private static Map<String, String> causeDetails(List<Cause> causes) {
        return Map.of("causes", String.join(",", causes.stream().map(Cause::code).toList()));
    }
}
