package io.jointclear.platform.security;

import io.jointclear.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers 401 and 403 as RFC 9457 problems in the platform's shape. These happen in the filter chain,
 * before Spring MVC, so the problem handler of the web layer never sees them and we write the body
 * ourselves. The detail never tells whether the user name or the password was wrong.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "JointClear";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        boolean triedCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        write(request, response, unauthenticated(triedCredentials
                ? "The user name or password is not valid"
                : "This endpoint needs the credentials of a JointClear user (HTTP Basic)"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, forbidden("Your roles do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }

    static ProblemDetail unauthenticated(String detail) {
        return ProblemResponses.problem(401, "UNAUTHENTICATED", "Authentication required", detail, List.of());
    }

    static ProblemDetail forbidden(String detail) {
        return ProblemResponses.problem(403, "FORBIDDEN", "Forbidden", detail, List.of());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        ProblemResponses.write(request, response, problem);
    }
}
