package io.jointclear.platform.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param dataDir   data directory; kept across restarts so accepted data is never lost
 * @param port      TCP port on loopback; 0 picks a free one
 * @param ephemeral wipe the directory when the server stops (tests only)
 * @param embeddedDbSettings PostgreSQL server settings (postgresql.conf names) applied at start-up on
 *                  top of the platform's own, e.g. {@code jointclear.embedded-db-settings.work_mem=64MB}
 */
@ConfigurationProperties("jointclear")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") Path dataDir,
        @DefaultValue("0") int embeddedDbPort,
        @DefaultValue("false") boolean embeddedDbEphemeral,
        Map<String, String> embeddedDbSettings) {

    public EmbeddedDatabaseProperties {
        embeddedDbSettings = embeddedDbSettings == null ? Map.of() : Map.copyOf(embeddedDbSettings);
    }
}
