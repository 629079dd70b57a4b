package io.jointclear.declaration;

import io.jointclear.shared.FieldViolation;
import io.jointclear.tariff.AssessmentRequest;
import java.util.List;
import java.util.UUID;

/** Intake of pedimentos and US entries: layered validation, registration of numbers, cross-checks. */
public interface Declarations {

    /**
     * Every violated rule of the document, all layers at once (syntactic, catalogue, structural,
     * normative), with field paths under {@code prefix} (e.g. {@code declarations[1].}) and rule codes.
     * Empty when the document is acceptable.
     */
    List<FieldViolation> check(DeclarationDocument document, String prefix);

    /** The document reduced to what the assessment engine needs. */
    AssessmentRequest toAssessmentRequest(DeclarationDocument document);

    /**
     * Records the declaration number as used by {@code crossingId}, in the caller's transaction.
     *
     * @throws io.jointclear.shared.ProblemException 409 {@code DUPLICATE_DECLARATION_NUMBER} when the
     *         authority already has a declaration with that number on another crossing
     */
    void register(DeclarationDocument document, UUID crossingId, String fieldPrefix);

    /**
     * Registers the numbers of many crossings at once (a batch of filings), in the caller's
     * transaction. A crossing any of whose numbers is taken keeps none of them.
     *
     * @return the crossings refused, each with its problem (409 {@code DUPLICATE_DECLARATION_NUMBER});
     *         the others hold all their numbers
     */
    java.util.Map<UUID, Refusal> registerAll(List<Registration> registrations);

    /**
     * Why a crossing's numbers were not registered.
     *
     * @param holder the crossing that holds the number (null when the number itself was missing)
     */
    record Refusal(io.jointclear.shared.ProblemException problem, UUID holder) {
    }

    /**
     * One declaration to register.
     *
     * @param documentJson the document as JSON text, when the caller already wrote it (else null)
     * @param fieldPrefix  where the document sits in the caller's request, e.g. {@code declarations[1].}
     */
    record Registration(UUID crossingId, DeclarationDocument document, String documentJson, String fieldPrefix) {
    }

    /** Export lines against import lines: HS6, quantity beyond 2 %, value beyond 5 % after incoterm adjustment, origin. */
    List<CrossCheckFinding> crossCheck(DeclarationDocument export, DeclarationDocument importSide);
}
