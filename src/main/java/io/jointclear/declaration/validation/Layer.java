package io.jointclear.declaration.validation;

/** The four prevalidation criteria (BRIEF §3.11), in the order a prevalidator applies them. */
public enum Layer {
    /** Length and format of each field. */
    SYNTACTIC,
    /** Values exist in the catalogues (Anexo 22 appendices, TIGIE/HTSUS, ISO lists, Rec 20). */
    CATALOGUE,
    /** The right set of fields for the authority and operation. */
    STRUCTURAL,
    /** Consistency with the rules in force. */
    NORMATIVE
}
