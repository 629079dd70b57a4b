package io.jointclear.enforcement.evidence;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.enforcement.cases.CaseDocument;
import io.jointclear.enforcement.cases.CaseService;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a case stored by content: the SHA-256 of the bytes names the object, the same bytes are
 * stored once and an object is never overwritten (in the database, or as a file named by its hash in the
 * configured directory). Each upload is audited with its hash.
 */
@Service
public class EvidenceService {

    public static final String EVIDENCE_TOO_LARGE = "EVIDENCE_TOO_LARGE";
    public static final Set<String> KINDS = Set.of("PHOTO", "LAB_REPORT", "DOCUMENT");
    private static final int MAX_NAME = 200;

    private final JdbcTemplate jdbc;
    private final CaseService cases;
    private final AuditLog audit;
    private final EvidenceProperties limits;
    private final Clock clock;

    EvidenceService(JdbcTemplate jdbc, CaseService cases, AuditLog audit, EvidenceProperties limits, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    /** The largest upload accepted, for the controller to refuse before reading a larger part. */
    public long maxBytes() {
        return limits.maxBytes();
    }

    public static ProblemException tooLarge(long max) {
        return new ProblemException(413, EVIDENCE_TOO_LARGE, "File too large", "Evidence files are at most " + max + " bytes");
    }

    @Transactional
    public EvidenceView upload(UUID caseId, String kind, String item, String fileName, String declaredType, byte[] content, Actor actor) {
        CaseDocument c = cases.lockForAct(caseId, actor);
        if (kind == null || !KINDS.contains(kind)) {
            throw new ProblemException(422, "INVALID_VALUE", "Unknown evidence kind", "kind is one of " + KINDS + ", not '" + kind + "'");
        }
        if (content.length == 0) {
            throw new ProblemException(422, "EVIDENCE_EMPTY", "Empty file", "The file has no content");
        }
        if (content.length > limits.maxBytes()) {
            throw tooLarge(limits.maxBytes());
        }
        String type = ContentTypes.normalise(declaredType);
        ContentTypes.check(kind, type, content, limits);
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        if (name.length() > MAX_NAME || (item != null && item.length() > MAX_NAME)) {
            throw new ProblemException(422, "TOO_LONG", "Name too long", "File names and items are at most " + MAX_NAME + " characters");
        }
        byte[] hash = sha256(content);
        boolean fresh = store(hash, type, content);
        UUID id = UUID.randomUUID();
        java.time.Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO enforcement.evidence (id, case_id, sha256, kind, file_name, item, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, c.id(), hash, kind, name, item, actor.username(), Timestamp.from(now));
        String hex = HexFormat.of().formatHex(hash);
        audit.append(AuditEntry.of(actor, "CASE_EVIDENCE_ADDED", CaseService.AUDIT_SUBJECT, caseId.toString(), null, Map.of(
                "evidence", id, "sha256", hex, "kind", kind, "bytes", content.length, "item", String.valueOf(item))));
        return new EvidenceView(id, caseId, kind, name, type, content.length, hex, item, actor.username(), now, fresh);
    }

    /** Writes the object unless its hash is stored already; true when it is new. */
    private boolean store(byte[] hash, String type, byte[] content) {
        boolean onDisk = !limits.directory().isEmpty();
        int inserted = jdbc.update("""
                INSERT INTO enforcement.evidence_object (sha256, size_bytes, media_type, content, stored_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING""",
                hash, content.length, type, onDisk ? null : content, Timestamp.from(clock.instant()));
        if (inserted == 1 && onDisk) {
            writeOnce(Path.of(limits.directory()).resolve(HexFormat.of().formatHex(hash)), content);
        }
        return inserted == 1;
    }

    private static void writeOnce(Path target, byte[] content) {
        try {
            if (Files.exists(target)) {
                return; // same name = same hash = same bytes: never overwritten
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(tmp, content, java.nio.file.StandardOpenOption.SYNC);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence object " + target, e);
        }
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> list(UUID caseId, Actor actor) {
        cases.getInFull(caseId, actor);
        return jdbc.query("""
                SELECT e.id, e.case_id, e.kind, e.file_name, o.media_type, o.size_bytes, e.sha256, e.item, e.uploaded_by, e.uploaded_at
                  FROM enforcement.evidence e JOIN enforcement.evidence_object o ON o.sha256 = e.sha256
                 WHERE e.case_id = ? ORDER BY e.uploaded_at, e.id""",
                (rs, n) -> new EvidenceView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), HexFormat.of().formatHex(rs.getBytes(7)), rs.getString(8),
                        rs.getString(9), rs.getTimestamp(10).toInstant(), false), caseId);
    }

    /** The bytes of one piece of evidence, checked against their hash. */
    @Transactional(readOnly = true)
    public Content content(UUID caseId, UUID evidenceId, Actor actor) {
        cases.getInFull(caseId, actor);
        Content found = jdbc.query("""
                SELECT o.media_type, o.content, o.sha256, e.file_name FROM enforcement.evidence e
                  JOIN enforcement.evidence_object o ON o.sha256 = e.sha256 WHERE e.case_id = ? AND e.id = ?""",
                (rs, n) -> new Content(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4)), caseId, evidenceId)
                .stream().findFirst().orElseThrow(() -> new ProblemException(404, "EVIDENCE_NOT_FOUND", "Evidence not found",
                        "No evidence " + evidenceId + " in case " + caseId));
        byte[] bytes = found.bytes() != null ? found.bytes() : read(found.sha256());
        if (!java.util.Arrays.equals(sha256(bytes), found.sha256())) {
            throw new ProblemException(409, "EVIDENCE_ALTERED", "Evidence altered",
                    "The stored bytes no longer match their SHA-256 " + HexFormat.of().formatHex(found.sha256()));
        }
        return new Content(found.mediaType(), bytes, found.sha256(), found.fileName());
    }

    private byte[] read(byte[] hash) {
        try {
            return Files.readAllBytes(Path.of(limits.directory()).resolve(HexFormat.of().formatHex(hash)));
        } catch (IOException e) {
            throw new UncheckedIOException("evidence object missing", e);
        }
    }

    public record Content(String mediaType, byte[] bytes, byte[] sha256, String fileName) {
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
