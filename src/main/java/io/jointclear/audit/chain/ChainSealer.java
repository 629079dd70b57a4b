package io.jointclear.audit.chain;

import io.jointclear.shared.ClusterJobs;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links unsealed entries into the keyed hash chain and signs checkpoints of its head. Appends never
 * touch a shared row, so writers run in parallel; this one sealer (one at a time across all
 * instances, via a transaction-scoped advisory lock) gives them their positions afterwards, in id
 * order. A run seals everything ready in one transaction (one UPDATE per 2,000 entries, one commit),
 * and inserts a checkpoint in that same transaction when one is due; the checkpoint file is appended
 * and forced to disk after the commit.
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
    /** Advisory lock key, "JCAUDIT" in ASCII: one sealer (and checkpointer) at a time across instances. */
    private static final long LOCK_KEY = 0x4A_43_41_55_44_49_54L;
    private static final int BATCH = 2_000;
    /** Bounds one transaction after a long backlog; the next run follows at once. */
    private static final int MAX_PER_RUN = 50_000;

    private static final String READY = "SELECT " + StoredEntry.COLUMNS + " FROM audit.entry"
            + " WHERE chain_position IS NULL AND xact_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY id LIMIT ?";
    private static final String HEAD =
            "SELECT chain_position, hash FROM audit.entry WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1";
    private static final String SEAL = """
            UPDATE audit.entry e SET chain_position = u.position, hash = decode(u.hash, 'hex'), key_id = ?
              FROM unnest(?::bigint[], ?::bigint[], ?::text[]) AS u(id, position, hash)
             WHERE e.id = u.id AND e.chain_position IS NULL
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditKey key;
    private final CheckpointLedger checkpoints;
    private final LegacyChainUpgrade upgrade;
    private final long checkpointEveryEntries;
    private final ClusterJobs jobs;
    /** The checkpoint position last reported as beyond the chain's end: said once, not at every run. */
    private final AtomicLong loggedTruncation = new AtomicLong();

    ChainSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKey key, CheckpointLedger checkpoints,
                LegacyChainUpgrade upgrade, @Value("${jointclear.audit.checkpoint-every-entries:10000}") long checkpointEveryEntries,
                ClusterJobs jobs) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.key = key;
        this.checkpoints = checkpoints;
        this.upgrade = upgrade;
        this.checkpointEveryEntries = Math.max(1, checkpointEveryEntries);
    }

    /** Runs every ~200 ms; skips its turn when another instance is sealing. */
    @Scheduled(fixedDelayString = "${jointclear.audit.seal-interval-ms:200}", initialDelay = 1_000)
    void sealPeriodically() {
        try {
            jobs.runIfHolder("audit.seal", () -> seal(false));
        } catch (RuntimeException e) {
            log.warn("Audit sealing failed, retrying on the next turn: {}", e.getMessage());
        }
    }

    /** Signs the head every minute (by default) when it moved since the last checkpoint. */
    @Scheduled(fixedDelayString = "${jointclear.audit.checkpoint-interval-ms:60000}",
            initialDelayString = "${jointclear.audit.checkpoint-interval-ms:60000}")
    void checkpointPeriodically() {
        try {
            jobs.runIfHolder("audit.checkpoint", () -> checkpoint(false));
        } catch (RuntimeException e) {
            log.warn("Audit checkpoint failed, retrying on the next turn: {}", e.getMessage());
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

    /** Seals what is ready, then signs the head if it moved since the last checkpoint; null if it did not. */
    public Checkpoint checkpointNow() {
        sealNow();
        return checkpoint(true);
    }

    private int seal(boolean wait) {
        int total = 0;
        Run run;
        do {
            run = transaction.execute(status -> sealRun(wait));
            if (run.checkpoint() != null) {
                checkpoints.appendToFile(run.checkpoint());
            }
            total += run.sealed();
        } while (run.sealed() >= MAX_PER_RUN);
        return total;
    }

    private Checkpoint checkpoint(boolean wait) {
        Checkpoint written = transaction.execute(status -> lock(wait) ? checkpointIfDue(head(), 1) : null);
        if (written != null) {
            checkpoints.appendToFile(written);
        }
        return written;
    }

    /** One transaction: the lock, the legacy upgrade if any, every ready batch, a checkpoint if due. */
    private Run sealRun(boolean wait) {
        if (!lock(wait)) {
            return new Run(0, null);
        }
        boolean upgraded = upgrade.upgradeIfNeeded();
        Head head = head();
        long start = head.position();
        Mac mac = key.chainMac();
        Head sealedTo;
        do {
            sealedTo = head;
            head = sealBatch(mac, head);
        } while (head.position() - sealedTo.position() == BATCH && head.position() - start < MAX_PER_RUN);
        int sealed = (int) (head.position() - start);
        if (sealed > 0) {
            log.debug("Sealed {} audit entries up to position {}", sealed, head.position());
        }
        // The upgrade always signs its head: the first checkpoint of the keyed chain.
        Checkpoint checkpoint = upgraded || sealed > 0 ? checkpointIfDue(head, upgraded ? 0 : checkpointEveryEntries) : null;
        return new Run(sealed, checkpoint);
    }

    private Head sealBatch(Mac mac, Head head) {
        List<StoredEntry> ready = jdbc.query(READY, StoredEntry::read, BATCH);
        if (ready.isEmpty()) {
            return head;
        }
        int n = ready.size();
        Long[] ids = new Long[n];
        Long[] positions = new Long[n];
        String[] hashes = new String[n];
        long position = head.position();
        byte[] hash = head.hash();
        for (int i = 0; i < n; i++) {
            StoredEntry entry = ready.get(i);
            position++;
            hash = ChainHash.next(mac, hash, entry, position);
            ids[i] = entry.id();
            positions[i] = position;
            hashes[i] = HexFormat.of().formatHex(hash);
        }
        int updated = jdbc.update(SEAL, ps -> {
            ps.setString(1, key.id());
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", ids));
            ps.setArray(3, ps.getConnection().createArrayOf("bigint", positions));
            ps.setArray(4, ps.getConnection().createArrayOf("text", hashes));
        });
        if (updated != n) {
            // Cannot happen under the lock; rolling back keeps the chain exactly-once if it ever does.
            throw new IllegalStateException("audit entry sealed twice; sealing run rolled back");
        }
        return new Head(position, hash);
    }

    /** Inserts a checkpoint of the head when it is at least {@code minAdvance} past the last one. */
    private Checkpoint checkpointIfDue(Head head, long minAdvance) {
        if (head.position() == 0) {
            return null;
        }
        long last = checkpoints.lastSequence();
        if (head.position() < last) {
            // Never sign a shorter chain: that would hide a truncation behind a fresh checkpoint.
            if (loggedTruncation.getAndSet(last) != last) {
                log.error("Audit chain ends at position {} but a checkpoint covers position {}: entries were removed;"
                        + " not checkpointing. GET /api/v1/audit/verify reports it.", head.position(), last);
            }
            return null;
        }
        return head.position() - last >= minAdvance ? checkpoints.record(head.position(), head.hash()) : null;
    }

    private boolean lock(boolean wait) {
        if (wait) {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
            return true;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY));
    }

    private Head head() {
        return jdbc.query(HEAD, (rs, row) -> new Head(rs.getLong(1), rs.getBytes(2))).stream()
                .findFirst().orElse(new Head(0, ChainHash.GENESIS));
    }

    private record Head(long position, byte[] hash) {
    }

    private record Run(int sealed, Checkpoint checkpoint) {
    }
}
