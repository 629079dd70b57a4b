package io.jointclear.operators.registry;

import io.jointclear.operators.CertificationProgram;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certification as a dated fact: {@code program} (with its level: IVA/IEPS rubro, CTPAT tier, FAST
 * carrier or driver) in force from {@code validFrom} to {@code validUntil} (last day), unless withdrawn
 * earlier ({@code withdrawnOn}: not in force from that day).
 */
public record Certification(UUID id, UUID operatorId, CertificationProgram program, String level, String number,
                            LocalDate validFrom, LocalDate validUntil, LocalDate withdrawnOn, String recordedBy,
                            Instant recordedAt) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil) && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }
}
