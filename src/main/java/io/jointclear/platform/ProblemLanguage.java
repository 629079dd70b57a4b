package io.jointclear.platform;

import io.jointclear.platform.web.ProblemResponses;
import io.jointclear.platform.web.ProblemTexts;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.shared.ProblemWording;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** {@link ProblemWording} with the texts and fallbacks of every other problem of the API ({@link ProblemTexts}). */
@Component
class ProblemLanguage implements ProblemWording {

    private final MessageSource messages;

    ProblemLanguage(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ProblemException worded(ProblemException problem, Locale locale) {
        ProblemDetail d = ProblemTexts.of(messages, locale).localise(ProblemResponses.problem(problem.status(), problem.code(),
                problem.title(), problem.getMessage(), problem.violations()));
        @SuppressWarnings("unchecked")
        List<FieldViolation> violations = (List<FieldViolation>) d.getProperties().get("errors");
        return new ProblemException(problem.status(), problem.code(), d.getTitle(), d.getDetail(), violations);
    }
}
