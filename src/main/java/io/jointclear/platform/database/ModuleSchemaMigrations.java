package io.jointclear.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates one PostgreSQL schema per module: every folder {@code db/migration/<module>} on the
 * classpath is applied to schema {@code <module>} with its own history table, so modules own their
 * tables and evolve them independently. Plugged in as Boot's {@link FlywayMigrationStrategy} so
 * everything that touches the database starts only after all schemas are migrated.
 */
@Component
class ModuleSchemaMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ModuleSchemaMigrations.class);
    private static final Pattern MODULE_FOLDER = Pattern.compile("/db/migration/([a-z][a-z0-9_]*)/[^/]+\\.sql$");

    @Override
    public void migrate(Flyway bootFlyway) {
        for (String module : modules()) {
            MigrateResult result = Flyway.configure()
                    .configuration(bootFlyway.getConfiguration())
                    .schemas(module)
                    .defaultSchema(module)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:db/migration/" + module)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Schema {}: {} migration(s) applied, now at version {}", module,
                        result.migrationsExecuted, result.targetSchemaVersion);
            } else {
                // nothing ran: Flyway reports no target version, the schema stays at its initial one (quiet start log)
                log.debug("Schema {}: up to date at version {}", module, result.initialSchemaVersion);
            }
        }
    }

    static Set<String> modules() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/*/*.sql");
            Set<String> modules = new TreeSet<>();
            for (Resource script : scripts) {
                Matcher m = MODULE_FOLDER.matcher(script.getURL().toString());
                if (m.find()) {
                    modules.add(m.group(1));
                }
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list module migrations", e);
        }
    }
}
