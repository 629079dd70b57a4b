package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationStatus;
import java.time.LocalDate;

/**
 * The status of an authorisation on a day and the fact it comes from: {@code since} (and {@code until}
 * for a suspension), the reason (the proceeding's resolution, the end of the term…), or null fields for
 * the plain ACTIVE of a valid authorisation.
 */
public record StatusOn(AuthorisationStatus status, LocalDate since, LocalDate until, String reason, StatusChange change) {

    static StatusOn active() {
        return new StatusOn(AuthorisationStatus.ACTIVE, null, null, null, null);
    }

    static StatusOn of(StatusChange c) {
        return new StatusOn(c.status(), c.effectiveFrom(), c.effectiveUntil(), c.reason(), c);
    }
}
