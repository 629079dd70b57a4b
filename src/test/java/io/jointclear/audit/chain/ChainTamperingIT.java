package io.jointclear.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.support.IntegrationTest;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering as a database superuser would: {@code SET session_replication_role = replica} switches
 * the append-only triggers off, then rows are deleted, rewritten and re-hashed. The attacker does not
 * hold the key file. This class has its own context (own database, key and checkpoint file) with the
 * schedules pushed out of the way, and puts the log, the checkpoints and the file back after each test.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "jointclear.audit.seal-interval-ms=3600000",
        "jointclear.audit.checkpoint-interval-ms=3600000",
        "jointclear.audit.checkpoint-every-entries=1000000"})
class ChainTamperingIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChainSealer sealer;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    CheckpointLedger checkpoints;

    @Autowired
    AuditKey key;

    @Autowired
    AuditFiles files;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private List<Map<String, Object>> entriesBefore;
    private List<Map<String, Object>> checkpointsBefore;
    private byte[] fileBefore;

    @BeforeEach
    void remember() throws Exception {
        sealer.sealNow();
        entriesBefore = jdbc.queryForList("SELECT * FROM audit.entry ORDER BY id");
        checkpointsBefore = jdbc.queryForList("SELECT * FROM audit.checkpoint ORDER BY id");
        fileBefore = Files.exists(files.checkpointFile()) ? Files.readAllBytes(files.checkpointFile()) : null;
    }

    @AfterEach
    void putBack() throws Exception {
        asSuperuser(db -> {
            db.update("DELETE FROM audit.entry");
            db.update("DELETE FROM audit.checkpoint");
            entriesBefore.forEach(row -> db.update("""
                    INSERT INTO audit.entry (id, occurred_at, actor, action, subject_type, subject_id, authority, details,
                                             xact_id, chain_position, hash, key_id)
                    OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::xid8, ?, ?, ?)
                    """, row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("subject_type"),
                    row.get("subject_id"), row.get("authority"), row.get("details"), row.get("xact_id").toString(),
                    row.get("chain_position"), row.get("hash"), row.get("key_id")));
            checkpointsBefore.forEach(row -> db.update("""
                    INSERT INTO audit.checkpoint (id, chain_position, head_hash, signed_at, key_id, signature)
                    OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?)
                    """, row.get("id"), row.get("chain_position"), row.get("head_hash"), row.get("signed_at"),
                    row.get("key_id"), row.get("signature")));
        });
        if (fileBefore == null) {
            Files.deleteIfExists(files.checkpointFile());
        } else {
            Files.write(files.checkpointFile(), fileBefore);
        }
        checkpoints.rereadFile();
        ChainVerification restored = verifier.verify();
        assertThat(restored.valid()).as(restored.reason()).isTrue();
    }

    @Test
    void aCleanChainVerifiesAgainstItsCheckpointsInTheTableAndTheFile() {
        long head = appendThreeAndCheckpoint();

        ChainVerification verification = verifier.verify();
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(verification.code()).isNull();
        assertThat(verification.lastCheckpoint()).isEqualTo(head);
        assertThat(verification.verifiedEntries()).isEqualTo(verification.entries()).isEqualTo(head);
        assertThat(verification.checkpoints()).isEqualTo(verification.fileCheckpoints()).isPositive();
        assertThat(verification.checkpointsNotInFile()).isZero();
        assertThat(verification.keyId()).isEqualTo(key.id());
        // Nothing new sealed: no second checkpoint of the same head.
        assertThat(sealer.checkpointNow()).isNull();
    }

    @Test
    void deletingTheNewestEntriesIsATruncationAfterTheCheckpoint() {
        long head = appendThreeAndCheckpoint();
        asSuperuser(db -> db.update("DELETE FROM audit.entry WHERE chain_position >= ?", head - 1));

        ChainVerification truncated = verifier.verify();
        assertThat(truncated.valid()).isFalse();
        assertThat(truncated.code()).isEqualTo("TRUNCATED_AFTER_CHECKPOINT");
        assertThat(truncated.firstBrokenPosition()).isEqualTo(head - 1);
        assertThat(truncated.verifiedEntries()).isEqualTo(head - 2);
        assertThat(truncated.reason()).contains("ends at position " + (head - 2));

        // The sealer carries on over the gap it cannot see, but never signs the shorter chain.
        append(UUID.randomUUID().toString(), "CROSSING_FILED");
        assertThat(sealer.checkpointNow()).isNull();
        ChainVerification continued = verifier.verify();
        assertThat(continued.valid()).isFalse();
        assertThat(continued.code()).isEqualTo("TRUNCATED_AFTER_CHECKPOINT");
        assertThat(continued.firstBrokenPosition()).isEqualTo(head);
    }

    @Test
    void truncatingTheLogAndTheCheckpointTableIsStillDetectedFromTheFile() {
        long head = appendThreeAndCheckpoint();
        asSuperuser(db -> {
            db.update("DELETE FROM audit.entry WHERE chain_position >= ?", head - 1);
            db.update("DELETE FROM audit.checkpoint");
        });

        ChainVerification truncated = verifier.verify();
        assertThat(truncated.valid()).isFalse();
        assertThat(truncated.checkpoints()).isZero();
        assertThat(truncated.fileCheckpoints()).isPositive();
        assertThat(truncated.code()).isEqualTo("TRUNCATED_AFTER_CHECKPOINT");
        assertThat(truncated.firstBrokenPosition()).isEqualTo(head - 1);

        // With the rows gone the file still says how far the chain went: the shorter head is never signed.
        append(UUID.randomUUID().toString(), "CROSSING_FILED");
        assertThat(sealer.checkpointNow()).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.checkpoint", Long.class)).isZero();
        assertThat(verifier.verify().code()).isEqualTo("TRUNCATED_AFTER_CHECKPOINT");
    }

    @Test
    void truncatingBothTablesWholeIsDetectedFromTheFile() {
        appendThreeAndCheckpoint();
        asSuperuser(db -> db.execute("TRUNCATE audit.entry, audit.checkpoint"));

        ChainVerification emptied = verifier.verify();
        assertThat(emptied.valid()).isFalse();
        assertThat(emptied.entries()).isZero();
        assertThat(emptied.code()).isEqualTo("TRUNCATED_AFTER_CHECKPOINT");
        assertThat(emptied.firstBrokenPosition()).isEqualTo(1);
    }

    @Test
    void checkpointRowsDeletedAloneAreMissingFromTheDatabase() {
        long head = appendThreeAndCheckpoint();
        asSuperuser(db -> db.update("DELETE FROM audit.checkpoint WHERE chain_position = ?", head));

        ChainVerification verification = verifier.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.code()).isEqualTo("CHECKPOINT_MISSING_FROM_DATABASE");
        assertThat(verification.firstBrokenPosition()).isEqualTo(head);
    }

    @Test
    void rewritingAnEntryAndRehashingTheRestWithPlainSha256IsCaughtAtThatEntry() {
        long head = appendThreeAndCheckpoint();
        Map<String, Object> middle = entryAt(head - 1);
        rewriteAndRehash(head - 1, (previous, entry) -> ChainHash.legacy(previous, entry, entry.position()));

        ChainVerification verification = verifier.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.code()).isEqualTo("HASH_MISMATCH");
        assertThat(verification.firstBrokenPosition()).isEqualTo(head - 1);
        assertThat(verification.firstBrokenEntryId()).isEqualTo(middle.get("id"));
        assertThat(verification.verifiedEntries()).isEqualTo(head - 2);
    }

    @Test
    void rewritingAnEntryAndRehashingTheRestWithAnotherKeyIsCaughtAtThatEntry() {
        long head = appendThreeAndCheckpoint();
        byte[] guess = new byte[32];
        new SecureRandom().nextBytes(guess);
        AuditKey wrong = new AuditKey(guess);
        rewriteAndRehash(head - 2, (previous, entry) -> ChainHash.next(wrong.chainMac(), previous, entry, entry.position()));

        ChainVerification verification = verifier.verify();
        assertThat(verification.code()).isEqualTo("HASH_MISMATCH");
        assertThat(verification.firstBrokenPosition()).isEqualTo(head - 2);
        assertThat(verification.firstBrokenEntryId()).isEqualTo(entryAt(head - 2).get("id"));
    }

    @Test
    void strippingTheKeyToPassAsALegacyChainIsNeitherReKeyedNorAccepted() {
        long head = appendThreeAndCheckpoint();
        rewriteAndRehash(head - 1, (previous, entry) -> ChainHash.legacy(previous, entry, entry.position()));
        asSuperuser(db -> db.update("UPDATE audit.entry SET key_id = NULL WHERE chain_position IS NOT NULL"));

        sealer.sealNow();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE key_id IS NOT NULL", Long.class)).isZero();
        ChainVerification verification = verifier.verify();
        assertThat(verification.code()).isEqualTo("HASH_MISMATCH");
        assertThat(verification.firstBrokenPosition()).isEqualTo(1);
        assertThat(verification.reason()).contains("no keyed hash");
    }

    @Test
    void deletingAMiddleEntryIsAGap() {
        long head = appendThreeAndCheckpoint();
        asSuperuser(db -> db.update("DELETE FROM audit.entry WHERE chain_position = ?", head - 1));

        ChainVerification verification = verifier.verify();
        assertThat(verification.code()).isEqualTo("MISSING_ENTRY");
        assertThat(verification.firstBrokenPosition()).isEqualTo(head - 1);
        assertThat(verification.reason()).contains("missing");
    }

    @Test
    void aForgedOrAlteredCheckpointHasAnInvalidSignature() {
        long head = appendThreeAndCheckpoint();
        byte[] noise = new byte[32];
        new SecureRandom().nextBytes(noise);
        // Inserting needs no trigger bypass: the table only refuses changes.
        jdbc.update("INSERT INTO audit.checkpoint (chain_position, head_hash, signed_at, key_id, signature)"
                + " VALUES (?, ?, now(), ?, ?)", head + 5, noise, key.id(), noise);

        ChainVerification forged = verifier.verify();
        assertThat(forged.code()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID");
        assertThat(forged.firstBrokenPosition()).isEqualTo(head + 5);
        assertThat(forged.lastCheckpoint()).as("a forged checkpoint vouches for nothing").isEqualTo(head);

        asSuperuser(db -> {
            db.update("DELETE FROM audit.checkpoint WHERE chain_position = ?", head + 5);
            db.update("UPDATE audit.checkpoint SET head_hash = ? WHERE chain_position = ?", noise, head);
        });
        ChainVerification altered = verifier.verify();
        assertThat(altered.code()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID");
        assertThat(altered.firstBrokenPosition()).isEqualTo(head);
    }

    @Test
    void anAlteredCheckpointFileIsReported() throws Exception {
        long head = appendThreeAndCheckpoint();
        String text = Files.readString(files.checkpointFile());
        Files.writeString(files.checkpointFile(), text.replace(" " + head + " ", " " + (head + 100) + " "));

        ChainVerification verification = verifier.verify();
        assertThat(verification.code()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID");
        assertThat(verification.firstBrokenPosition()).isEqualTo(head + 100);
    }

    @Test
    void aLegacyChainIsVerifiedAndReKeyedOnceRecordingItsHead() throws Exception {
        appendThreeAndCheckpoint();
        String legacyHead = makeLegacy();
        long entries = jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE chain_position IS NOT NULL", Long.class);

        sealer.sealNow();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE key_id IS NULL AND chain_position IS NOT NULL",
                Long.class)).isZero();
        ChainVerification verification = verifier.verify();
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(verification.entries()).isEqualTo(entries + 1);
        assertThat(verification.lastCheckpoint()).as("a first checkpoint is signed at once").isEqualTo(entries);
        assertThat(verification.fileCheckpoints()).isEqualTo(1);
        Map<String, Object> record = jdbc.queryForMap("SELECT * FROM audit.entry WHERE action = ?", LegacyChainUpgrade.KEYED);
        assertThat(record.get("actor")).isEqualTo(AuditEntry.SYSTEM);
        assertThat(record.get("subject_id")).isEqualTo(key.id());
        assertThat((String) record.get("details")).contains("\"legacyEntries\":\"" + entries + "\"",
                "\"legacyHeadHash\":\"" + legacyHead + "\"", "\"legacyChainValid\":\"true\"");
    }

    @Test
    void aBrokenLegacyChainIsNotReKeyedUnlessAllowedAndThenTheBreakIsRecorded() throws Exception {
        long head = appendThreeAndCheckpoint();
        makeLegacy();
        asSuperuser(db -> db.update("UPDATE audit.entry SET actor = 'someone-else' WHERE chain_position = ?", head - 1));

        assertThatThrownBy(() -> sealer.sealNow()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not verify at position " + (head - 1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE key_id IS NOT NULL", Long.class)).isZero();

        LegacyChainUpgrade allowed = new LegacyChainUpgrade(jdbc, key, checkpoints, auditLog, true);
        Boolean upgraded = new TransactionTemplate(transactions).execute(status -> allowed.upgradeIfNeeded());
        assertThat(upgraded).isTrue();
        sealer.sealNow();
        assertThat((String) jdbc.queryForObject("SELECT details FROM audit.entry WHERE action = ?", String.class,
                LegacyChainUpgrade.KEYED)).contains("\"legacyChainValid\":\"false\"",
                "\"legacyFirstBrokenPosition\":\"" + (head - 1) + "\"");
        assertThat(verifier.verify().valid()).as("re-keyed as found, the break recorded in the log").isTrue();
    }

    /** Three entries sealed and a checkpoint of the head; returns the head's position. */
    private long appendThreeAndCheckpoint() {
        String crossing = UUID.randomUUID().toString();
        append(crossing, "CROSSING_FILED");
        append(crossing, "DECISION_RECORDED");
        append(crossing, "CROSSING_RELEASED");
        Checkpoint checkpoint = sealer.checkpointNow();
        assertThat(checkpoint).isNotNull();
        return checkpoint.sequence();
    }

    private void append(String crossing, String action) {
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                auditLog.append(AuditEntry.of("broker", action, "CROSSING", crossing, null, Map.of("lane", "RED"))));
    }

    /** Changes the entry at {@code position}, then recomputes its hash and every later one with {@code hash}. */
    private void rewriteAndRehash(long position, BiFunction<byte[], StoredEntry, byte[]> hash) {
        asSuperuser(db -> {
            db.update("UPDATE audit.entry SET details = '{\"lane\":\"GREEN\"}' WHERE chain_position = ?", position);
            byte[] previous = position == 1 ? ChainHash.GENESIS
                    : db.queryForObject("SELECT hash FROM audit.entry WHERE chain_position = ?", byte[].class, position - 1);
            for (StoredEntry entry : db.query("SELECT " + StoredEntry.COLUMNS + " FROM audit.entry WHERE chain_position >= ?"
                    + " ORDER BY chain_position", StoredEntry::read, position)) {
                previous = hash.apply(previous, entry);
                db.update("UPDATE audit.entry SET hash = ? WHERE id = ?", previous, entry.id());
            }
        });
    }

    /** Turns the log back into a data directory of before the keyed chain; returns its head hash (hex). */
    private String makeLegacy() throws Exception {
        asSuperuser(db -> {
            db.update("UPDATE audit.entry SET key_id = NULL");
            db.update("DELETE FROM audit.checkpoint");
        });
        Files.deleteIfExists(files.checkpointFile());
        checkpoints.rereadFile();
        rewriteAndRehashKeepingDetails();
        return HexFormat.of().formatHex(jdbc.queryForObject(
                "SELECT hash FROM audit.entry ORDER BY chain_position DESC NULLS LAST LIMIT 1", byte[].class));
    }

    private void rewriteAndRehashKeepingDetails() {
        asSuperuser(db -> {
            byte[] previous = ChainHash.GENESIS;
            for (StoredEntry entry : db.query("SELECT " + StoredEntry.COLUMNS + " FROM audit.entry"
                    + " WHERE chain_position IS NOT NULL ORDER BY chain_position", StoredEntry::read)) {
                previous = ChainHash.legacy(previous, entry, entry.position());
                db.update("UPDATE audit.entry SET hash = ? WHERE id = ?", previous, entry.id());
            }
        });
    }

    private Map<String, Object> entryAt(long position) {
        return jdbc.queryForMap("SELECT * FROM audit.entry WHERE chain_position = ?", position);
    }

    /** A superuser's session with the triggers off, as {@code SET session_replication_role = replica} does. */
    private void asSuperuser(Consumer<JdbcTemplate> tampering) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL session_replication_role = replica");
            tampering.accept(jdbc);
        });
    }
}
