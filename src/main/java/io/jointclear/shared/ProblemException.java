package io.jointclear.shared;

import java.util.List;

/**
 * A business or input problem that a module reports to its caller. The platform turns it into an RFC
 * 9457 problem response with the given HTTP status, a title, the detail message and the field
 * violations; modules never depend on the web layer to do so.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldViolation> violations;
    private final java.util.Map<String, Object> properties;

    public ProblemException(int status, String code, String title, String detail, List<FieldViolation> violations) {
        this(status, code, title, detail, violations, java.util.Map.of());
    }

    /**
     * With extension members of the problem: language-neutral facts a program reads whatever the
     * caller's language (e.g. the authorisation a filing was refused under, with its status and dates).
     */
    public ProblemException(int status, String code, String title, String detail, List<FieldViolation> violations,
                            java.util.Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.properties = java.util.Map.copyOf(properties);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    /** HTTP status: 404 unknown thing, 409 conflict, 422 rule violated, 400 malformed. */
    public int status() {
        return status;
    }

    /** Stable machine-readable code of the problem, e.g. {@code UNKNOWN_TARIFF_CODE}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Extension members of the problem beyond code and errors; empty for most problems. */
    public java.util.Map<String, Object> properties() {
        return properties;
    }

    /** The RFC 9457 {@code type} of a problem with this code, e.g. {@code urn:jointclear:problem:unknown-tariff-code}. */
    public static String typeOf(String code) {
        return "urn:jointclear:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The same problem reported against another field path, e.g. when a caller knows the line index. */
    public ProblemException atField(String field) {
        return new ProblemException(status, code, title, getMessage(),
                List.of(new FieldViolation(field, code, getMessage())));
    }
}
