package io.jointclear.platform.security;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Security exceptions raised inside a controller (e.g. by method security) would otherwise reach the
 * catch-all handler and become a 500; they are the same 401/403 problems as in the filter chain.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityExceptionAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> onAccessDenied(AccessDeniedException e) {
        return ResponseEntity.status(403).body(SecurityProblems.forbidden("Your roles do not allow this operation"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> onAuthentication(AuthenticationException e) {
        return ResponseEntity.status(401).body(SecurityProblems.unauthenticated(
                "This operation needs the credentials of a JointClear user (HTTP Basic)"));
    }
}
