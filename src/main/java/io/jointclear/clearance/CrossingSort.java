package io.jointclear.clearance;

import java.util.Locale;
import java.util.Optional;

/**
 * The orders a crossing list may be sorted in: a closed list, so no caller's text ever reaches the
 * SQL. Ties are broken by the crossing id, so pages never overlap.
 */
public enum CrossingSort {
    /** When it was filed (the broker's default, newest first). */
    FILED,
    /** When the truck is expected at the port. */
    EXPECTED_ARRIVAL,
    /** When the truck arrived (not arrived last). */
    ARRIVED,
    /** By status name. */
    STATUS,
    /** By port pair (Mexican customs office, then US port). */
    PORT,
    /** The officer's queue: selected, under inspection, held, arrived, filed; then by arrival (or expected arrival). */
    URGENCY;

    /** The sort named in a request parameter ({@code expectedArrival}, {@code EXPECTED_ARRIVAL}, …), if it is one. */
    public static Optional<CrossingSort> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String constant = name.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        for (CrossingSort s : values()) {
            if (s.name().equals(constant)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The request parameter's spelling: {@code expectedArrival}. */
    public String parameter() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }
}
