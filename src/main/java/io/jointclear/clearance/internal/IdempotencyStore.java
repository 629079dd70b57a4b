package io.jointclear.clearance.internal;

import io.jointclear.shared.IdempotencyKeys;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
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
 * first commits, then sees its answer. Keys are unique per key space ({@link
 * io.jointclear.shared.Actor#principalScope()}): the same key in two organisations is two keys.
 */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key in its key space. */
    record ScopedKey(String scope, String key) {
    }

    /** A key to claim, with the answer to keep under it should the filing commit. */
    record Claim(ScopedKey key, String principal, String requestHash, UUID crossingId, String response, Instant at) {
    }

    /** The row kept under a key. */
    record Kept(String requestHash, String response) {
    }

    /**
     * Claims many keys with one INSERT, each with its final answer already; keys taken before (or by
     * a transaction still running, whose end this waits for) are skipped.
     *
     * @return the keys this call claimed
     */
    Set<ScopedKey> claimAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        // One lock order for every batch, so two batches racing for keys cannot deadlock.
        List<Claim> sorted = claims.stream().sorted(Comparator.comparing((Claim c) -> c.key().scope())
                .thenComparing(c -> c.key().key())).toList();
        int n = sorted.size();
        String[][] c = new String[7][n];
        for (int i = 0; i < n; i++) {
            Claim claim = sorted.get(i);
            c[0][i] = claim.key().scope();
            c[1][i] = claim.key().key();
            c[2][i] = claim.principal();
            c[3][i] = claim.requestHash();
            c[4][i] = claim.crossingId().toString();
            c[5][i] = claim.response();
            c[6][i] = claim.at().toString();
        }
        Set<ScopedKey> claimed = new HashSet<>();
        jdbc.query("""
                INSERT INTO clearance.idempotency_key (scope, key, principal, request_hash, crossing_id, response, created_at)
                SELECT u.scope, u.key, u.principal, u.hash, u.crossing::uuid, u.response, u.at::timestamptz
                  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                       WITH ORDINALITY AS u(scope, key, principal, hash, crossing, response, at, n)
                 ORDER BY u.n
                ON CONFLICT (scope, key) DO NOTHING
                RETURNING scope, key
                """, ps -> CrossingStore.setArrays(ps, c), rs -> {
            claimed.add(new ScopedKey(rs.getString(1), rs.getString(2)));
        });
        return claimed;
    }

    /** What is kept under these keys. */
    Map<ScopedKey, Kept> kept(Collection<ScopedKey> keys) {
        Map<ScopedKey, Kept> rows = new HashMap<>();
        if (keys.isEmpty()) {
            return rows;
        }
        String[][] c = columns(keys);
        jdbc.query("""
                SELECT i.scope, i.key, i.request_hash, i.response
                  FROM clearance.idempotency_key i
                  JOIN unnest(?::text[], ?::text[]) AS u(scope, key) ON i.scope = u.scope AND i.key = u.key
                """, ps -> CrossingStore.setArrays(ps, c), rs -> {
            rows.put(new ScopedKey(rs.getString(1), rs.getString(2)), new Kept(rs.getString(3), rs.getString(4)));
        });
        return rows;
    }

    /** Gives keys back (their filing was refused): a corrected request may use them again. */
    void release(Collection<ScopedKey> keys) {
        if (!keys.isEmpty()) {
            String[][] c = columns(keys);
            jdbc.update("""
                    DELETE FROM clearance.idempotency_key i
                     USING unnest(?::text[], ?::text[]) AS u(scope, key)
                     WHERE i.scope = u.scope AND i.key = u.key
                    """, ps -> CrossingStore.setArrays(ps, c));
        }
    }

    private static String[][] columns(Collection<ScopedKey> keys) {
        String[][] c = new String[2][keys.size()];
        int i = 0;
        for (ScopedKey k : keys) {
            c[0][i] = k.scope();
            c[1][i++] = k.key();
        }
        return c;
    }

    /** The kept answer for a repeat, or a 422 when the key was used in its key space for another body. */
    static String replay(String key, Kept kept, String requestHash) {
        if (!kept.requestHash().equals(requestHash)) {
            throw IdempotencyKeys.reused(key);
        }
        return kept.response();
    }
}
