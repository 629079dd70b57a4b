package io.jointclear.audit;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One state change to record, e.g. {@code CROSSING_FILED} by {@code broker} on {@code CROSSING}
 * {@code 7f3e…}, with a few details worth reading later (numbers, decisions, reasons; never documents
 * or personal data beyond what the case needs).
 *
 * @param actor       user name of who acted, or {@link #SYSTEM} for scheduled and event-driven work
 * @param action      what happened, UPPER_SNAKE_CASE in the past tense: {@code CROSSING_FILED}
 * @param subjectType kind of thing changed, UPPER_SNAKE_CASE: {@code CROSSING}, {@code TARIFF_MEASURE}
 * @param subjectId   its id
 * @param authority   the customs authority concerned, if any
 * @param details     small key–value facts, kept sorted so they serialise the same way every time
 */
public record AuditEntry(String actor, String action, String subjectType, String subjectId, Authority authority,
                         SortedMap<String, String> details) {

    /** The actor of changes no user asked for directly. */
    public static final String SYSTEM = "system";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_DETAIL_CHARS = 4_000;

    public AuditEntry {
        requireText(actor, "actor");
        requireText(subjectId, "subjectId");
        requireCode(action, "action");
        requireCode(subjectType, "subjectType");
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details == null ? Map.of() : details));
        int size = details.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
        if (size > MAX_DETAIL_CHARS) {
            throw new IllegalArgumentException("audit details are meant to be small, got " + size + " characters");
        }
    }

    /** An entry for what {@code actor} did; detail values are written with {@code String.valueOf}. */
    public static AuditEntry of(Actor actor, String action, String subjectType, String subjectId, Authority authority,
                                Map<String, ?> details) {
        return of(actor.username(), action, subjectType, subjectId, authority, details);
    }

    public static AuditEntry of(String actor, String action, String subjectType, String subjectId, Authority authority,
                                Map<String, ?> details) {
        SortedMap<String, String> text = new TreeMap<>();
        details.forEach((key, value) -> text.put(key, String.valueOf(value)));
        return new AuditEntry(actor, action, subjectType, subjectId, authority, text);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("audit " + name + " must be 1–200 characters, got '" + value + "'");
        }
    }

    private static void requireCode(String value, String name) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("audit " + name + " must be UPPER_SNAKE_CASE, got '" + value + "'");
        }
    }
}
