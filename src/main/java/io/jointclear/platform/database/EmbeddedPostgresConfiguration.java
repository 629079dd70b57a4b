package io.jointclear.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL server when no {@code spring.datasource.url} is configured, so that
 * a fresh clone runs on a real, durable database with one command (fsync, synchronous commits and
 * full-page writes on; see {@link DurableSettings}). The data directory survives restarts and
 * crashes; an external PostgreSQL is used instead as soon as a datasource URL is given.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server,
                                @Value("${jointclear.embedded-db-pool-size:20}") int poolSize,
                                @Value("${jointclear.embedded-db-connection-timeout:5s}") Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("jointclear-embedded");
        // While the database is down a request fails within this time (503) instead of hanging.
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.min(2000, connectionTimeout.toMillis() - 1));
        // JDBC batches of inserts travel as multi-row INSERTs: one statement instead of one per row.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    @Bean
    EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgresServer server, HikariDataSource dataSource,
                                                      ApplicationEventPublisher events,
                                                      @Value("${jointclear.embedded-db-watchdog-interval:1s}") Duration interval) {
        return new EmbeddedPostgresWatchdog(server, dataSource, events, interval);
    }
}
