package io.jointclear.risk.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One condition of a rule: {@code attribute operator values}, e.g. {@code hs PREFIX [2710, 3811]},
 * {@code origin IN [CN, VN]}, {@code unitValueUsd LT [0.5]}, {@code partyAgeDays LT [90]}. A rule
 * hits a declaration when all its clauses hold for one of its lines.
 */
public record RuleClause(String attribute, Operator operator, List<String> values) {

    /** Comparison operators; multi-valued attributes (certifications, cross-check kinds) hold when any value does. */
    public enum Operator { EQ, IN, NOT_IN, PREFIX, GT, GTE, LT, LTE, PRESENT, ABSENT }

    public RuleClause {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether the clause holds for the given attribute values (null or empty = attribute absent). */
    boolean holds(List<String> actual) {
        boolean absent = actual == null || actual.isEmpty();
        return switch (operator) {
            case PRESENT -> !absent;
            case ABSENT -> absent;
            case EQ, IN -> !absent && actual.stream().anyMatch(a -> values.stream().anyMatch(v -> v.equalsIgnoreCase(a)));
            case NOT_IN -> absent || actual.stream().noneMatch(a -> values.stream().anyMatch(v -> v.equalsIgnoreCase(a)));
            case PREFIX -> !absent && actual.stream().anyMatch(a -> values.stream()
                    .anyMatch(v -> a.toUpperCase(Locale.ROOT).startsWith(v.toUpperCase(Locale.ROOT))));
            case GT, GTE, LT, LTE -> !absent && !values.isEmpty() && actual.stream().anyMatch(this::compares);
        };
    }

    private boolean compares(String actual) {
        BigDecimal a;
        BigDecimal v;
        try {
            a = new BigDecimal(actual);
            v = new BigDecimal(values.getFirst());
        } catch (NumberFormatException e) {
            return false;
        }
        int c = a.compareTo(v);
        return switch (operator) {
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            case LTE -> c <= 0;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return attribute + " " + operator + " " + values;
    }
}
