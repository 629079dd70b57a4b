package io.jointclear.compliance.internal;

import io.jointclear.compliance.detection.DeclaredLine;
import io.jointclear.compliance.detection.Evidence;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A detection as stored, with the analyst's decision once taken. */
record StoredDetection(UUID id, String declarationNumber, int lineNumber, UUID crossingId, String importerRfc,
                       String filer, DeclaredLine line, String descriptionKey, String proposedCode, String family,
                       BigDecimal litres, BigDecimal score, BigDecimal taxAtStake, List<Evidence> evidence, String status,
                       String decidedBy, Instant decidedAt, String decisionReason, Instant detectedAt) {

    static final String OPEN = "OPEN";
    static final String CONFIRMED = "CONFIRMED";
    static final String DISMISSED = "DISMISSED";
}
