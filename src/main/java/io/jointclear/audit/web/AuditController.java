package io.jointclear.audit.web;

import io.jointclear.audit.chain.ChainVerification;
import io.jointclear.audit.chain.Checkpoint;
import io.jointclear.audit.chain.CheckpointLedger;
import io.jointclear.audit.chain.ChainVerifier;
import io.jointclear.audit.persistence.AuditEntries;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Auditors read the log and check that nobody rewrote it (access: AUDITOR, ADMIN). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final int MAX_PAGE_SIZE = 500;

    private final ChainVerifier verifier;
    private final AuditEntries entries;
    private final CheckpointLedger checkpoints;

    AuditController(ChainVerifier verifier, AuditEntries entries, CheckpointLedger checkpoints) {
        this.verifier = verifier;
        this.entries = entries;
        this.checkpoints = checkpoints;
    }

    /** Seals what is pending, then recomputes every keyed hash and checks every checkpoint. */
    @Operation(summary = "Verify the audit chain (AUDITOR, ADMIN)",
            description = "Recomputes every keyed hash and checks the chain against every signed checkpoint: valid, code, "
                    + "firstBrokenPosition, firstBrokenEntryId, verifiedEntries.")
    @GetMapping("/verify")
    ChainVerification verify() {
        return verifier.verify();
    }

    @Operation(summary = "Audit entries, oldest first, optionally of one subject (AUDITOR, ADMIN)",
            description = "page from 0, size 1–500 (default 50); subjectId e.g. a crossing's id.")
    @GetMapping("/entries")
    EntryPage entries(@RequestParam(required = false) String subjectId,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(400, "INVALID_PAGE", "Invalid page",
                    "page must be ≥ 0 and size 1–" + MAX_PAGE_SIZE,
                    List.of(new FieldViolation(page < 0 ? "page" : "size", "OUT_OF_RANGE",
                            "page must be ≥ 0 and size 1–" + MAX_PAGE_SIZE)));
        }
        AuditEntries.Page found = entries.find(subjectId == null || subjectId.isBlank() ? null : subjectId, page, size);
        List<EntryView> views = found.rows().stream().map(AuditController::view).toList();
        return new EntryPage(page, size, found.total(), views);
    }

    /** Signed heads of the chain, newest first. */
    @Operation(summary = "Signed heads of the audit chain, newest first (AUDITOR, ADMIN)")
    @GetMapping("/checkpoints")
    CheckpointPage checkpoints(@RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        requireValidPage(page, size);
        CheckpointLedger.Page found = checkpoints.page(page, size);
        List<CheckpointView> views = found.checkpoints().stream().map(AuditController::view).toList();
        return new CheckpointPage(page, size, found.total(), views);
    }

    private static void requireValidPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(400, "INVALID_PAGE", "Invalid page",
                    "page must be ≥ 0 and size 1–" + MAX_PAGE_SIZE,
                    List.of(new FieldViolation(page < 0 ? "page" : "size", "OUT_OF_RANGE",
                            "page must be ≥ 0 and size 1–" + MAX_PAGE_SIZE)));
        }
    }

    private static EntryView view(AuditEntries.Row row) {
        return new EntryView(row.position(), row.occurredAt(), row.actor(), row.action(), row.subjectType(),
                row.subjectId(), row.authority(), JSON.readValue(row.detailsJson(), DETAILS), row.hash(), row.keyId());
    }

    private static CheckpointView view(Checkpoint checkpoint) {
        return new CheckpointView(checkpoint.sequence(), checkpoint.sequence(), checkpoint.headHashHex(),
                checkpoint.signedAt(), checkpoint.keyId(), checkpoint.signatureHex());
    }

    /** A page of entries, oldest first. */
    record EntryPage(int page, int size, long totalEntries, List<EntryView> entries) {
    }

    /** One entry; {@code position}, {@code hash} and {@code keyId} are null until it is sealed (within about a second). */
    record EntryView(Long position, Instant occurredAt, String actor, String action, String subjectType,
                     String subjectId, String authority, Map<String, String> details, String hash, String keyId) {
    }

    /** A page of checkpoints, newest first. */
    record CheckpointPage(int page, int size, long totalCheckpoints, List<CheckpointView> checkpoints) {
    }

    /**
     * A signed head: {@code sequence} is the chain position of the head, and {@code count} the number
     * of entries it covers (the same number: positions run from 1 without gaps). {@code signature} is
     * HMAC-SHA256 (hex) with the checkpoint key; only the server can check it.
     */
    record CheckpointView(long sequence, long count, String headHash, Instant signedAt, String keyId, String signature) {
    }
}
