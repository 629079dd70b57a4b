package io.jointclear.audit.chain;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links unsealed entries into the hash chain. Appends never touch a shared row, so writers run in
 * parallel; this one sealer (one at a time across all instances, via a transaction-scoped advisory
 * lock) gives them their positions afterwards, in id order, in batches.
 *
 * <p>Only entries whose transaction ended before the oldest transaction still running are sealed
 * ({@code xact_id < pg_snapshot_xmin(pg_current_snapshot())}): all of them are visible to the
 * sealer, and a transaction still in flight can add entries only after them, never among them. An
 * aborted transaction's entries are never visible, so they are never sealed. The price is a delay:
 * a long-running transaction elsewhere in the database holds sealing back until it ends.
 */
@Component
public class ChainSealer {

    private static final Logger log = LoggerFactory.getLogger(ChainSealer.class);
    /** Advisory lock key, "JCAUDIT" in ASCII: one sealer at a time across instances. */
    private static final long LOCK_KEY = 0x4A_43_41_55_44_49_54L;
    private static final int BATCH = 2_000;

    private static final String READY = "SELECT " + StoredEntry.COLUMNS + " FROM audit.entry"
            + " WHERE chain_position IS NULL AND xact_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY id LIMIT ?";
    private static final String HEAD =
            "SELECT chain_position, hash FROM audit.entry WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ChainSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs every ~200 ms; skips its turn when another instance is sealing. */
    @Scheduled(fixedDelayString = "${jointclear.audit.seal-interval-ms:200}", initialDelay = 1_000)
    void sealPeriodically() {
        try {
            seal(false);
        } catch (DataAccessException e) {
            log.warn("Audit sealing failed, retrying on the next turn: {}", e.getMessage());
        }
    }

    /**
     * Seals everything sealable now, waiting for a sealer running elsewhere to finish first, so that
     * what follows (a verification) sees every entry committed before this call.
     *
     * @return the number of entries sealed by this call
     */
    public int sealNow() {
        return seal(true);
    }

    private int seal(boolean wait) {
        int total = 0;
        int sealed;
        do {
            sealed = transaction.execute(status -> sealBatch(wait));
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch(boolean wait) {
        if (wait) {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
        } else if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY))) {
            return 0;
        }
        List<StoredEntry> ready = jdbc.query(READY, StoredEntry::read, BATCH);
        if (ready.isEmpty()) {
            return 0;
        }
        Head head = jdbc.query(HEAD, (rs, row) -> new Head(rs.getLong(1), rs.getBytes(2))).stream()
                .findFirst().orElse(new Head(0, ChainHash.GENESIS));

        List<Object[]> seals = new ArrayList<>(ready.size());
        long position = head.position();
        byte[] hash = head.hash();
        for (StoredEntry entry : ready) {
            position++;
            hash = ChainHash.next(hash, entry, position);
            seals.add(new Object[] {position, hash, entry.id()});
        }
        int[] updated = jdbc.batchUpdate(
                "UPDATE audit.entry SET chain_position = ?, hash = ? WHERE id = ? AND chain_position IS NULL", seals);
        for (int count : updated) {
            if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                // Cannot happen under the lock; rolling back keeps the chain exactly-once if it ever does.
                throw new IllegalStateException("audit entry sealed twice; sealing batch rolled back");
            }
        }
        log.debug("Sealed {} audit entries up to position {}", ready.size(), position);
        return ready.size();
    }

    private record Head(long position, byte[] hash) {
    }
}
