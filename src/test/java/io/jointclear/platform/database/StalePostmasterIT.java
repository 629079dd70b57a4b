package io.jointclear.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A data directory left behind by a JVM killed with SIGKILL starts again without a manual step:
 * with its postmaster still running (orphaned) or killed as well (stale lock file), and with the
 * committed data back. A directory that a live instance owns is refused.
 */
class StalePostmasterIT {

    private Path dataDir;

    @BeforeEach
    void directory() throws Exception {
        dataDir = Files.createTempDirectory("jointclear-stale").resolve("pg");
    }

    @AfterEach
    void remove() {
        FileSystemUtils.deleteRecursively(dataDir.getParent().toFile());
    }

    @Test
    void anOrphanedPostmasterIsStoppedAndTheServerStartsWithItsData() throws Exception {
        long orphan = abandonServerWithOneCommittedRow();
        assertThat(PostgresProcesses.isRunning(orphan)).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
            assertThat(PostgresProcesses.isRunning(orphan)).isFalse();
            assertThat(server.postmasterPid()).isNotEqualTo(orphan);
            assertThat(committedRows(server)).isEqualTo(1);
            assertThat(server.showSettings()).containsEntry("fsync", "on");
        }
    }

    @Test
    void aStaleLockFileOfAKilledPostmasterIsRemovedAndTheWalReplayed() throws Exception {
        long killed = abandonServerWithOneCommittedRow();
        powerCut(killed);
        assertThat(dataDir.resolve("postmaster.pid")).exists();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
            assertThat(committedRows(server)).isEqualTo(1);
        }
    }

    @Test
    void aLockFileNamingALiveProcessThatIsNotItsPostgresIsStale() throws Exception {
        EmbeddedPostgresServer.start(properties()).close();
        // pid reuse after a reboot: the pid now belongs to some other process (this JVM)
        Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties())) {
            assertThat(server.isRunning()).isTrue();
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aDirectoryOwnedByARunningInstanceIsRefused() throws Exception {
        try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.start(properties())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(properties()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running JointClear");
            assertThat(owner.isRunning()).isTrue();
            assertThat(committedRowsOrMinusOne(owner)).isEqualTo(-1);
        }
    }

    /**
     * Starts PostgreSQL on the directory, commits a row, and lets go of it as a killed JVM would: the
     * kernel drops the JVM's owner lock, the postmaster keeps running. Returns its pid.
     */
    private long abandonServerWithOneCommittedRow() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(60)).start();
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.execute("CREATE TABLE crash_probe (id int PRIMARY KEY)");
        jdbc.update("INSERT INTO crash_probe VALUES (1)");
        releaseOwnerLock(postgres);
        return StalePostmaster.postmasterPid(dataDir).orElseThrow();
    }

    private static void releaseOwnerLock(EmbeddedPostgres postgres) throws Exception {
        Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
        lock.setAccessible(true);
        ((FileLock) lock.get(postgres)).release();
        Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
        stream.setAccessible(true);
        ((Closeable) stream.get(postgres)).close();
    }

    /** SIGKILL to the postmaster and every process it started, like a power cut. */
    static void powerCut(long postmaster) {
        ProcessHandle process = ProcessHandle.of(postmaster).orElseThrow();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        PostgresProcesses.awaitExit(postmaster, Duration.ofSeconds(10));
        assertThat(PostgresProcesses.isRunning(postmaster)).isFalse();
    }

    private int committedRows(EmbeddedPostgresServer server) {
        return jdbc(server).queryForObject("SELECT count(*) FROM crash_probe", Integer.class);
    }

    private int committedRowsOrMinusOne(EmbeddedPostgresServer server) {
        return jdbc(server).queryForObject(
                "SELECT CASE WHEN to_regclass('crash_probe') IS NULL THEN -1 ELSE 0 END", Integer.class);
    }

    private static JdbcTemplate jdbc(EmbeddedPostgresServer server) {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl()));
    }

    private EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(dataDir, 0, false, Map.of());
    }
}
