package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.CertificationProgram;
import io.jointclear.operators.OperatorType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An operator as the API and the console show it: its authorisations with their status today and their
 * history, its certifications and whether each is in force today.
 */
public record OperatorView(UUID id, OperatorType type, String code, String name, String country, String taxId,
                           UUID agencyId, String source, List<AuthorisationView> authorisations,
                           List<CertificationView> certifications) {

    /** An operator in a list: its authorisations' numbers and statuses today. */
    public record Summary(UUID id, OperatorType type, String code, String name, String country, String taxId,
                          List<AuthorisationSummary> authorisations) {
    }

    public record AuthorisationSummary(AuthorisationKind kind, String number, AuthorisationStatus status) {
    }

    /**
     * @param status       today's status (null before it was granted)
     * @param statusSince  first day of that status, when it comes from a dated fact
     * @param statusUntil  last day of a suspension
     */
    public record AuthorisationView(UUID id, AuthorisationKind kind, String number, String sector, String authority,
                                    LocalDate validFrom, LocalDate validUntil, AuthorisationStatus status,
                                    LocalDate statusSince, LocalDate statusUntil, String statusReason,
                                    List<StatusChange> history) {

        static AuthorisationView of(Authorisation a, LocalDate today) {
            StatusOn on = a.statusOn(today).orElse(null);
            return new AuthorisationView(a.id(), a.kind(), a.number(), a.sector().isEmpty() ? null : a.sector(),
                    a.authority().name(), a.validFrom(), a.validUntil(), on == null ? null : on.status(),
                    on == null ? null : on.since(), on == null ? null : on.until(), on == null ? null : on.reason(),
                    a.history());
        }
    }

    public record CertificationView(UUID id, CertificationProgram program, String level, String number,
                                    LocalDate validFrom, LocalDate validUntil, LocalDate withdrawnOn, boolean inForce) {

        static CertificationView of(Certification c, LocalDate today) {
            return new CertificationView(c.id(), c.program(), c.level().isEmpty() ? null : c.level(), c.number(),
                    c.validFrom(), c.validUntil(), c.withdrawnOn(), c.inForceOn(today));
        }
    }
}
