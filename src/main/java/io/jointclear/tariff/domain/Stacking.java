package io.jointclear.tariff.domain;

/** How a US chapter-99 surcharge combines with the others (CBP stacking rules, brief §4.6). */
public enum Stacking {
    /** Claims its base first; among several, the lowest priority number wins (232 autos > 232 metals). */
    EXCLUSIVE,
    /** Applies only to the value not claimed by an EXCLUSIVE measure (IEEPA, Section 122). */
    RESIDUAL,
    /** Always adds on the full value (MFN, Section 301, AD/CVD). */
    CUMULATIVE
}
