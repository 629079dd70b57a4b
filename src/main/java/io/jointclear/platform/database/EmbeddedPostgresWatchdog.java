package io.jointclear.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the embedded postmaster and brings it back when it dies under the running JVM: readiness
 * refuses traffic at once (requests fail fast with 503 rather than hang), PostgreSQL restarts on the
 * same data directory and port and replays its WAL, the pool drops its dead connections, and
 * readiness accepts traffic again. Stops before the server is closed.
 */
final class EmbeddedPostgresWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final EmbeddedPostgresServer server;
    private final HikariDataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private volatile Thread thread;

    EmbeddedPostgresWatchdog(EmbeddedPostgresServer server, HikariDataSource dataSource,
                             ApplicationEventPublisher events, Duration interval) {
        this.server = server;
        this.dataSource = dataSource;
        this.events = events;
        this.interval = interval;
    }

    @Override
    public void start() {
        // assigned before it runs: the loop checks that it is still the current watchdog thread
        Thread watcher = Thread.ofPlatform().daemon().name("embedded-postgres-watchdog").unstarted(this::watch);
        thread = watcher;
        watcher.start();
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(70));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Early in start, late in stop: the server must be watched while other beans shut down. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void watch() {
        while (thread == Thread.currentThread()) {
            try {
                Thread.sleep(interval);
                if (!server.isRunning()) {
                    recover();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Embedded PostgreSQL watchdog failed; it keeps watching", e);
            }
        }
    }

    private void recover() throws InterruptedException {
        long deadPid = server.postmasterPid();
        log.error("Embedded PostgreSQL (pid {}) died; refusing traffic and restarting it on {} port {}",
                deadPid, server.dataDir(), server.port());
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        Duration backoff = interval;
        while (thread == Thread.currentThread()) {
            try {
                server.restart();
                break;
            } catch (RuntimeException e) {
                log.error("Restarting embedded PostgreSQL failed, retrying in {} s", backoff.toSeconds(), e);
                Thread.sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
        log.warn("Embedded PostgreSQL recovered (pid {} replaces {}); accepting traffic again",
                server.postmasterPid(), deadPid);
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }
}
