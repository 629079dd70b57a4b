package io.jointclear.platform.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details in the one shape every JointClear endpoint answers with. */
public final class ProblemResponses {

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
}
