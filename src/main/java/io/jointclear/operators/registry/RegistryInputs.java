package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.CertificationProgram;
import io.jointclear.operators.OperatorType;
import java.time.LocalDate;

/** What the API and the CSV import give the registry. */
public final class RegistryInputs {

    private RegistryInputs() {
    }

    /**
     * A new operator or its corrected name, country or tax id.
     *
     * @param agencyCode for a customs agent or US broker: the code of the agency it files for
     */
    public record OperatorInput(OperatorType type, String code, String name, String country, String taxId,
                                String agencyCode) {
    }

    /** A new authorisation: validFrom null when the grant date is not known. */
    public record AuthorisationInput(AuthorisationKind kind, String number, String sector, LocalDate validFrom,
                                     LocalDate validUntil, String reason) {
    }

    /**
     * A status change: SUSPENDED (from, until — null until reinstated), CANCELLED, EXTINCT, EXPIRED from
     * a date, or ACTIVE to reinstate from a date; with {@code until} for a renewal when status is ACTIVE
     * and the authorisation is not suspended or cancelled.
     */
    public record StatusInput(AuthorisationStatus status, LocalDate from, LocalDate until, String reason) {
    }

    public record CertificationInput(CertificationProgram program, String level, String number, LocalDate validFrom,
                                     LocalDate validUntil) {
    }
}
