package io.jointclear.operators.proceedings;

import io.jointclear.operators.OperatorType;
import java.util.Set;

/**
 * The legal basis a proceeding rests on (BRIEF §8.1, §9.3, §9.3b): which operators it reaches and the causes it
 * lists. The cause codes are the platform's short names of the statutory causes; the resolution cites the basis.
 */
public enum LegalBasis {

    /** Authorisations, concessions and registrations granted under the Ley Aduanera: general procedure. */
    ART_144_A_LA("art. 144-A LA", Set.of(OperatorType.WAREHOUSE, OperatorType.COURIER, OperatorType.CARRIER, OperatorType.IMMEX),
            Set.of("OBLIGATIONS_BREACHED", "REQUIREMENTS_NOT_MET", "IRREGULAR_OPERATIONS", "FALSE_DATA")),
    /** A customs agent's patente (suspension art. 164, cancellation art. 165, extinction art. 166, procedure art. 167). */
    ARTS_164_167_LA("arts. 164-167 LA", Set.of(OperatorType.CUSTOMS_AGENT, OperatorType.AGENCY),
            Set.of("OMITTED_TAXES", "FALSE_IMPORTER_DATA", "UNREGISTERED_IMPORTER", "REQUIREMENTS_NOT_MET", "OBLIGATIONS_BREACHED")),
    /** The courier companies' registration (Registro de empresa de mensajería y paquetería): its own causes and the 1-year bar. */
    RGCE_3_7_3("RGCE rule 3.7.3", Set.of(OperatorType.COURIER),
            Set.of("FALSE_DATA", "REQUIREMENTS_NOT_MET", "INCONSISTENCIES", "IRREGULAR_OPERATIONS"));

    private final String citation;
    private final Set<OperatorType> reaches;
    private final Set<String> causes;

    LegalBasis(String citation, Set<OperatorType> reaches, Set<String> causes) {
        this.citation = citation;
        this.reaches = reaches;
        this.causes = causes;
    }

    /** How a resolution cites it, e.g. "art. 144-A LA". */
    public String citation() {
        return citation;
    }

    public boolean reaches(OperatorType type) {
        return reaches.contains(type);
    }

    public Set<String> causes() {
        return causes;
    }

    /** Whether a cancellation under it bars the operator from registering again for a while (courier rule 3.7.3). */
    public boolean barsReRegistration() {
        return this == RGCE_3_7_3;
    }
}
