package io.jointclear.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet container's error page ({@code /error}): whatever the container or a filter refused
 * with {@code sendError} (a firewall rejection, an unmapped path) becomes a problem+json answer. Only
 * a browser asking for a console page gets the HTML page. {@code GET /error} on its own is a 404.
 */
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers) {
        super(attributes, properties, resolvers);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (isMachinePath(request) || statusOf(request) == null) {
            try {
                ProblemResponses.write(request, response, problem(request).getBody());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ResponseEntity<java.util.Map<String, Object>> error(HttpServletRequest request) {
        return (ResponseEntity) problem(request);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        return (ResponseEntity) problem(request);
    }

    static ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        Integer status = statusOf(request);
        ProblemDetail problem;
        if (status == null) {
            problem = ProblemResponses.problem(404, ProblemResponses.codeOf(404), "Not Found",
                    "There is no resource at /error", List.of());
        } else {
            HttpStatus known = HttpStatus.resolve(status);
            int code = known == null || status < 400 ? 500 : status;
            String title = known == null ? "Error" : known.getReasonPhrase();
            problem = ProblemResponses.problem(code, ProblemResponses.codeOf(code), title, detail(request, code), List.of());
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri != null) {
                problem.setInstance(java.net.URI.create(uri.toString().replace(" ", "%20")));
            }
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpServletRequest request, int status) {
        if (status == 404) {
            return "No resource at this path";
        }
        if (status >= 500) {
            return "The request could not be completed; it has been logged.";
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message == null || message.toString().isBlank() ? HttpStatus.valueOf(status).getReasonPhrase() : message.toString();
    }

    private static Integer statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer s ? s : null;
    }

    private static boolean isMachinePath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/api-docs") || path.equals("/error");
    }
}
