package io.jointclear.operators;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A resolved proceeding (or a provisional measure) changes an authorisation of an operator: the registry
 * applies it to the authorisation, which refuses filings under it from {@code effectiveFrom} (to
 * {@code effectiveUntil} for a suspension; {@code null} for a cancellation, which does not end).
 *
 * @param authorisationNumber the number of the authorisation (patente, filer code, registration…)
 * @param legalBasis          the article the sanction rests on, e.g. "art. 144-A LA", "arts. 164-167 LA"
 */
@Externalized("jointclear.operators.authorisation-sanctioned.v1::#{operatorId()}")
public record AuthorisationSanctioned(UUID operatorId, String authorisationNumber, Sanction sanction,
                                      LocalDate effectiveFrom, LocalDate effectiveUntil, UUID proceedingId,
                                      String legalBasis) {

    public enum Sanction { SUSPENDED, CANCELLED, REINSTATED }
}
