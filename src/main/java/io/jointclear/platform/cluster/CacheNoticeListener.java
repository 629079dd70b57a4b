package io.jointclear.platform.cluster;

import io.jointclear.shared.ReloadableCache;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Receives cache invalidations on a dedicated LISTEN session and reloads the named
 * {@link ReloadableCache}s. Every {@code jointclear.cluster.cache-reconcile-interval} (and after the
 * session was lost and opened again) it compares {@code platform.cache_version} with the versions it
 * has seen and reloads what it missed: a lost NOTIFY delays a reload, it never loses it.
 */
@Component
class CacheNoticeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheNoticeListener.class);

    private final DedicatedConnections connections;
    private final ObjectProvider<ReloadableCache> caches;
    private final Duration reconcileInterval;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread thread;
    private Connection session;
    private long lastReconciled;

    CacheNoticeListener(DedicatedConnections connections, ObjectProvider<ReloadableCache> caches,
                        @Value("${jointclear.cluster.cache-reconcile-interval:PT1M}") Duration reconcileInterval) {
        this.connections = connections;
        this.caches = caches;
        this.reconcileInterval = reconcileInterval;
    }

    @Override
    public void start() {
        try {
            // the caches were loaded during start-up: what is in the table now is what they hold
            seen.putAll(versions(connect()));
        } catch (SQLException e) {
            log.warn("Cache notices: no session yet ({}); retrying", e.getMessage());
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("cache-notices").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the loss of the session was already reported. */
    private volatile boolean lost;

    private void loop() {
        while (running) {
            try {
                boolean reconnected = session == null;
                PGConnection pg = connect().unwrap(PGConnection.class);
                if (lost) {
                    log.info("Cache notices: session back");
                    lost = false;
                }
                if (reconnected || System.nanoTime() - lastReconciled > reconcileInterval.toNanos()) {
                    reconcile();
                }
                PGNotification[] notices = pg.getNotifications(1_000);
                if (notices != null) {
                    for (PGNotification n : notices) {
                        received(n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running && !lost) {
                    log.warn("Cache notices: session lost ({}); reconnecting, then reconciling", e.getMessage());
                    lost = true; // reported once: the retries every pause are not news
                }
                close();
                pause();
            } catch (RuntimeException e) {
                log.warn("Cache notices: a reload failed, the next notice or reconciliation retries it", e);
            }
        }
    }

    private void received(String payload) {
        int space = payload.lastIndexOf(' ');
        String cache = space < 0 ? payload : payload.substring(0, space);
        long version = space < 0 ? -1 : Long.parseLong(payload.substring(space + 1));
        Long before = seen.get(cache);
        if (before != null && version >= 0 && before >= version) {
            return; // already reloaded at this version (by reconciliation)
        }
        reload(cache);
        seen.merge(cache, version, Math::max);
    }

    /** Reloads every cache whose version moved since it was last seen here. */
    void reconcile() throws SQLException {
        lastReconciled = System.nanoTime();
        for (Map.Entry<String, Long> v : versions(connect()).entrySet()) {
            Long before = seen.get(v.getKey());
            if (before == null || before < v.getValue()) {
                log.info("Cache {} changed without a notice reaching this instance: reloading", v.getKey());
                reload(v.getKey());
                seen.put(v.getKey(), v.getValue());
            }
        }
    }

    private void reload(String cache) {
        List<ReloadableCache> matching = caches.orderedStream().filter(c -> c.cacheName().equals(cache)).toList();
        for (ReloadableCache c : matching) {
            long started = System.nanoTime();
            c.reload();
            log.info("Cache {} reloaded after a change ({} ms)", cache, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Connection connect() throws SQLException {
        if (session == null) {
            Connection c = connections.open("cache notices");
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CacheNotices.CHANNEL);
            }
            session = c;
        }
        return session;
    }

    private static Map<String, Long> versions(Connection c) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT cache, version FROM platform.cache_version")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return versions;
    }

    private void close() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // the session is gone either way
            }
            session = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
