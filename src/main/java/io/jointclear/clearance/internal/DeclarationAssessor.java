package io.jointclear.clearance.internal;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.Declarations;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.Assessments;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Assesses a declaration for the crossing. Reference data that are simply not loaded yet (a Mexican
 * rate, an exchange rate for a recent date) leave the declaration "pending" with the reasons, so the
 * joint case can go on and be re-assessed once the data arrive; any other problem is the filer's
 * and rejects the filing.
 */
@Component
class DeclarationAssessor {

    private static final Set<String> MISSING_REFERENCE_DATA = Set.of("RATE_NOT_LOADED", "MEASURE_NOT_LOADED", "DATE_OUTSIDE_REFERENCE_DATA");

    private final Assessments assessments;
    private final Declarations declarations;
    private final Clock clock;

    DeclarationAssessor(Assessments assessments, Declarations declarations, Clock clock) {
        this.assessments = assessments;
        this.declarations = declarations;
        this.clock = clock;
    }

    /** The stored outcome, or the filer's problems (with {@code prefix} on every field) in {@code problems}. */
    StoredDeclaration assess(DeclarationDocument document, String prefix, List<FieldViolation> problems) {
        if (document.authority() == Authority.US && "EXP".equals(document.operation())) {
            return new StoredDeclaration(document, StoredDeclaration.NOT_APPLICABLE, null, List.of(), clock.instant());
        }
        try {
            Assessment assessment = assessments.assess(declarations.toAssessmentRequest(document));
            return new StoredDeclaration(document, StoredDeclaration.ASSESSED, assessment, List.of(), clock.instant());
        } catch (ProblemException e) {
            List<FieldViolation> violations = e.violations().isEmpty()
                    ? List.of(new FieldViolation(prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1), e.code(), e.getMessage()))
                    : e.violations().stream().map(v -> new FieldViolation(prefix + v.field(), v.code(), v.message())).toList();
            boolean onlyMissingData = (MISSING_REFERENCE_DATA.contains(e.code()) && e.violations().isEmpty())
                    || (!violations.isEmpty() && violations.stream().allMatch(v -> MISSING_REFERENCE_DATA.contains(v.code())));
            if (onlyMissingData) {
                return new StoredDeclaration(document, StoredDeclaration.PENDING, null, violations, clock.instant());
            }
            problems.addAll(violations);
            return null;
        }
    }
}
