package io.jointclear.platform.database;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings that make a commit survive a crash of PostgreSQL or of the machine. The embedded
 * library starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}; these
 * {@code -c} settings come after it on the command line and therefore win.
 */
final class DurableSettings {

    /** Names whose "off" would let a commit answered 201 vanish in a crash. */
    static final Map<String, String> REQUIRED = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private static final Set<String> FALSE_VALUES = Set.of("off", "false", "no", "0", "f", "n", "of");

    private DurableSettings() {
    }

    /**
     * The user's server settings with the durable ones on top.
     *
     * @throws IllegalStateException when a user setting turns one of them off: the platform refuses
     *                               to run without durability rather than lose acknowledged filings
     */
    static Map<String, String> applyTo(Map<String, String> userSettings) {
        Map<String, String> settings = new LinkedHashMap<>();
        userSettings.forEach((name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (REQUIRED.containsKey(key) && FALSE_VALUES.contains(value.trim().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("jointclear.embedded-db-settings." + name + "=" + value
                        + " is refused: acknowledged filings must survive a crash, so " + key + " stays on");
            }
            settings.put(key, value);
        });
        REQUIRED.forEach((name, value) -> settings.putIfAbsent(name, value));
        return settings;
    }
}
