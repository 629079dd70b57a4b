package io.jointclear.platform.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.security.web.firewall.RequestRejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem response that names the field and the rule: module
 * {@link ProblemException}s, bean validation, unreadable JSON (with the JSON path of the bad value)
 * and malformed parameters. Unexpected errors become a 500 without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /**
     * The problem keeps its code; its title, detail and field messages follow Accept-Language (es or en,
     * default en): {@link ProblemLanguageAdvice} words every problem body this handler answers.
     */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> onProblem(ProblemException e) {
        ProblemDetail body = ProblemResponses.problem(e.status(), e.code(), e.title(), e.getMessage(), e.violations());
        e.properties().forEach(body::setProperty);
        return ResponseEntity.status(e.status()).body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : e.getRequiredType().getSimpleName();
        String message = "'" + e.getValue() + "' is not a valid " + expected
                + (expected.equals("LocalDate") ? " (use YYYY-MM-DD)" : "");
        return badRequest("MALFORMED_PARAMETER", "Malformed parameter", message,
                List.of(new FieldViolation(e.getName(), "MALFORMED_PARAMETER", message)));
    }

    /** A body counted beyond the limit while it was read (no or a false Content-Length). */
    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> onTooLarge(RequestTooLargeException e) {
        return ResponseEntity.status(413).body(RequestEdgeFilter.tooLarge(e.limit()));
    }

    /** Spring Security's firewall checks headers and parameters lazily, when a handler first reads them. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> onRejected(RequestRejectedException e) {
        return badRequest("MALFORMED_REQUEST", "Malformed request", "The request carries characters that are not allowed", List.of());
    }

    /** Tomcat refuses to decode a parameter (bad percent-encoding, too many parameters). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> onInvalidParameter(InvalidParameterException e) {
        return badRequest("MALFORMED_QUERY", "Malformed request", "A request parameter could not be decoded", List.of());
    }

    /**
     * A value the database refused as data (SQLSTATE class 22: numeric overflow, a character it cannot
     * store, a date out of its range). The transaction is rolled back, so nothing was written; the
     * input should have been refused earlier, by a named rule, hence the error log.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> onDataIntegrity(DataIntegrityViolationException e) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            log.error("A value reached the database that no rule refused (SQLSTATE {})", sql.getSQLState(), e);
            return ResponseEntity.unprocessableContent().body(ProblemResponses.problem(422, "VALUE_NOT_STORABLE",
                    "Value out of range", "A value of the request is beyond what can be stored; nothing was written", List.of()));
        }
        return onUnexpected(e);
    }

    /** A multipart body that cannot be parsed (bad boundary, truncated part); too large ones are a 413 above. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> onMalformedMultipart(org.springframework.web.multipart.MultipartException e) {
        return badRequest("MALFORMED_REQUEST", "Malformed multipart body",
                "The multipart/form-data body cannot be read: check its boundary and parts", List.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> onIllegalArgument(IllegalArgumentException e) {
        return badRequest("INVALID_ARGUMENT", "Invalid argument", e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
        log.error("Unexpected error", e);
        ProblemDetail body = ProblemResponses.problem(500, "INTERNAL_ERROR", "Internal error",
                "The request could not be completed; it has been logged.", List.of());
        return ResponseEntity.status(500).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new FieldViolation(error.getField(), ruleCode(error.getCode()),
                    error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> violations.add(
                new FieldViolation(error.getObjectName(), ruleCode(error.getCode()), String.valueOf(error.getDefaultMessage()))));
        return asObject(badRequest("INVALID_REQUEST", "Invalid request",
                violations.size() + " field(s) violate the rules", violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new FieldViolation(result.getMethodParameter().getParameterName(),
                        ruleCode(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
                        String.valueOf(error.getDefaultMessage())))));
        return asObject(badRequest("INVALID_REQUEST", "Invalid request",
                violations.size() + " parameter(s) violate the rules", violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof RequestTooLargeException tooLarge) {
            return asObject(onTooLarge(tooLarge));
        }
        if (cause instanceof InputLimitException limit) {
            String field = jsonPath(limit.getPath());
            String message = field + ": " + limit.getOriginalMessage();
            return asObject(ResponseEntity.status(limit.status()).body(ProblemResponses.problem(limit.status(), limit.code(),
                    limit.status() == 422 ? "Value out of range" : "Malformed request body", message,
                    List.of(new FieldViolation(field, limit.code(), limit.getOriginalMessage())))));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown.getPath());
            String message = "unknown property '" + unknown.getPropertyName() + "'";
            return asObject(badRequest("UNKNOWN_PROPERTY", "Unknown property", field + ": " + message,
                    List.of(new FieldViolation(field, "UNKNOWN_PROPERTY", message))));
        }
        String field = "$";
        String message = "The request body must be a JSON object as documented for this endpoint";
        if (cause instanceof JacksonException jackson) {
            field = jsonPath(jackson.getPath());
            message = jackson.getOriginalMessage();
        }
        return asObject(badRequest("MALFORMED_JSON", "Malformed request body", message,
                List.of(new FieldViolation(field, "MALFORMED_JSON", message))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String message = "parameter '" + e.getParameterName() + "' is required";
        return asObject(badRequest("MISSING_PARAMETER", "Missing parameter", message,
                List.of(new FieldViolation(e.getParameterName(), "REQUIRED", message))));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Framework-generated problems (405, 415, 406 …) get the same code/errors members.
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            String code = ProblemResponses.codeOf(status.value());
            problem.setType(java.net.URI.create(ProblemException.typeOf(code)));
            problem.setProperty("code", code);
            problem.setProperty("errors", List.of());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> badRequest(String code, String title, String detail,
                                                            List<FieldViolation> violations) {
        return ResponseEntity.badRequest().body(ProblemResponses.problem(400, code, title, detail, violations));
    }

    @SuppressWarnings("unchecked")
    private static ResponseEntity<Object> asObject(ResponseEntity<?> entity) {
        return (ResponseEntity<Object>) entity;
    }

    private static String ruleCode(@Nullable String constraint) {
        if (constraint == null) {
            return "INVALID";
        }
        // NotBlank -> NOT_BLANK: bean-validation constraint names as rule codes.
        return constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            }
        }
        return out.isEmpty() ? "$" : out.toString();
    }
}
