package io.jointclear.operators.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A proceeding as officials read it (API contract: {@code id, operatorId, legalBasis, status, deadlines, evidence}).
 *
 * @param legalBasis         the basis code, e.g. {@code RGCE_3_7_3}; {@code legalCitation} is how the law is cited
 * @param stage              where an OPEN case stands: AWAITING_NOTIFICATION, ARGUMENT_PERIOD, AWAITING_RESOLUTION
 * @param deadlines          each term with its due date, legal source and state (RUNNING, DUE_SOON, OVERDUE, MET, ENDED)
 */
public record ProceedingView(UUID id, UUID operatorId, String operatorType, String operatorCode, String authorisationNumber,
                             String legalBasis, String legalCitation, String status, String stage, List<Proceeding.Cause> causes,
                             LocalDate openedOn, LocalDate notifiedOn, ProvisionalSuspension provisionalSuspension,
                             Resolution resolution, Appeal appeal, String proposedReason, List<DeadlineView> deadlines,
                             List<EvidenceView> evidence, List<StepView> steps) {

    public record DeadlineView(String term, LocalDate dueOn, int amount, String unit, String legalSource, String state) {
    }

    public record EvidenceView(String kind, String reference, String summary, String addedBy, Instant addedAt) {
    }

    public record StepView(String step, LocalDate date, String actor, Instant recordedAt, Map<String, String> details) {
    }

    public record ProvisionalSuspension(LocalDate from, LocalDate until) {
    }

    public record Resolution(String outcome, LocalDate resolvedOn, Integer suspensionDays, LocalDate registrationBarUntil) {
    }

    public record Appeal(LocalDate appealedOn, String kind) {
    }

    /** A deadline that is near or past, for the officers' alerts. */
    public record Alert(UUID proceedingId, UUID operatorId, String operatorCode, String legalBasis, String term, LocalDate dueOn,
                        String state, String legalSource) {
    }
}
