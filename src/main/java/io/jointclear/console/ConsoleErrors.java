package io.jointclear.console;

import io.jointclear.shared.ProblemException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The console's problem pages: a person in a browser never gets a JSON problem or the container's
 * default page, but the page in the console's layout and language (403, 404, 500 and the rest by their
 * status). Two ways in: failures inside Spring MVC on a console page (an unknown crossing, an unknown
 * path, an unexpected error), resolved here before the API's problem handler sees them; and the
 * container's error page ({@code /error}, e.g. a 403 from the security filters), whose HTML variant asks
 * the {@link ErrorViewResolver}s. The API, actuator and OpenAPI paths keep problem+json.
 */
final class ConsoleErrors implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    static final String VIEW = "problem";
    /** Statuses with a text of their own ({@code problem.title.<status>}); others use the 4xx or 5xx text. */
    static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 409, 500, 503);
    private static final List<String> MACHINE_PREFIXES = List.of("/api/", "/actuator", "/v3/api-docs", "/swagger-ui", "/error");
    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);
    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!isConsolePage(request)) {
            return null;
        }
        int status = statusOf(e);
        if (status >= 500) {
            log.error("Unexpected error on console page {}", request.getRequestURI(), e);
        }
        String code = e instanceof ProblemException p ? p.code() : null;
        response.setStatus(status);
        return page(request, status, code);
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(request, status.value(), null);
    }

    /** A console page: any path but the API's, asked for by a browser (HTML acceptable). */
    static boolean isConsolePage(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || MACHINE_PREFIXES.stream().anyMatch(path::startsWith) || path.equals("/api")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    static int statusOf(Exception e) {
        if (e instanceof ProblemException p) {
            return p.status();
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch && mismatch.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class)) {
            return 404; // a crossing id that is no id names no crossing
        }
        if (e instanceof ErrorResponse framework) {
            return framework.getStatusCode().value();
        }
        if (e instanceof TypeMismatchException) {
            return 400;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof DataAccessResourceFailureException || e instanceof CannotCreateTransactionException) {
            return 503;
        }
        return 500;
    }

    static ModelAndView page(HttpServletRequest request, int status, String code) {
        chosenLanguage(request);
        Map<String, Object> model = new HashMap<>();
        int shown = status < 400 ? 500 : status;
        String text = EXPLAINED.contains(shown) ? String.valueOf(shown) : shown >= 500 ? "5xx" : "4xx";
        model.put("status", shown);
        model.put("titleKey", "problem.title." + text);
        model.put("textKey", "problem.text." + text);
        model.put("code", code);
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        model.put("currentPath", original == null ? request.getRequestURI() : original.toString());
        ConsoleUser me = user(request);
        model.put("me", me);
        model.put("home", me == null ? "/console/login" : me.home());
        ModelAndView page = new ModelAndView(VIEW, model);
        page.setStatus(HttpStatus.valueOf(shown));
        return page;
    }

    /**
     * The language switch works on a problem page too: a refused page never reaches the interceptor that
     * reads {@code ?lang=}, so the page is rendered in the language asked for (the cookie is left as it was).
     */
    private static void chosenLanguage(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        ConsoleConfiguration.LANGUAGES.stream().filter(l -> l.getLanguage().equals(lang)).findFirst()
                .ifPresent(l -> request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, l));
    }

    /** The signed-in user, also on the error page, which runs after the security filters cleared their context. */
    private static ConsoleUser user(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            authentication = SESSIONS.loadDeferredContext(request).get().getAuthentication();
        }
        return authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()
                ? null : ConsoleUser.of(authentication);
    }
}
