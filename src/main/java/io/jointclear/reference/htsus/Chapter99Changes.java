package io.jointclear.reference.htsus;

import io.jointclear.reference.Chapter99Change;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/** Chapter-99 changes stored with their revision (JSON, without words) and worded for a reader. */
final class Chapter99Changes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Chapter99Changes() {
    }

    static String json(List<Chapter99Change> changes) {
        return JSON.writeValueAsString(changes.stream().map(c -> c.worded(null)).toList());
    }

    static List<Chapter99Change> read(String json) {
        return json == null ? List.of() : List.of(JSON.readValue(json, Chapter99Change[].class));
    }

    /** Each change in words: what changed, then which rows to review or what no row covers. */
    static List<Chapter99Change> worded(List<Chapter99Change> changes, MessageSource messages, Locale locale) {
        return changes.stream().map(c -> c.worded(words(c, messages, locale))).toList();
    }

    private static String words(Chapter99Change c, MessageSource messages, Locale locale) {
        String example = String.join(", ", c.codes().stream().limit(5).toList());
        StringBuilder text = new StringBuilder(messages.getMessage("reference.chapter99." + c.kind(),
                new Object[] {c.heading(), c.before(), c.after(), c.codes().size(), example}, locale));
        if (c.review() && !c.measures().isEmpty()) {
            text.append(' ').append(messages.getMessage("reference.chapter99.review",
                    new Object[] {String.join(", ", c.measures())}, locale));
        }
        if (!c.uncovered().isEmpty()) {
            text.append(' ').append(messages.getMessage("reference.chapter99.uncovered",
                    new Object[] {c.uncovered().size(), String.join(", ", c.uncovered().stream().limit(5).toList())}, locale));
        }
        return text.toString();
    }
}
