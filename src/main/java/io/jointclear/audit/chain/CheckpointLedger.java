package io.jointclear.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checkpoints in both places: the {@code audit.checkpoint} table (written in the sealer's
 * transaction) and the checkpoint file (appended after that transaction committed).
 */
@Component
public class CheckpointLedger {

    private static final Logger log = LoggerFactory.getLogger(CheckpointLedger.class);
    private static final String COLUMNS = "chain_position, head_hash, signed_at, key_id, signature";

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final Clock clock;
    private final CheckpointFile file;
    /** The highest position this server's file covers: read once at start, then raised by every append. */
    private final AtomicLong highestInFile;

    CheckpointLedger(JdbcTemplate jdbc, AuditKey key, Clock clock, AuditFiles files) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
        this.file = new CheckpointFile(files.checkpointFile());
        this.highestInFile = new AtomicLong();
        rereadFile();
    }

    /** Reads the file's highest position again, as at start (after the file was restored from a backup). */
    void rereadFile() {
        highestInFile.set(file.read().checkpoints().stream().mapToLong(Checkpoint::sequence).max().orElse(0));
    }

    /** A page of checkpoints, newest first. */
    public record Page(List<Checkpoint> checkpoints, long total) {
    }

    public Page page(int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit.checkpoint", Long.class);
        List<Checkpoint> rows = jdbc.query("SELECT " + COLUMNS + " FROM audit.checkpoint"
                + " ORDER BY chain_position DESC, id DESC LIMIT ? OFFSET ?", CheckpointLedger::row, size, (long) page * size);
        return new Page(rows, total == null ? 0 : total);
    }

    /** Every checkpoint row, in chain order (for verification, inside its snapshot). */
    List<Checkpoint> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit.checkpoint ORDER BY chain_position, id", CheckpointLedger::row);
    }

    /**
     * The highest position a checkpoint covers, in the table or in this server's file (so deleting the
     * rows does not make a shorter chain look new), 0 if there is none.
     */
    long lastSequence() {
        Long last = jdbc.queryForObject("SELECT max(chain_position) FROM audit.checkpoint", Long.class);
        return Math.max(last == null ? 0 : last, highestInFile.get());
    }

    boolean anyRow() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM audit.checkpoint)", Boolean.class));
    }

    /** Signs the head and inserts the row in the caller's transaction; call {@link #appendToFile} after commit. */
    Checkpoint record(long sequence, byte[] headHash) {
        // PostgreSQL keeps microseconds: what is signed must be what is stored.
        Checkpoint checkpoint = Checkpoint.signed(key, sequence, headHash, clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.update("INSERT INTO audit.checkpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", checkpoint.sequence(),
                checkpoint.headHash(), OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC), checkpoint.keyId(),
                checkpoint.signature());
        return checkpoint;
    }

    /**
     * Appends a committed checkpoint to the file. A failure is logged, not thrown: the row stands, and
     * verification counts checkpoints missing from the file.
     */
    void appendToFile(Checkpoint checkpoint) {
        try {
            file.append(checkpoint);
            highestInFile.accumulateAndGet(checkpoint.sequence(), Math::max);
        } catch (RuntimeException e) {
            log.error("Audit checkpoint at position {} is in the database but could not be written to {}: {}",
                    checkpoint.sequence(), file.path(), e.getMessage());
        }
    }

    CheckpointFile.Contents fromFile() {
        return file.read();
    }

    boolean fileHoldsCheckpoints() {
        return file.holdsCheckpoints();
    }

    private static Checkpoint row(ResultSet rs, int n) throws SQLException {
        return new Checkpoint(rs.getLong("chain_position"), rs.getBytes("head_hash"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), rs.getBytes("signature"));
    }
}
