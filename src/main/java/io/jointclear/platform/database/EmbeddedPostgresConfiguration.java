package io.jointclear.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts an embedded PostgreSQL server when no {@code spring.datasource.url} is configured, so that
 * a fresh clone runs on a real, durable database with one command. The data directory survives
 * restarts; an external PostgreSQL is used instead as soon as a datasource URL is given.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
                          @org.springframework.beans.factory.annotation.Value("${jointclear.embedded-db-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("jointclear-embedded");
        // JDBC batches of inserts travel as multi-row INSERTs: one statement instead of one per row.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** The running server; closing it stops PostgreSQL with a clean (fast) shutdown. */
    static final class EmbeddedPostgresServer implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final Path dataDir;
        private final boolean ephemeral;

        private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, boolean ephemeral) {
            this.postgres = postgres;
            this.dataDir = dataDir;
            this.ephemeral = ephemeral;
        }

        static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            try {
                Files.createDirectories(dataDir);
                boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
                log.info("Starting embedded PostgreSQL, data directory {} ({})", dataDir,
                        existing ? "existing data" : "new, running initdb");
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        // Spring stops the server after every bean that still needs it, not a JVM hook racing it.
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("listen_addresses", "localhost")
                        // Fewer, spread-out checkpoints: each one forces full-page images into the WAL
                        // and competes with filings for the two cores. Commits stay synchronous.
                        .setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("checkpoint_timeout", "15min")
                        .setServerConfig("checkpoint_completion_target", "0.9");
                properties.embeddedDbSettings().forEach(builder::setServerConfig);
                if (properties.embeddedDbPort() > 0) {
                    builder.setPort(properties.embeddedDbPort());
                }
                EmbeddedPostgres postgres = builder.start();
                log.info("Embedded PostgreSQL up on port {}", postgres.getPort());
                return new EmbeddedPostgresServer(postgres, dataDir, properties.embeddedDbEphemeral());
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
            if (ephemeral) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
        }
    }
}
