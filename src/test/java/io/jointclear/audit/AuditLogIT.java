package io.jointclear.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.audit.chain.AuditFiles;
import io.jointclear.audit.chain.AuditKey;
import io.jointclear.audit.chain.ChainSealer;
import io.jointclear.audit.chain.ChainVerification;
import io.jointclear.audit.chain.ChainVerifier;
import io.jointclear.shared.Authority;
import io.jointclear.support.IntegrationTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log on the real embedded PostgreSQL. Tests that tamper with the table put it back and
 * re-enable its triggers, because every {@code @IntegrationTest} shares this database.
 */
@IntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    ChainSealer sealer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditFiles files;

    @Autowired
    AuditKey key;

    @Test
    void entriesAreChainedInOrderAndTheChainVerifies() throws Exception {
        String crossing = UUID.randomUUID().toString();
        inTransaction(() -> {
            auditLog.append(entry(crossing, "CROSSING_FILED", Map.of("declarations", 2)));
            auditLog.append(entry(crossing, "ARRIVAL_RECORDED", Map.of("at", "2026-03-10T15:00:00Z")));
        });

        ChainVerification verification = verifier.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.pending()).isZero();
        assertThat(verification.firstBrokenPosition()).isNull();

        List<Map<String, Object>> rows = rows(crossing);
        assertThat(rows).hasSize(2);
        long first = (Long) rows.get(0).get("chain_position");
        assertThat((Long) rows.get(1).get("chain_position")).isEqualTo(first + 1);
        assertThat(rows.get(0).get("details")).isEqualTo("{\"declarations\":\"2\"}");
        // Recomputed here from the documented rule and the key file, independently of the production code.
        assertThat((byte[]) rows.get(1).get("hash")).isEqualTo(documentedHash((byte[]) rows.get(0).get("hash"), rows.get(1)));
        assertThat(rows.get(1).get("key_id")).isEqualTo(key.id());
        assertThat(verification.entries()).isGreaterThanOrEqualTo(first + 1);
    }

    @Test
    void appendingOutsideTheCallersTransactionIsRefused() {
        assertThatThrownBy(() -> auditLog.append(entry("x", "CROSSING_FILED", Map.of())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void entriesOfARolledBackTransactionAreNeverSealed() {
        String crossing = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            auditLog.append(entry(crossing, "CROSSING_FILED", Map.of()));
            status.setRollbackOnly();
        });
        assertThat(verifier.verify().valid()).isTrue();
        assertThat(rows(crossing)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() throws Exception {
        String crossing = UUID.randomUUID().toString();
        inTransaction(() -> auditLog.append(entry(crossing, "CROSSING_FILED", Map.of("lane", "GREEN"))));
        sealer.sealNow();
        long id = (Long) rows(crossing).getFirst().get("id");

        assertRefused("UPDATE audit.entry SET details = '{\"lane\":\"RED\"}' WHERE id = " + id, "append-only: UPDATE");
        assertRefused("UPDATE audit.entry SET chain_position = chain_position + 1000000 WHERE id = " + id, "append-only: UPDATE");
        assertRefused("DELETE FROM audit.entry WHERE id = " + id, "append-only: DELETE");
        assertRefused("TRUNCATE audit.entry", "append-only: TRUNCATE");
        assertRefused("""
                INSERT INTO audit.entry (occurred_at, actor, action, subject_type, subject_id, details, chain_position, hash)
                VALUES (now(), 'x', 'FORGED', 'CROSSING', 'x', '{}', 999999999, decode(repeat('00', 32), 'hex'))
                """, "inserted unsealed");
        // Before sealing, an entry cannot be changed either: sealing may set only its position and hash.
        assertThatThrownBy(() -> inTransaction(() -> {
            auditLog.append(entry(crossing, "ARRIVAL_RECORDED", Map.of()));
            jdbc.update("UPDATE audit.entry SET actor = 'someone-else' WHERE subject_id = ? AND chain_position IS NULL", crossing);
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: UPDATE");

        assertThat(rows(crossing)).hasSize(1);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void alteredDetailsAreDetectedAtTheirPosition() throws Exception {
        String crossing = UUID.randomUUID().toString();
        appendThree(crossing);
        assertThat(verifier.verify().valid()).isTrue();
        Map<String, Object> middle = rows(crossing).get(1);
        long position = (Long) middle.get("chain_position");

        withTriggersDisabled(() -> {
            jdbc.update("UPDATE audit.entry SET details = '{\"lane\":\"GREEN\"}' WHERE id = ?", middle.get("id"));
            ChainVerification broken = verifier.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenPosition()).isEqualTo(position);
            assertThat(broken.reason()).contains("position " + position, "altered");
            jdbc.update("UPDATE audit.entry SET details = ? WHERE id = ?", middle.get("details"), middle.get("id"));
        });
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aDeletedEntryIsDetectedAtItsPosition() throws Exception {
        String crossing = UUID.randomUUID().toString();
        appendThree(crossing);
        assertThat(verifier.verify().valid()).isTrue();
        Map<String, Object> middle = rows(crossing).get(1);
        long position = (Long) middle.get("chain_position");

        withTriggersDisabled(() -> {
            jdbc.update("DELETE FROM audit.entry WHERE id = ?", middle.get("id"));
            ChainVerification broken = verifier.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenPosition()).isEqualTo(position);
            assertThat(broken.reason()).contains("position " + position, "missing");
            // Put it back exactly as it was: verification is a pure recomputation.
            jdbc.update("""
                    INSERT INTO audit.entry (id, occurred_at, actor, action, subject_type, subject_id, authority, details,
                                             xact_id, chain_position, hash, key_id)
                    OVERRIDING SYSTEM VALUE
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::xid8, ?, ?, ?)
                    """, middle.get("id"), middle.get("occurred_at"), middle.get("actor"), middle.get("action"),
                    middle.get("subject_type"), middle.get("subject_id"), middle.get("authority"), middle.get("details"),
                    middle.get("xact_id").toString(), middle.get("chain_position"), middle.get("hash"),
                    middle.get("key_id"));
        });
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsAreAllSealedExactlyOnceInOneConsistentChain() throws Exception {
        String batch = "load-" + UUID.randomUUID();
        int threads = 8;
        int transactionsPerThread = 40;
        int entriesPerTransaction = 3;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            // A second sealer racing the scheduled one, as another instance would.
            Future<?> racingSealer = pool.submit(() -> {
                while (writing.get()) {
                    sealer.sealNow();
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < transactionsPerThread; i++) {
                        String subject = batch + "-" + thread + "-" + i;
                        inTransaction(() -> {
                            for (int e = 0; e < entriesPerTransaction; e++) {
                                auditLog.append(entry(subject, "DECISION_RECORDED", Map.of("n", e)));
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            writing.set(false);
            racingSealer.get();
            int total = threads * transactionsPerThread * entriesPerTransaction;
            System.out.printf("audit: %d appends in %d ms (%.0f/s) while sealing%n", total, millis, total * 1000.0 / Math.max(1, millis));

            ChainVerification verification = verifier.verify();
            assertThat(verification.valid()).as(verification.reason()).isTrue();
            assertThat(verification.pending()).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE subject_id LIKE ? AND chain_position IS NOT NULL",
                    Long.class, batch + "%")).isEqualTo(total);
            Map<String, Object> chain = jdbc.queryForMap(
                    "SELECT count(*) AS n, count(DISTINCT chain_position) AS distinct_positions, max(chain_position) AS head FROM audit.entry");
            assertThat(chain.get("distinct_positions")).isEqualTo(chain.get("n"));
            assertThat(chain.get("head")).isEqualTo(chain.get("n"));
            assertThat(verification.entries()).isEqualTo((Long) chain.get("n"));
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    private void appendThree(String crossing) throws Exception {
        inTransaction(() -> auditLog.append(entry(crossing, "CROSSING_FILED", Map.of("declarations", 2))));
        inTransaction(() -> auditLog.append(AuditEntry.of("officer-mx", "DECISION_RECORDED", "CROSSING", crossing,
                Authority.MX, Map.of("decision", "HOLD", "lane", "RED"))));
        inTransaction(() -> auditLog.append(entry(crossing, "CROSSING_RELEASED", Map.of())));
    }

    private void withTriggersDisabled(Runnable tampering) {
        jdbc.execute("ALTER TABLE audit.entry DISABLE TRIGGER USER");
        try {
            tampering.run();
        } finally {
            jdbc.execute("ALTER TABLE audit.entry ENABLE TRIGGER USER");
        }
    }

    private void assertRefused(String sql, String message) {
        assertThatThrownBy(() -> jdbc.execute(sql)).isInstanceOf(DataAccessException.class).hasMessageContaining(message);
    }

    private List<Map<String, Object>> rows(String subjectId) {
        return jdbc.queryForList("SELECT * FROM audit.entry WHERE subject_id = ? ORDER BY chain_position", subjectId);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private static AuditEntry entry(String crossing, String action, Map<String, ?> details) {
        return AuditEntry.of("broker", action, "CROSSING", crossing, null, details);
    }

    /**
     * HMAC-SHA256(chain key, previous ‖ position (8 bytes) ‖ each field as 4-byte length + UTF-8, null = -1),
     * chain key = HMAC-SHA256(secret of the key file, "jointclear-audit-chain-v1").
     */
    private byte[] documentedHash(byte[] previous, Map<String, Object> row) throws Exception {
        byte[] secret = Base64.getDecoder().decode(Files.readString(files.keyFile()).strip());
        Mac derive = Mac.getInstance("HmacSHA256");
        derive.init(new SecretKeySpec(secret, "HmacSHA256"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(derive.doFinal("jointclear-audit-chain-v1".getBytes(StandardCharsets.US_ASCII)), "HmacSHA256"));
        mac.update(previous);
        mac.update(ByteBuffer.allocate(8).putLong((Long) row.get("chain_position")).array());
        String occurredAt = asInstantText(row.get("occurred_at"));
        for (Object field : new Object[] {occurredAt, row.get("actor"), row.get("action"), row.get("subject_type"),
                row.get("subject_id"), row.get("authority"), row.get("details")}) {
            if (field == null) {
                mac.update(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.toString().getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                mac.update(bytes);
            }
        }
        return mac.doFinal();
    }

    private static String asInstantText(Object timestamp) {
        return timestamp instanceof OffsetDateTime odt ? odt.toInstant().toString()
                : ((java.sql.Timestamp) timestamp).toInstant().toString();
    }
}
