package io.jointclear.clearance;

import io.jointclear.declaration.DeclarationDocument;
import java.util.List;

/**
 * Whether a declaration may be filed under its licence on its date, as the registry of operators says
 * (implemented by the operators module; without an implementation every licence of the filing agency is
 * taken as in force, as before the registry existed). See docs/operators.md.
 */
public interface FilingAuthority {

    /**
     * Refuses, with a {@link io.jointclear.shared.ProblemException}, a declaration filed under a patente
     * or filer code that is not ACTIVE on the declaration date (403: AUTHORISATION_CANCELLED,
     * AUTHORISATION_SUSPENDED, AUTHORISATION_EXPIRED, AUTHORISATION_EXTINCT, AUTHORISATION_NOT_REGISTERED)
     * or for a Mexican importer the registry knows and that is not active in the Padrón de Importadores on
     * that date (422 IMPORTER_NOT_ACTIVE_IN_PADRON).
     *
     * @param field the declaration's path in the request, e.g. {@code declarations[0]}
     */
    void requireAuthorised(DeclarationDocument declaration, String field);

    /**
     * What officers should know about a filed crossing's declarations today: a licence suspended or
     * cancelled since, an importer not in the registry, an importer no longer active in the Padrón.
     */
    List<RegistryFlag> flags(List<DeclarationDocument> declarations);

    /**
     * @param code    e.g. AUTHORISATION_CANCELLED, IMPORTER_NOT_IN_REGISTRY, IMPORTER_NOT_ACTIVE_IN_PADRON
     * @param subject the licence or RFC concerned
     * @param since   first day of the status (null when not dated)
     * @param until   last day of a suspension (null otherwise)
     * @param reason  the reason recorded with the status (the resolution, the rule), as recorded
     * @param detail  the status with its dates and reason, in English
     */
    record RegistryFlag(String code, String authority, String subject, java.time.LocalDate since, java.time.LocalDate until,
                        String reason, String detail) {
    }
}
