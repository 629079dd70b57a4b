package io.jointclear.platform.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details in the one shape every JointClear endpoint answers with. */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static ProblemDetail problem(int status, String code, String title, String detail,
                                        List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(ProblemException.typeOf(code)));
        problem.setTitle(title);
        problem.setProperty("code", code);
        problem.setProperty("errors", violations);
        return problem;
    }

    /** The problem's members in the order of the API (type, title, status, detail, code, errors). */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** Writes a problem where no message converter runs: servlet filters, the container's error reports. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] bytes = JSON.writeValueAsBytes(members(problem));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * Writes a problem where no message converter runs, in the caller's language (Accept-Language): the
     * bundles come from the application context serving the request, if it runs yet.
     */
    public static void write(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                             ProblemDetail problem) throws IOException {
        org.springframework.context.MessageSource messages = org.springframework.web.context.support.WebApplicationContextUtils
                .findWebApplicationContext(request.getServletContext());
        write(response, ProblemTexts.of(messages, request.getLocale()).localise(problem));
    }

    static String json(ProblemDetail problem) {
        return JSON.writeValueAsString(members(problem));
    }

    /** Problem code of a bare HTTP status, as for the framework's own rejections (405, 415 …). */
    static String codeOf(int status) {
        return "HTTP_" + status;
    }
}
