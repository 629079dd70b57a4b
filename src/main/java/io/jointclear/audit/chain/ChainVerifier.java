package io.jointclear.audit.chain;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import javax.crypto.Mac;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the whole keyed chain from the stored entries, checks it against every checkpoint of the
 * table and of the checkpoint file, and reports the first problem. Entries are streamed in position
 * order (a cursor, not a list), so the log can grow large.
 */
@Component
public class ChainVerifier {

    private final ChainSealer sealer;
    private final CheckpointLedger checkpoints;
    private final AuditKey key;
    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;

    ChainVerifier(ChainSealer sealer, CheckpointLedger checkpoints, AuditKey key, JdbcTemplate jdbc,
                  PlatformTransactionManager transactions) {
        this.sealer = sealer;
        this.checkpoints = checkpoints;
        this.key = key;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1_000);
        // One snapshot for the entries and the checkpoint rows (PostgreSQL streams only inside a transaction).
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public ChainVerification verify() {
        sealer.sealNow();
        // Read before the snapshot: a line is appended only after its row (and the entries it covers)
        // committed, so the snapshot holds everything the file vouches for.
        CheckpointFile.Contents file = checkpoints.fromFile();
        return snapshot.execute(status -> verify(file));
    }

    private ChainVerification verify(CheckpointFile.Contents file) {
        List<Checkpoint> rows = checkpoints.all();
        Findings findings = new Findings();
        CheckpointCheck signed = new CheckpointCheck(key, findings);
        signed.check(rows, file);
        Walk walk = new Walk(key, signed.signedHeads, findings);
        streaming.query("SELECT " + StoredEntry.COLUMNS + " FROM audit.entry WHERE chain_position IS NOT NULL"
                + " ORDER BY chain_position", walk);
        walk.checkTruncation();
        Long pending = streaming.queryForObject("SELECT count(*) FROM audit.entry WHERE chain_position IS NULL", Long.class);

        Findings.Finding first = findings.first();
        long verified = first == null ? walk.entries
                : first.position() == null ? walk.verified : Math.min(walk.verified, first.position() - 1);
        return new ChainVerification(first == null, walk.entries, first == null ? null : first.position(),
                first == null ? null : first.reason(), pending == null ? 0 : pending, walk.head(),
                first == null ? null : first.problem().name(), first == null ? null : first.entryId(), verified,
                rows.size(), file.checkpoints().size(),
                signed.signedHeads.isEmpty() ? null : signed.signedHeads.lastKey(), signed.notInFile, key.id());
    }

    /** Walks the chain; after the first broken entry it keeps counting but checks no further. */
    private static final class Walk implements RowCallbackHandler {
        private final AuditKey key;
        private final Mac mac;
        private final TreeMap<Long, byte[]> signedHeads;
        private final Findings findings;
        private long expected = 1;
        private long entries;
        private long verified;
        private byte[] previous = ChainHash.GENESIS;
        private boolean broken;

        Walk(AuditKey key, TreeMap<Long, byte[]> signedHeads, Findings findings) {
            this.key = key;
            this.mac = key.chainMac();
            this.signedHeads = signedHeads;
            this.findings = findings;
        }

        @Override
        public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
            StoredEntry entry = StoredEntry.read(rs, 0);
            entries++;
            if (!broken) {
                check(entry);
            }
            previous = entry.hash();
            expected = entry.position() + 1;
        }

        private void check(StoredEntry entry) {
            long position = entry.position();
            String at = "entry at position " + position + " (id " + entry.id() + ")";
            if (position != expected) {
                fail(ChainProblem.MISSING_ENTRY, expected, null, position == expected + 1
                        ? "entry at position " + expected + " is missing (deleted)"
                        : "entries at positions " + expected + "–" + (position - 1) + " are missing (deleted)");
            } else if (entry.keyId() == null) {
                fail(ChainProblem.HASH_MISMATCH, position, entry.id(), at + " has no keyed hash: it was altered and re-hashed without the key");
            } else if (!entry.keyId().equals(key.id())) {
                fail(ChainProblem.UNKNOWN_KEY, position, entry.id(), at + " was sealed with key " + entry.keyId()
                        + ", not with this server's key");
            } else if (!Arrays.equals(ChainHash.next(mac, previous, entry, position), entry.hash())) {
                fail(ChainProblem.HASH_MISMATCH, position, entry.id(), at + " does not match its hash: it or its hash was altered");
            } else if (signedHeads.containsKey(position) && !Arrays.equals(signedHeads.get(position), entry.hash())) {
                fail(ChainProblem.CHECKPOINT_MISMATCH, position, entry.id(), at + " is not the entry a checkpoint"
                        + " signed at that position: the chain was cut back and continued");
            } else {
                verified++;
            }
        }

        private void fail(ChainProblem problem, long position, Long entryId, String reason) {
            broken = true;
            findings.add(problem, position, entryId, reason);
        }

        /** A genuine checkpoint past the chain's end means its newest entries were deleted. */
        void checkTruncation() {
            long end = expected - 1;
            if (!signedHeads.isEmpty() && signedHeads.lastKey() > end) {
                findings.add(ChainProblem.TRUNCATED_AFTER_CHECKPOINT, end + 1, null, "the chain ends at position " + end
                        + " but a checkpoint covers position " + signedHeads.lastKey() + ": entries "
                        + (end + 1) + "–" + signedHeads.lastKey() + " were deleted");
            }
        }

        String head() {
            return entries == 0 ? null : HexFormat.of().formatHex(previous);
        }
    }
}
