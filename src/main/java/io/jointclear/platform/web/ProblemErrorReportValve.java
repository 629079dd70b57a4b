package io.jointclear.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error report, for requests it refuses before any servlet runs (an undecodable path, a
 * malformed request line or header, a header too large): a problem+json body instead of its HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "The request could not be completed; it has been logged."
                : "The server could not read this request (" + title + ")";
        ProblemDetail problem = ProblemResponses.problem(status, ProblemResponses.codeOf(status), title, detail, List.of());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.json(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already committed: nothing more to say
        }
    }
}
