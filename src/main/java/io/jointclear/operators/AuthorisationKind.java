package io.jointclear.operators;

import io.jointclear.shared.Authority;
import java.time.Period;

/**
 * The authorisations the registry holds, with the authority that grants them and their legal term
 * (null: no fixed term, in force until cancelled or extinguished). See docs/operators.md.
 */
public enum AuthorisationKind {
    /** Patente de agente aduanal (art. 159 LA); a 20-year term from the 2026 reform (BRIEF §9.3). */
    PATENTE(Authority.MX, Period.ofYears(20)),
    /** US customs broker's filer code (the first 3 characters of an entry number). */
    FILER_CODE(Authority.US, null),
    /** Padrón de Importadores (art. 59-IV LA, BRIEF §3.14), numbered by the importer's RFC. */
    PADRON_IMPORTADORES(Authority.MX, null),
    /** Padrón de Importadores de Sectores Específicos (Anexo 10 A), with its sector, e.g. 13 hidrocarburos. */
    PADRON_SECTORIAL(Authority.MX, null),
    /** Código Alfanumérico Armonizado del Transportista (Mexican carrier code). */
    CAAT(Authority.MX, null),
    /** Standard Carrier Alpha Code (NMFTA), the carrier's code in US manifests. */
    SCAC(Authority.US, null),
    /** US DOT number of a motor carrier. */
    US_DOT(Authority.US, null),
    /** Registro de empresa de mensajería y paquetería (RGCE rule 3.7.3), 2 years, renewable (BRIEF §8.1). */
    COURIER_REGISTRATION(Authority.MX, Period.ofYears(2)),
    /** Recinto fiscalizado concession/authorisation (art. 14 / 14-A LA). */
    RECINTO_FISCALIZADO(Authority.MX, null),
    /** Recinto Fiscalizado Estratégico authorisation (art. 14-D LA, BRIEF §9.1). */
    RFE(Authority.MX, null),
    /** Almacén General de Depósito authorised for depósito fiscal (art. 119 LA), up to 10 years (BRIEF §9.2). */
    AGD(Authority.MX, Period.ofYears(10)),
    /** IMMEX program (Decreto IMMEX, BRIEF §6). */
    IMMEX_PROGRAM(Authority.MX, null);

    private final Authority authority;
    private final Period term;

    AuthorisationKind(Authority authority, Period term) {
        this.authority = authority;
        this.term = term;
    }

    /** The customs authority that grants, suspends and cancels it. */
    public Authority authority() {
        return authority;
    }

    /** Its legal term, or null when it has none. */
    public Period term() {
        return term;
    }
}
