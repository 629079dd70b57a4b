package io.jointclear.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * An analyst confirmed a misclassification detection: the declaration was filed under
 * {@code declaredTariffCode} and belongs under {@code proposedTariffCode}. Enforcement opens a case from it.
 *
 * @param crossingId      the joint crossing of the declaration, {@code null} when it was cleared elsewhere
 * @param taxAtStakeMxn   the taxes the detection estimated as omitted, in pesos
 */
@Externalized("jointclear.compliance.detection-confirmed.v1::#{detectionId()}")
public record DetectionConfirmed(UUID detectionId, UUID crossingId, String declarationNumber,
                                 LocalDate declarationDate, String importerRfc, String declaredTariffCode,
                                 String proposedTariffCode, BigDecimal taxAtStakeMxn, String explanation,
                                 String confirmedBy) {
}
