package io.jointclear.declaration;

import io.jointclear.declaration.crosscheck.CrossChecker;
import io.jointclear.declaration.persistence.DeclarationRepository;
import io.jointclear.declaration.validation.DeclarationValidator;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.AssessmentRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The module API, delegating to validation, persistence and cross-check. */
@Service
class DeclarationService implements Declarations {

    private final DeclarationValidator validator;
    private final DeclarationRepository repository;
    private final CrossChecker crossChecker;

    DeclarationService(DeclarationValidator validator, DeclarationRepository repository, CrossChecker crossChecker) {
        this.validator = validator;
        this.repository = repository;
        this.crossChecker = crossChecker;
    }

    @Override
    public List<FieldViolation> check(DeclarationDocument document, String prefix) {
        return validator.check(document, prefix);
    }

    @Override
    public AssessmentRequest toAssessmentRequest(DeclarationDocument document) {
        return AssessmentRequests.of(document);
    }

    /** Joins the caller's transaction (clearance registers all declarations of a crossing in one). */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void register(DeclarationDocument document, UUID crossingId, String fieldPrefix) {
        String at = fieldPrefix == null ? "" : fieldPrefix;
        if (document.authority() == null || document.number() == null || document.number().isBlank()) {
            throw new ProblemException(422, "DECLARATION_NUMBER_REQUIRED", "Declaration number required",
                    "A declaration is registered under its authority and number",
                    List.of(new FieldViolation(at + "number", "REQUIRED_FIELD", "The declaration number is required to register it")));
        }
        UUID holder = repository.register(document, crossingId);
        if (!holder.equals(crossingId)) {
            String detail = document.authority() + " declaration " + document.number() + " is already registered on crossing " + holder;
            throw new ProblemException(409, "DUPLICATE_DECLARATION_NUMBER", "Duplicate declaration number", detail,
                    List.of(new FieldViolation(at + "number", "DUPLICATE_DECLARATION_NUMBER", detail)));
        }
    }

    @Override
    public List<CrossCheckFinding> crossCheck(DeclarationDocument export, DeclarationDocument importSide) {
        return crossChecker.compare(export, importSide);
    }
}
