package io.jointclear.reference.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Effective-dated versions of something keyed by a code, for lookups by (code, date) without a
 * database round trip. Immutable once built.
 */
final class TariffIndex<T> {

    record Version<T>(LocalDate from, LocalDate to, T value) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private final Map<String, List<Version<T>>> versions;
    private final LocalDate earliest;

    private TariffIndex(Map<String, List<Version<T>>> versions, LocalDate earliest) {
        this.versions = versions;
        this.earliest = earliest;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    boolean contains(String code) {
        return versions.containsKey(code);
    }

    List<Version<T>> versions(String code) {
        return versions.getOrDefault(code, List.of());
    }

    Optional<Version<T>> at(String code, LocalDate date) {
        for (Version<T> v : versions(code)) {
            if (v.covers(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** First day any version is in force; null when empty. */
    LocalDate earliest() {
        return earliest;
    }

    int size() {
        return versions.size();
    }

    static final class Builder<T> {
        private final Map<String, List<Version<T>>> versions = new HashMap<>();
        private LocalDate earliest;

        Builder<T> add(String code, LocalDate from, LocalDate to, T value) {
            versions.computeIfAbsent(code, c -> new ArrayList<>(1)).add(new Version<>(from, to, value));
            if (earliest == null || from.isBefore(earliest)) {
                earliest = from;
            }
            return this;
        }

        TariffIndex<T> build() {
            Map<String, List<Version<T>>> frozen = new HashMap<>(versions.size() * 2);
            versions.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
            return new TariffIndex<>(frozen, earliest);
        }
    }
}
