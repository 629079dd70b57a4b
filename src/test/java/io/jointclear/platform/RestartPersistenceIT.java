package io.jointclear.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.JointClearApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded database keeps accepted data across a restart, and a second start does not reload
 * reference data whose files did not change.
 */
class RestartPersistenceIT {

    private Path dataDir;

    @AfterEach
    void removeDataDirectory() {
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    @Test
    void secondStartKeepsDataAndSkipsUnchangedReferenceData() throws Exception {
        dataDir = Files.createTempDirectory("jointclear-restart");
        List<Timestamp> firstLoads;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            firstLoads = loadTimes(jdbc);
            assertThat(firstLoads).hasSizeGreaterThanOrEqualTo(9);
            jdbc.update("""
                    INSERT INTO reference.mx_tariff_rate (fraccion, valid_from, igi_text, ige_text, source, origin, imported_at)
                    VALUES ('85171301', DATE '2026-01-01', '5%', 'Ex.', 'restart test fixture', 'import', now())
                    """);
        }
        assertThat(Files.exists(dataDir.resolve("pg/PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(loadTimes(jdbc)).isEqualTo(firstLoads);
            assertThat(jdbc.queryForObject("SELECT source FROM reference.mx_tariff_rate WHERE fraccion = '85171301'", String.class))
                    .isEqualTo("restart test fixture");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.us_tariff_line", Integer.class)).isEqualTo(70156);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplication(JointClearApplication.class).run(
                "--server.port=0",
                "--jointclear.data-dir=" + dataDir.resolve("pg"),
                "--spring.main.banner-mode=off");
    }

    private static List<Timestamp> loadTimes(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT loaded_at FROM reference.dataset ORDER BY name", Timestamp.class);
    }
}
