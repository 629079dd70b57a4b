package io.jointclear.immex;

/** Modalities of an IMMEX program (Decreto IMMEX art. 3). */
public enum Modality {
    /** Controladora de empresas: a holding integrating controlled companies' operations. */
    CONTROLADORA,
    INDUSTRIAL,
    SERVICIOS,
    /** Albergue (shelter): a foreign company operates under the shelter's program. */
    ALBERGUE,
    /** Tercerización: the company subcontracts the whole process, without facilities of its own. */
    TERCERIZACION
}
