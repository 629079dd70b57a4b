package io.jointclear.console.broker;

import java.util.List;
import java.util.Map;

/**
 * The platform's violations placed on the form: per form field, and those that belong to no field.
 *
 * @param byField form field → messages
 * @param general messages not tied to one form field
 */
public record FieldErrors(Map<String, List<Message>> byField, List<Message> general) {

    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    /** A message in the reader's language (when the bundle knows the code) and the platform's own detail. */
    public record Message(String field, String code, String summary, String detail) {
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Message> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum() + general.size();
    }
}
