package io.jointclear.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL server: started durable on a data directory cleared of what a crash left,
 * restartable on the same directory and port when it dies under the running JVM. Closing it stops
 * PostgreSQL with a clean (fast) shutdown.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final boolean ephemeral;
    private final Map<String, String> settings;
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;
    private volatile boolean closed;

    private EmbeddedPostgresServer(Path dataDir, boolean ephemeral, Map<String, String> settings) {
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
        this.settings = settings;
    }

    static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, properties.embeddedDbEphemeral(),
                DurableSettings.applyTo(properties.embeddedDbSettings()));
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the data directory " + dataDir, e);
        }
        log.info("Starting embedded PostgreSQL, data directory {} ({})", dataDir,
                Files.exists(dataDir.resolve("PG_VERSION")) ? "existing data" : "new, running initdb");
        server.launch(properties.embeddedDbPort());
        return server;
    }

    private synchronized void launch(int port) {
        StalePostmaster.clear(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Spring stops the server after every bean that still needs it, not a JVM hook racing it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("listen_addresses", "localhost")
                // Fewer, spread-out checkpoints: each one forces full-page images into the WAL and
                // competes with filings for the cores. Durability comes from DurableSettings.
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("checkpoint_completion_target", "0.9");
        settings.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
        }
        // PostgreSQL writes its lock file before it accepts connections, so it is there now.
        postmasterPid = StalePostmaster.postmasterPid(dataDir).orElseThrow(() ->
                new IllegalStateException("embedded PostgreSQL runs without a readable postmaster.pid in " + dataDir));
        log.info("Embedded PostgreSQL up on port {} (pid {})", postgres.getPort(), postmasterPid);
        logDurability();
    }

    /** Logs the settings the server really runs with, and refuses to go on without durability. */
    private void logDurability() {
        Map<String, String> actual = showSettings();
        log.info("Embedded PostgreSQL durability: fsync={}, synchronous_commit={}, full_page_writes={}",
                actual.get("fsync"), actual.get("synchronous_commit"), actual.get("full_page_writes"));
        if (!"on".equals(actual.get("fsync")) || "off".equals(actual.get("synchronous_commit"))
                || !"on".equals(actual.get("full_page_writes"))) {
            throw new IllegalStateException("embedded PostgreSQL is not durable: " + actual);
        }
    }

    Map<String, String> showSettings() {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : DurableSettings.REQUIRED.keySet()) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the settings of the embedded PostgreSQL", e);
        }
        return values;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDir() {
        return dataDir;
    }

    long postmasterPid() {
        return postmasterPid;
    }

    /** Whether the postmaster this server started still runs. */
    boolean isRunning() {
        return postmasterPid > 0 && PostgresProcesses.isRunning(postmasterPid);
    }

    /**
     * Starts PostgreSQL again on the same data directory and port after it died; PostgreSQL replays
     * its WAL, so every committed transaction is back. No-op once closed.
     */
    synchronized void restart() {
        if (closed) {
            return;
        }
        int port = postgres.getPort();
        discardDeadInstance();
        launch(port);
    }

    private void discardDeadInstance() {
        // Releases the owner lock; its "pg_ctl stop" finds no server, which is expected here.
        log.info("Discarding the dead instance (the embedded library's \"Could not stop postmaster\" that follows is expected)");
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("closing the dead instance", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
        if (ephemeral) {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
