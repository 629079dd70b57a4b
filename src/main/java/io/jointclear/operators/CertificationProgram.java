package io.jointclear.operators;

import java.util.Set;

/**
 * Certification and trusted-trader programmes the registry records as dated facts (BRIEF §4.8, §7),
 * with the levels each knows (empty: no level).
 */
public enum CertificationProgram {
    /** Certificación en materia de IVA e IEPS, rubros A / AA / AAA (RGCE Título 7). */
    IVA_IEPS(Set.of("A", "AA", "AAA")),
    /** Operador Económico Autorizado (Mexico's AEO; NEEC before). */
    OEA(Set.of()),
    /** Socio Comercial Certificado (carriers, agents, couriers, recinto operators). */
    SOCIO_COMERCIAL_CERTIFICADO(Set.of()),
    /** Customs Trade Partnership Against Terrorism, importer tiers 1-3. */
    CTPAT(Set.of("1", "2", "3")),
    /** Free and Secure Trade: an approved carrier or a driver's card. */
    FAST(Set.of("CARRIER", "DRIVER"));

    private final Set<String> levels;

    CertificationProgram(Set<String> levels) {
        this.levels = levels;
    }

    public Set<String> levels() {
        return levels;
    }
}
