package io.jointclear.compliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A detection as officials read it (API contract: id, declaration, declaredTariffCode, proposedTariffCode,
 * taxAtStake {amount, currency}, explanation, status; the rest is added).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DetectionView(UUID id, String declaration, int line, UUID crossingId, LocalDate declarationDate, String importer,
                     String description, String declaredTariffCode, String proposedTariffCode, String fuel,
                     Money taxAtStake, String explanation, List<EvidenceText> evidence, double score, String status,
                     String decidedBy, Instant decidedAt, String reason, Instant detectedAt) {

    /** The statuses of a detection, in the order of the workflow. */
    public static final List<String> STATUSES = List.of("OPEN", "CONFIRMED", "DISMISSED");

    public record Money(BigDecimal amount, String currency) {
    }

    public record EvidenceText(String code, String text) {
    }
}
