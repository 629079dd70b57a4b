package io.jointclear.tariff.domain;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.List;

/** The problems the engine reports; each names the field of the declaration it is about. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(400, "INVALID_DECLARATION", "Invalid declaration",
                violations.size() + " field(s) of the declaration are missing or invalid", violations);
    }

    public static ProblemException at(int status, String code, String title, String field, String message) {
        return new ProblemException(status, code, title, message, List.of(new FieldViolation(field, code, message)));
    }

    public static ProblemException unsupported(String field, String message) {
        return at(422, "UNSUPPORTED_COMBINATION", "Unsupported combination", field, message);
    }

    public static ProblemException unitConversion(String field, String message) {
        return at(422, "UNSUPPORTED_UNIT_CONVERSION", "Unit cannot be converted", field, message);
    }

    public static ProblemException measureNotLoaded(String field, String message) {
        return at(422, "MEASURE_NOT_LOADED", "Measure not loaded", field, message);
    }

    /** Several problems as one: the first's status and code, every violation (one alone is returned as is). */
    public static ProblemException together(List<ProblemException> problems) {
        if (problems.size() == 1) {
            return problems.getFirst();
        }
        List<FieldViolation> violations = new java.util.ArrayList<>();
        StringBuilder detail = new StringBuilder().append(problems.size()).append(" reference data are missing: ");
        for (ProblemException p : problems) {
            violations.addAll(p.violations().isEmpty() ? List.of(new FieldViolation("", p.code(), p.getMessage())) : p.violations());
            detail.append(p == problems.getFirst() ? "" : "; ").append(p.getMessage());
        }
        ProblemException first = problems.getFirst();
        return new ProblemException(first.status(), first.code(), first.title(), detail.toString(), violations);
    }

    public static ProblemException rateNotLoaded(String field, String message) {
        return at(422, "RATE_NOT_LOADED", "Rate not loaded", field, message);
    }
}
