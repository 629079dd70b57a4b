package io.jointclear.enforcement.evidence;

import java.time.Instant;
import java.util.UUID;

/** One piece of evidence of a case; {@code sha256} (hex) names its content. */
public record EvidenceView(UUID id, UUID caseId, String kind, String fileName, String mediaType, long sizeBytes,
                           String sha256, String item, String uploadedBy, Instant uploadedAt, boolean newContent) {
}
