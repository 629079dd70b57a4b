package io.jointclear.audit.chain;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one-time move of a data directory sealed with the unkeyed SHA-256 chain to the keyed chain.
 * Under the sealer's lock and in its transaction: verifies the legacy chain, re-seals every entry
 * with the key (same positions, new hashes), and records {@code AUDIT_CHAIN_KEYED} with the legacy
 * head hash; the sealer then signs a first checkpoint. All or nothing.
 *
 * <p>It runs only on a log that has never been keyed (no keyed entry, no checkpoint in the table
 * or the file). Entries found without a key after that were altered by someone who stripped their
 * keyed hash; re-keying them would launder the change, so they are left for verification to report.
 * A legacy chain that does not verify is not re-keyed either, unless
 * {@code jointclear.audit.rekey-broken-legacy-chain=true}: then the break is recorded in the
 * upgrade's entry and the chain is re-keyed as found.
 */
@Component
class LegacyChainUpgrade {

    /** The action recorded when the chain is keyed; its details name the legacy chain's head. */
    static final String KEYED = "AUDIT_CHAIN_KEYED";

    private static final Logger log = LoggerFactory.getLogger(LegacyChainUpgrade.class);
    private static final int PAGE = 2_000;
    private static final String LEGACY_COUNT =
            "SELECT count(*) FROM audit.entry WHERE chain_position IS NOT NULL AND key_id IS NULL";
    private static final String REKEY = """
            UPDATE audit.entry e SET hash = decode(u.hash, 'hex'), key_id = ?
              FROM unnest(?::bigint[], ?::text[]) AS u(id, hash)
             WHERE e.id = u.id AND e.chain_position IS NOT NULL AND e.key_id IS NULL
            """;

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final CheckpointLedger checkpoints;
    private final AuditLog auditLog;
    private final boolean rekeyBrokenChain;
    private volatile boolean refusalLogged;

    LegacyChainUpgrade(JdbcTemplate jdbc, AuditKey key, CheckpointLedger checkpoints, AuditLog auditLog,
                       @Value("${jointclear.audit.rekey-broken-legacy-chain:false}") boolean rekeyBrokenChain) {
        this.jdbc = jdbc;
        this.key = key;
        this.checkpoints = checkpoints;
        this.auditLog = auditLog;
        this.rekeyBrokenChain = rekeyBrokenChain;
    }

    /**
     * @return true when legacy entries were re-keyed by this call
     * @throws IllegalStateException when the legacy chain does not verify and re-keying it was not allowed
     */
    boolean upgradeIfNeeded() {
        Long legacy = jdbc.queryForObject(LEGACY_COUNT, Long.class);
        if (legacy == null || legacy == 0) {
            return false;
        }
        boolean keyedBefore = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM audit.entry WHERE key_id IS NOT NULL)", Boolean.class));
        if (keyedBefore || checkpoints.anyRow() || checkpoints.fileHoldsCheckpoints()) {
            if (!refusalLogged) {
                refusalLogged = true;
                log.error("{} audit entries carry no keyed hash although the chain was keyed before: their hashes were"
                        + " stripped in the database. Not re-keying them; GET /api/v1/audit/verify reports them.", legacy);
            }
            return false;
        }
        Rekeyed rekeyed = rekey();
        if (rekeyed.brokenAt() != null && !rekeyBrokenChain) {
            throw new IllegalStateException("The audit chain sealed before keying does not verify at position "
                    + rekeyed.brokenAt() + ": not re-keying it (that would hide the change). Examine the log; to"
                    + " re-key it as found, recording the break, set jointclear.audit.rekey-broken-legacy-chain=true.");
        }
        auditLog.append(AuditEntry.of(AuditEntry.SYSTEM, KEYED, "AUDIT_CHAIN", key.id(), null, details(rekeyed)));
        if (rekeyed.brokenAt() == null) {
            log.info("Audit chain upgraded: {} entries sealed with unkeyed SHA-256 (head {}) verified and re-sealed"
                    + " with key {} in one transaction; recorded as {}", rekeyed.entries(), rekeyed.legacyHead(), key.id(), KEYED);
        } else {
            log.warn("Audit chain upgraded AS FOUND: {} entries sealed with unkeyed SHA-256 (head {}) do not verify at"
                    + " position {}; re-sealed with key {} as allowed by jointclear.audit.rekey-broken-legacy-chain;"
                    + " the break is recorded in {}", rekeyed.entries(), rekeyed.legacyHead(), rekeyed.brokenAt(), key.id(), KEYED);
        }
        return true;
    }

    /** Walks the legacy chain page by page, checking it and re-sealing each page with the key. */
    private Rekeyed rekey() {
        Mac mac = key.chainMac();
        byte[] legacyPrevious = ChainHash.GENESIS;
        byte[] keyedPrevious = ChainHash.GENESIS;
        long expected = 1;
        long entries = 0;
        Long brokenAt = null;
        List<StoredEntry> page;
        do {
            page = jdbc.query("SELECT " + StoredEntry.COLUMNS + " FROM audit.entry WHERE chain_position >= ?"
                    + " ORDER BY chain_position LIMIT ?", StoredEntry::read, expected, PAGE);
            Long[] ids = new Long[page.size()];
            String[] hashes = new String[page.size()];
            for (int i = 0; i < page.size(); i++) {
                StoredEntry entry = page.get(i);
                long position = entry.position();
                if (brokenAt == null && (position != expected
                        || !Arrays.equals(ChainHash.legacy(legacyPrevious, entry, position), entry.hash()))) {
                    brokenAt = position != expected ? expected : position;
                }
                legacyPrevious = entry.hash();
                keyedPrevious = ChainHash.next(mac, keyedPrevious, entry, position);
                ids[i] = entry.id();
                hashes[i] = HexFormat.of().formatHex(keyedPrevious);
                expected = position + 1;
                entries++;
            }
            jdbc.update(REKEY, ps -> {
                ps.setString(1, key.id());
                ps.setArray(2, ps.getConnection().createArrayOf("bigint", ids));
                ps.setArray(3, ps.getConnection().createArrayOf("text", hashes));
            });
        } while (page.size() == PAGE);
        return new Rekeyed(entries, HexFormat.of().formatHex(legacyPrevious), brokenAt);
    }

    private Map<String, Object> details(Rekeyed rekeyed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("keyId", key.id());
        details.put("legacyEntries", rekeyed.entries());
        details.put("legacyHeadHash", rekeyed.legacyHead());
        details.put("legacyChainValid", rekeyed.brokenAt() == null);
        if (rekeyed.brokenAt() != null) {
            details.put("legacyFirstBrokenPosition", rekeyed.brokenAt());
        }
        return details;
    }

    private record Rekeyed(long entries, String legacyHead, Long brokenAt) {
    }
}
