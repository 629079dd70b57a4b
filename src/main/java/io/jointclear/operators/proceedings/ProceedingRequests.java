package io.jointclear.operators.proceedings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the proceedings API. */
public final class ProceedingRequests {

    private ProceedingRequests() {
    }

    /**
     * Opens a case (an officer) or proposes one (an analyst).
     *
     * @param date the day the case is opened (default: today)
     */
    public record Open(UUID operatorId, String authorisationNumber, String legalBasis, List<CauseBody> causes,
                       List<EvidenceBody> evidence, LocalDate date) {
    }

    public record CauseBody(String code, String description) {
    }

    /**
     * Evidence attached to a case.
     *
     * @param kind      CROSSING (crossing id), INSPECTION_FINDING (finding id), SCORE (score run id of the operator's
     *                  score), COURIER_IRREGULARITY (courier id; the rates of the last 90 days are summarised) or
     *                  DOCUMENT (an oficio or acta number)
     * @param reference what the kind names
     */
    public record EvidenceBody(String kind, String reference, String summary) {
    }

    /**
     * One step of a case.
     *
     * @param step           OPEN (a proposed case), DECLINE, NOTIFY, ARGUMENTS, SUSPEND, LIFT_SUSPENSION, RESOLVE or APPEAL
     * @param date           the legal date of the step (default: today); never in the future
     * @param outcome        RESOLVE: DISMISSED, SUSPENDED or CANCELLED
     * @param suspensionDays RESOLVE with SUSPENDED: how many calendar days
     * @param text           grounds (RESOLVE), summary (ARGUMENTS), reason (SUSPEND, DECLINE), kind of appeal (APPEAL:
     *                       RECURSO_REVOCACION or JUICIO_NULIDAD)
     */
    public record Step(String step, LocalDate date, String outcome, Integer suspensionDays, String text) {
    }
}
