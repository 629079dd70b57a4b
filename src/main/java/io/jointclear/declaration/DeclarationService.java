package io.jointclear.declaration;

import io.jointclear.declaration.crosscheck.CrossChecker;
import io.jointclear.declaration.persistence.DeclarationRepository;
import io.jointclear.declaration.validation.DeclarationValidator;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.AssessmentRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        if (document.authority() == null || document.number() == null || document.number().isBlank()) {
            throw numberRequired(fieldPrefix);
        }
        UUID holder = repository.register(document, crossingId);
        if (!holder.equals(crossingId)) {
            throw duplicate(document, holder, fieldPrefix);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<UUID, Refusal> registerAll(List<Registration> registrations) {
        Map<UUID, Refusal> refused = new LinkedHashMap<>();
        List<Registration> numbered = new ArrayList<>();
        for (Registration r : registrations) {
            DeclarationDocument document = r.document();
            if (document.authority() == null || document.number() == null || document.number().isBlank()) {
                refused.putIfAbsent(r.crossingId(), new Refusal(numberRequired(r.fieldPrefix()), null));
            } else {
                numbered.add(r);
            }
        }
        numbered.removeIf(r -> refused.containsKey(r.crossingId()));
        repository.registerAll(numbered).forEach((crossing, conflict) -> refused.put(crossing, new Refusal(
                duplicate(conflict.registration().document(), conflict.holder(), conflict.registration().fieldPrefix()),
                conflict.holder())));
        return refused;
    }

    private static ProblemException numberRequired(String fieldPrefix) {
        String at = fieldPrefix == null ? "" : fieldPrefix;
        return new ProblemException(422, "DECLARATION_NUMBER_REQUIRED", "Declaration number required",
                "A declaration is registered under its authority and number",
                List.of(new FieldViolation(at + "number", "REQUIRED_FIELD", "The declaration number is required to register it")));
    }

    private static ProblemException duplicate(DeclarationDocument document, UUID holder, String fieldPrefix) {
        String at = fieldPrefix == null ? "" : fieldPrefix;
        String detail = document.authority() + " declaration " + document.number() + " is already registered on crossing " + holder;
        return new ProblemException(409, "DUPLICATE_DECLARATION_NUMBER", "Duplicate declaration number", detail,
                List.of(new FieldViolation(at + "number", "DUPLICATE_DECLARATION_NUMBER", detail)));
    }

    @Override
    public List<CrossCheckFinding> crossCheck(DeclarationDocument export, DeclarationDocument importSide) {
        return crossChecker.compare(export, importSide);
    }
}
