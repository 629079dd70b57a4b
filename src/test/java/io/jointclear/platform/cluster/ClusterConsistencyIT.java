package io.jointclear.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.reference.CodeLists;
import io.jointclear.shared.CacheInvalidation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several instances on one database, played by this application and by extra database sessions that
 * act as the other instances: cache changes reach every instance within seconds (and after a lost
 * notice, at the next reconciliation); a scheduled job runs where its lock is held and moves when
 * that session dies. Without {@code spring.kafka.bootstrap-servers} no Kafka bean exists at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "jointclear.cluster.cache-reconcile-interval=PT2S")
class ClusterConsistencyIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CodeLists codeLists;

    @Autowired
    CacheInvalidation caches;

    @Autowired
    ApplicationContext context;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
        jdbc.update("DELETE FROM reference.country WHERE alpha2 IN ('QZ', 'QY')");
    }

    @Test
    void aChangeAnnouncedByAnotherInstanceIsReloadedHereWithinFiveSeconds() throws Exception {
        assertThat(codeLists.isCountry("QZ")).isFalse();
        long started;
        try (Connection other = otherInstance()) {
            other.setAutoCommit(false);
            other.createStatement().execute("INSERT INTO reference.country VALUES ('QZ', 'QZZ', '998', 'Testland', 'Tierra de prueba')");
            new CacheNotices(new JdbcTemplate(new SingleConnectionDataSource(other, true))).invalidateEverywhere("reference.code-lists");
            started = System.nanoTime();
            other.commit();
        }
        eventually(() -> codeLists.isCountry("QZ"), Duration.ofSeconds(5), "the code lists reloaded on this instance");
        System.out.printf("cache invalidation seen after %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aNoticeLeavesOnlyWithItsCommittedTransaction() throws Exception {
        Connection listener = otherInstance();
        listener.createStatement().execute("LISTEN " + CacheNotices.CHANNEL);
        transactions.executeWithoutResult(tx -> {
            caches.invalidateEverywhere("test.rolled-back");
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> caches.invalidateEverywhere("test.committed"));
        List<String> heard = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (heard.isEmpty() && System.nanoTime() < deadline) {
            PGNotification[] notices = listener.unwrap(PGConnection.class).getNotifications(500);
            if (notices != null) {
                for (PGNotification n : notices) {
                    heard.add(n.getParameter());
                }
            }
        }
        assertThat(heard).containsExactly("test.committed 1");
        assertThat(jdbc.queryForList("SELECT cache FROM platform.cache_version WHERE cache LIKE 'test.%'", String.class))
                .containsExactly("test.committed");
    }

    @Test
    void aChangeWhoseNoticeWasLostIsCaughtUpByTheReconciliation() throws Exception {
        try (Connection other = otherInstance()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("INSERT INTO reference.country VALUES ('QY', 'QYY', '997', 'Lostland', 'Tierra perdida')");
                // the version moves, the NOTIFY is "lost"
                s.execute("""
                        INSERT INTO platform.cache_version VALUES ('reference.code-lists', 1, now())
                        ON CONFLICT (cache) DO UPDATE SET version = platform.cache_version.version + 1""");
            }
            other.commit();
        }
        eventually(() -> codeLists.isCountry("QY"), Duration.ofSeconds(6), "the reconciliation (every 2 s here) reloaded the code lists");
    }

    @Test
    void aJobRunsOnTheInstanceHoldingItsLockAndMovesWhenThatInstanceDies() throws Exception {
        AdvisoryJobLocks a = locks();
        AdvisoryJobLocks b = locks();
        AtomicInteger ranOnA = new AtomicInteger();
        AtomicInteger ranOnB = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            a.runIfHolder("test.job", ranOnA::incrementAndGet);
            b.runIfHolder("test.job", ranOnB::incrementAndGet);
        }
        assertThat(ranOnA).hasValue(3);
        assertThat(ranOnB).hasValue(0);

        // instance A dies: its database session ends (what a SIGKILL of its JVM comes to)
        int killed = jdbc.queryForObject("""
                SELECT count(pg_terminate_backend(l.pid)) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                   AND l.objid = (hashtextextended('jointclear.job.test.job', 0) & x'FFFFFFFF'::bigint)::oid""", Integer.class);
        assertThat(killed).isEqualTo(1);
        // the backend ends a moment after the signal: B takes the job over as soon as it has
        eventually(() -> b.runIfHolder("test.job", ranOnB::incrementAndGet), Duration.ofSeconds(5), "B takes the job over");
        assertThat(a.runIfHolder("test.job", ranOnA::incrementAndGet)).as("A, back on a new session, finds it taken").isFalse();
        assertThat(ranOnB).hasValue(1);

        b.destroy(); // B stops: its locks go as soon as PostgreSQL has ended its backend (a moment after the close)
        eventually(() -> a.runIfHolder("test.job", ranOnA::incrementAndGet), Duration.ofSeconds(5), "A takes the job back");
        assertThat(ranOnA).hasValue(4);
        a.destroy();
    }

    @Test
    void theApplicationsOwnScheduledJobsRunUnderItsJobLocks() throws Exception {
        eventually(() -> jdbc.queryForObject("""
                SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                 WHERE l.locktype = 'advisory' AND a.application_name = 'jointclear job locks'""", Integer.class) >= 1,
                Duration.ofSeconds(10), "the audit sealer took its lock");
    }

    @Test
    void withoutBootstrapServersThereIsNoKafkaAndNoRetry() {
        assertThat(context.getBeanProvider(KafkaOperations.class).getIfAvailable()).isNull();
        assertThat(context.getBeanNamesForType(ExternalizationRetryProbe.type())).isEmpty();
        assertThat(context.getEnvironment().getProperty("spring.modulith.events.externalization.enabled")).isEqualTo("false");
        assertThat(context.getBeanProvider(FailedEventPublications.class).getIfAvailable()).isNotNull();
    }

    private AdvisoryJobLocks locks() {
        AdvisoryJobLocks locks = new AdvisoryJobLocks(new DedicatedConnections(dataSource));
        opened.add(locks::destroy);
        return locks;
    }

    private Connection otherInstance() throws SQLException {
        Connection c = new DedicatedConnections(dataSource).open("test: another instance");
        opened.add(c);
        return c;
    }

    static void eventually(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within %s: %s", within, what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The retry's class, package-private in another package. */
    static final class ExternalizationRetryProbe {
        static Class<?> type() {
            try {
                return Class.forName("io.jointclear.platform.events.ExternalizationRetry");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
