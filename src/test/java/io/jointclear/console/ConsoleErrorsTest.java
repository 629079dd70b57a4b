package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.shared.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** Console pages get a problem page for every failure, with the status it stands for; the API is left alone. */
class ConsoleErrorsTest {

    private final ConsoleErrors errors = new ConsoleErrors();

    @Test
    void anUnexpectedErrorOnAConsolePageIsA500PageWithoutInternals() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView page = errors.resolveException(browser("/console/officer/queue"), response, null,
                new IllegalStateException("connection string postgres://secret"));
        assertThat(page.getViewName()).isEqualTo("problem");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(page.getModel()).containsEntry("titleKey", "problem.title.500").containsEntry("status", 500);
        assertThat(page.getModel().values()).noneMatch(v -> String.valueOf(v).contains("secret"));
    }

    @Test
    void moduleProblemsKeepTheirStatusAndCode() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView page = errors.resolveException(browser("/console/officer/crossings/x"), response, null,
                new ProblemException(404, "CROSSING_NOT_FOUND", "Not found", "no such crossing"));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(page.getModel()).containsEntry("code", "CROSSING_NOT_FOUND").containsEntry("textKey", "problem.text.404");
        assertThat(ConsoleErrors.statusOf(new DataAccessResourceFailureException("down"))).isEqualTo(503);
        ModelAndView conflict = errors.resolveException(browser("/console/x"), new MockHttpServletResponse(), null,
                new ProblemException(422, "X", "x", "x"));
        assertThat(conflict.getModel()).containsEntry("titleKey", "problem.title.4xx");
    }

    @Test
    void apiPathsAndNonBrowserRequestsAreLeftToTheProblemHandler() {
        assertThat(errors.resolveException(browser("/api/v1/crossings/x"), new MockHttpServletResponse(), null,
                new IllegalStateException())).isNull();
        MockHttpServletRequest program = new MockHttpServletRequest("GET", "/console/officer/queue");
        program.addHeader("Accept", "application/json");
        assertThat(errors.resolveException(program, new MockHttpServletResponse(), null, new IllegalStateException())).isNull();
    }

    private static MockHttpServletRequest browser(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        return request;
    }
}
