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

    public static ProblemException rateNotLoaded(String field, String message) {
        return at(422, "RATE_NOT_LOADED", "Rate not loaded", field, message);
    }
}
