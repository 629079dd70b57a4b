package io.jointclear.platform.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;

/**
 * A problem's words for people in the caller's language. English is the platform's own (the most
 * specific detail, written where the problem is found); a Spanish caller gets the bundle's text for
 * the code ({@code problem.CODE}, {@code problem.CODE.title}, {@code violation.CODE}), falling back
 * to a title by HTTP status. Every code the platform emits has its Spanish text
 * ({@code io.jointclear.shared.ProblemCodes}, checked by {@code ProblemCodeBundleTest}). The code, the
 * type and the field paths never change.
 */
public record ProblemTexts(MessageSource messages, Locale locale) {

    public static ProblemTexts of(MessageSource messages, Locale locale) {
        return new ProblemTexts(messages, locale == null ? Locale.ENGLISH : locale);
    }

    ProblemDetail problem(ProblemException e) {
        ProblemDetail problem = ProblemResponses.problem(e.status(), e.code(), e.title(), e.getMessage(), e.violations());
        e.properties().forEach(problem::setProperty);
        return localise(problem);
    }

    /** The same problem in the reader's language: title, detail and field messages; a problem without a code as is. */
    public ProblemDetail localise(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties();
        if (messages == null || !"es".equals(locale.getLanguage()) || properties == null
                || !(properties.get("code") instanceof String code)) {
            return problem;
        }
        List<FieldViolation> violations = violations(properties.get("errors"));
        String title = text("problem." + code + ".title", text("problem.status." + problem.getStatus(), problem.getTitle()));
        // {0} of a detail is the number of field violations ("La solicitud incumple {0} regla(s) …")
        String detail = messages.getMessage("problem." + code, new Object[] {violations.size()},
                text("violation." + code, problem.getDetail()), locale);
        List<FieldViolation> worded = violations.stream()
                .map(v -> new FieldViolation(v.field(), v.code(), text("violation." + v.code(),
                        text("pending." + v.code(), text("problem." + v.code(), v.message())))))
                .toList();
        ProblemDetail out = ProblemResponses.problem(problem.getStatus(), code, title, detail, worded);
        out.setInstance(problem.getInstance());
        properties.forEach((k, v) -> {
            if (!"code".equals(k) && !"errors".equals(k)) {
                out.setProperty(k, v);
            }
        });
        return out;
    }

    private static List<FieldViolation> violations(Object errors) {
        if (!(errors instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(FieldViolation.class::isInstance).map(FieldViolation.class::cast).toList();
    }

    private String text(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}
