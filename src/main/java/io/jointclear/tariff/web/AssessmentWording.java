package io.jointclear.tariff.web;

import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.domain.Warnings;
import io.jointclear.tariff.reassessment.WhatIfResult;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Warnings of an answer worded in the reader's language (Accept-Language) from the es/en bundles by
 * their code and arguments; a warning without a text in the bundles keeps the engine's English.
 */
final class AssessmentWording {

    private AssessmentWording() {
    }

    static Assessment worded(Assessment assessment, MessageSource messages, Locale locale) {
        List<Assessment.Warning> worded = assessment.warnings().stream().map(w -> worded(w, messages, locale)).toList();
        return assessment.withWarnings(worded);
    }

    static WhatIfResult worded(WhatIfResult result, MessageSource messages, Locale locale) {
        return new WhatIfResult(result.currency(), worded(result.actual(), messages, locale),
                worded(result.scenario(), messages, locale), result.difference());
    }

    private static WhatIfResult.Side worded(WhatIfResult.Side side, MessageSource messages, Locale locale) {
        return new WhatIfResult.Side(side.date(), side.total(), side.totals(), side.lines(),
                worded(side.assessment(), messages, locale));
    }

    private static Assessment.Warning worded(Assessment.Warning warning, MessageSource messages, Locale locale) {
        if (warning.args().isEmpty()) {
            return warning;
        }
        return warning.worded(messages.getMessage(Warnings.key(warning.code()), warning.args().toArray(),
                warning.message(), locale));
    }
}
