package io.jointclear.platform.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;

/**
 * A problem's words for people in the caller's language. English is the platform's own (the most
 * specific detail, written where the problem is found); a Spanish caller gets the bundle's text for
 * the code ({@code problem.CODE}, {@code problem.CODE.title}, {@code violation.CODE}), falling back
 * to a title by HTTP status and, for a code the bundle lacks, to the English detail. The code, the
 * type and the field paths never change.
 */
record ProblemTexts(MessageSource messages, Locale locale) {

    static ProblemTexts of(MessageSource messages, Locale locale) {
        return new ProblemTexts(messages, locale == null ? Locale.ENGLISH : locale);
    }

    ProblemDetail problem(ProblemException e) {
        if (messages == null || !"es".equals(locale.getLanguage())) {
            return ProblemResponses.problem(e.status(), e.code(), e.title(), e.getMessage(), e.violations());
        }
        String title = text("problem." + e.code() + ".title",
                text("problem.status." + e.status(), e.title()));
        // {0} of a detail is the number of field violations ("La solicitud incumple {0} regla(s) …")
        String detail = messages.getMessage("problem." + e.code(), new Object[] {e.violations().size()},
                text("violation." + e.code(), e.getMessage()), locale);
        List<FieldViolation> violations = e.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.code(), text("violation." + v.code(),
                        text("pending." + v.code(), v.message()))))
                .toList();
        return ProblemResponses.problem(e.status(), e.code(), title, detail, violations);
    }

    private String text(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}
