package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One dated fact of an authorisation's history: from {@code effectiveFrom} (to {@code effectiveUntil}, last
 * day included, for a suspension) it has {@code status}. {@code ACTIVE} records a grant, a renewal or a
 * reinstatement (which lifts an earlier suspension or cancellation from its date).
 *
 * @param proceedingId the proceeding whose resolution this applies, or null for an administrative entry
 */
public record StatusChange(AuthorisationStatus status, LocalDate effectiveFrom, LocalDate effectiveUntil, String reason,
                           String recordedBy, Instant recordedAt, UUID proceedingId) {

    boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }
}
