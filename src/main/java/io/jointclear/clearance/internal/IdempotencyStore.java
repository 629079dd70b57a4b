package io.jointclear.clearance.internal;

import io.jointclear.shared.ProblemException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys of filings. The key row is claimed first in the filing's transaction: a concurrent
 * request with the same key waits on the unique index until the first commits, then sees its answer.
 */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this request owns the key now; false when an earlier request already used it. */
    boolean claim(String key, String principal, String requestHash, UUID crossingId, Instant at) {
        return jdbc.update("""
                INSERT INTO clearance.idempotency_key (key, principal, request_hash, crossing_id, response, created_at)
                VALUES (?, ?, ?, ?, '', ?) ON CONFLICT (key) DO NOTHING
                """, key, principal, requestHash, crossingId, Timestamp.from(at)) == 1;
    }

    void answer(String key, String responseJson) {
        jdbc.update("UPDATE clearance.idempotency_key SET response = ? WHERE key = ?", responseJson, key);
    }

    /** The first answer given under the key, if the same principal sent the same body; a 422 otherwise. */
    String replay(String key, String principal, String requestHash) {
        List<String[]> rows = jdbc.query("SELECT principal, request_hash, response FROM clearance.idempotency_key WHERE key = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, key);
        String[] row = rows.getFirst();
        if (!row[0].equals(principal) || !row[1].equals(requestHash)) {
            throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "Idempotency-Key " + key + " was already used for a different request");
        }
        return row[2];
    }
}
