package io.jointclear.platform.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Answers kept under idempotency keys, one row per (key space, key). The row is claimed at the start
 * of the request's transaction: a concurrent request with the same key waits on the primary key until
 * the first one's transaction ends, then finds its answer (or, if it rolled back, claims the key itself).
 */
@Repository
class IdempotentAnswers {

    private final JdbcTemplate jdbc;

    IdempotentAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer kept for a key, with the hash of the request that produced it. */
    record Kept(String requestHash, int status, String contentType, String location, byte[] body) {
    }

    /** Claims the key in the current transaction; false when it is taken (waiting first for a running claim). */
    boolean claim(String scope, String key, String principal, String requestHash, Instant at) {
        return jdbc.update("""
                INSERT INTO platform.idempotency_key (scope, key, principal, request_hash, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (scope, key) DO NOTHING
                """, scope, key, principal, requestHash, Timestamp.from(at)) == 1;
    }

    /** Stores the answer under a key claimed in the current transaction. */
    void complete(String scope, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("UPDATE platform.idempotency_key SET status = ?, content_type = ?, location = ?, body = ? WHERE scope = ? AND key = ?",
                status, contentType, location, body, scope, key);
    }

    /** The completed answer under a key; empty when there is none (yet). */
    Optional<Kept> find(String scope, String key) {
        return jdbc.query("""
                SELECT request_hash, status, content_type, location, body FROM platform.idempotency_key
                 WHERE scope = ? AND key = ? AND status IS NOT NULL
                """, rs -> rs.next()
                ? Optional.of(new Kept(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
                : Optional.empty(), scope, key);
    }

    /** Forgets keys created before {@code before}; a repeat after that is a new request. */
    int purge(Instant before) {
        return jdbc.update("DELETE FROM platform.idempotency_key WHERE created_at < ?", Timestamp.from(before));
    }
}
