package io.jointclear.shared;

import java.util.Objects;

/**
 * One violated rule on one field of a request, e.g. {@code lines[0].tariffCode} /
 * {@code UNKNOWN_TARIFF_CODE}. Carried to the client in the {@code errors} array of an RFC 9457
 * problem response.
 */
public record FieldViolation(String field, String code, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
