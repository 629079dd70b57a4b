package io.jointclear.platform.cluster;

import io.jointclear.shared.ClusterJobs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * {@link ClusterJobs} on PostgreSQL session-level advisory locks, all held by one dedicated session of
 * this instance. PostgreSQL releases them when that session ends — the instance stops, is killed, or
 * loses its connection — so a job moves to another instance without leases or clocks. A job whose lock
 * this instance holds runs only after the session was seen alive; after a broken session every job is
 * given up and taken again from a fresh one.
 */
@Component
class AdvisoryJobLocks implements ClusterJobs, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryJobLocks.class);
    /** Lock keys live in the bigint space of advisory locks; the prefix keeps them apart from other users. */
    private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(hashtextextended('jointclear.job.' || ?, 0))";

    private final DedicatedConnections connections;
    private final ReentrantLock guard = new ReentrantLock();
    private final Set<String> held = new HashSet<>();
    private Connection session;
    private boolean closed;
    /** Whether the loss of the session was already reported: jobs retry every few hundred ms, the log once. */
    private boolean lost;

    AdvisoryJobLocks(DedicatedConnections connections) {
        this.connections = connections;
    }

    @Override
    public boolean runIfHolder(String job, Runnable work) {
        if (!holds(job)) {
            return false;
        }
        work.run();
        return true;
    }

    /** Whether this instance holds the job's lock now, taking it if it is free. */
    boolean holds(String job) {
        guard.lock();
        try {
            if (closed) {
                return false;
            }
            Connection c = session();
            if (held.contains(job)) {
                return true;
            }
            try (PreparedStatement ps = c.prepareStatement(TRY_LOCK)) {
                ps.setString(1, job);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        held.add(job);
                        log.info("This instance runs the scheduled job {} (cluster lock taken)", job);
                        return true;
                    }
                    return false;
                }
            }
        } catch (SQLException e) {
            if (!lost) {
                log.warn("Job lock session lost, every scheduled job given up until it is back: {}", e.getMessage());
                lost = true;
            }
            drop();
            return false;
        } finally {
            guard.unlock();
        }
    }

    /** The live session, opened again if it broke; a held lock is only trusted on a live session. */
    private Connection session() throws SQLException {
        if (session != null && !session.isValid(2)) {
            drop();
        }
        if (session == null) {
            session = connections.open("job locks");
            if (lost) {
                log.info("Job lock session back: scheduled jobs are taken again");
                lost = false;
            }
        }
        return session;
    }

    private void drop() {
        held.clear();
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // already broken: PostgreSQL ends the session and frees the locks
            }
            session = null;
        }
    }

    /** Frees every lock at once so another instance takes the jobs over without waiting. */
    @Override
    public void destroy() {
        guard.lock();
        try {
            closed = true;
            drop();
        } finally {
            guard.unlock();
        }
    }
}
