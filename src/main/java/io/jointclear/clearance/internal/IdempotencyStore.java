package io.jointclear.clearance.internal;

import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys of filings. The key row — with the answer already in it — is claimed first in the
 * filing's transaction: a concurrent request with the same key waits on the unique index until the
 * first commits, then sees its answer.
 */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key to claim, with the answer to keep under it should the filing commit. */
    record Claim(String key, String principal, String requestHash, UUID crossingId, String response, Instant at) {
    }

    /** The row kept under a key. */
    record Kept(String principal, String requestHash, String response) {
    }

    /**
     * Claims many keys with one INSERT, each with its final answer already; keys taken before (or by
     * a transaction still running, whose end this waits for) are skipped.
     *
     * @return the keys this call claimed
     */
    Set<String> claimAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        // One lock order for every batch, so two batches racing for keys cannot deadlock.
        List<Claim> sorted = claims.stream().sorted(java.util.Comparator.comparing(Claim::key)).toList();
        int n = sorted.size();
        String[][] c = new String[6][n];
        for (int i = 0; i < n; i++) {
            Claim claim = sorted.get(i);
            c[0][i] = claim.key();
            c[1][i] = claim.principal();
            c[2][i] = claim.requestHash();
            c[3][i] = claim.crossingId().toString();
            c[4][i] = claim.response();
            c[5][i] = claim.at().toString();
        }
        Set<String> claimed = new HashSet<>();
        jdbc.query("""
                INSERT INTO clearance.idempotency_key (key, principal, request_hash, crossing_id, response, created_at)
                SELECT u.key, u.principal, u.hash, u.crossing::uuid, u.response, u.at::timestamptz
                  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                       WITH ORDINALITY AS u(key, principal, hash, crossing, response, at, n)
                 ORDER BY u.n
                ON CONFLICT (key) DO NOTHING
                RETURNING key
                """, ps -> CrossingStore.setArrays(ps, c), rs -> {
            claimed.add(rs.getString(1));
        });
        return claimed;
    }

    /** What is kept under these keys. */
    Map<String, Kept> kept(Collection<String> keys) {
        Map<String, Kept> rows = new HashMap<>();
        if (keys.isEmpty()) {
            return rows;
        }
        jdbc.query("SELECT key, principal, request_hash, response FROM clearance.idempotency_key WHERE key = ANY (?::text[])",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray())),
                rs -> {
                    rows.put(rs.getString(1), new Kept(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return rows;
    }

    /** Gives keys back (their filing was refused): a corrected request may use them again. */
    void release(Collection<String> keys) {
        if (!keys.isEmpty()) {
            jdbc.update("DELETE FROM clearance.idempotency_key WHERE key = ANY (?::text[])",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray())));
        }
    }

    /** The kept answer for a repeat, or a 422 when the key was used by someone else or for another body. */
    static String replay(String key, Kept kept, String principal, String requestHash) {
        if (!kept.principal().equals(principal) || !kept.requestHash().equals(requestHash)) {
            throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "Idempotency-Key " + key + " was already used for a different request");
        }
        return kept.response();
    }
}
