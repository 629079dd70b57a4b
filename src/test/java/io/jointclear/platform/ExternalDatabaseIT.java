package io.jointclear.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.JointClearApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * With {@code spring.datasource.*} set, the platform starts no PostgreSQL of its own and migrates and
 * loads the configured server. The "external" server here is a separate PostgreSQL process the test
 * starts, reached only through its JDBC URL.
 */
class ExternalDatabaseIT {

    @Test
    void usesTheConfiguredServerInsteadOfStartingItsOwn() throws Exception {
        Path ownDir = Files.createTempDirectory("jointclear-unused");
        Path externalDir = Files.createTempDirectory("jointclear-external");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(externalDir)
                .setCleanDataDirectory(true).start();
             ConfigurableApplicationContext app = new SpringApplication(JointClearApplication.class).run(
                     "--server.port=0",
                     "--spring.main.banner-mode=off",
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--spring.datasource.password=postgres",
                     "--jointclear.data-dir=" + ownDir.resolve("pg"))) {
            assertThat(app.getBeansOfType(EmbeddedPostgresConfigurationProbe.type())).isEmpty();
            assertThat(Files.exists(ownDir.resolve("pg/PG_VERSION"))).isFalse();
            Integer lines = new JdbcTemplate(external.getPostgresDatabase())
                    .queryForObject("SELECT count(*) FROM reference.us_tariff_line", Integer.class);
            assertThat(lines).isEqualTo(70156); // 43 HTSUS revisions as line versions
        } finally {
            FileSystemUtils.deleteRecursively(ownDir);
            FileSystemUtils.deleteRecursively(externalDir);
        }
    }

    /** The embedded server's bean type, looked up by name: it is package-private in the platform. */
    static final class EmbeddedPostgresConfigurationProbe {
        static Class<?> type() throws ClassNotFoundException {
            return Class.forName("io.jointclear.platform.database.EmbeddedPostgresServer");
        }
    }
}
