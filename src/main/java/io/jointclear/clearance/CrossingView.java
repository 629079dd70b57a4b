package io.jointclear.clearance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.risk.Selection;
import io.jointclear.shared.FieldViolation;
import io.jointclear.tariff.Assessment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A crossing as both authorities see it: declarations, assessments, lanes, decisions and times. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrossingView(
        UUID id,
        CrossingStatus status,
        String direction,
        String mxCustomsOffice,
        String usPort,
        OffsetDateTime expectedArrival,
        FileCrossing.Carrier carrier,
        FileCrossing.Conveyance conveyance,
        FileCrossing.Driver driver,
        String filedBy,
        long version,
        List<DeclarationView> declarations,
        List<CrossCheckFinding> crossCheckFindings,
        Lanes lanes,
        List<DecisionView> decisions,
        Inspection inspection,
        Timestamps timestamps) {

    /** A declaration with its assessment, or why it could not be assessed yet (missing reference data). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeclarationView(String authority, String number, DeclarationDocument document,
                                  String assessmentStatus, Assessment assessment, List<FieldViolation> assessmentPending) {
    }

    /**
     * The lane that governs each authority now, and the joint lane (the stricter), with the selection
     * that chose them. A referral turns the referring authority's lane and the joint lane red.
     *
     * @param referredBy the authorities that referred the crossing to joint inspection (MX, US)
     */
    public record Lanes(String mx, String us, String joint, Selection selection, List<String> referredBy) {
    }

    public record DecisionView(String authority, Decision decision, String officer, String notes, Instant decidedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Inspection(boolean required, Instant startedAt, Instant endedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timestamps(Instant filedAt, Instant amendedAt, Instant arrivedAt, Instant selectedAt,
                             Instant inspectionStartedAt, Instant inspectionEndedAt, Instant mxDecidedAt,
                             Instant usDecidedAt, Instant releasedAt) {
    }
}
