package io.jointclear.tariff.domain;

/**
 * What a Mexican operation + clave de pedimento means for the taxes (Anexo 22 Apéndice 2, brief §3.3,
 * §6.3). Which DTA fracción applies is data (measure claves); this only says which taxes exist.
 */
public enum MxTreatment {
    DEFINITIVE_IMPORT(true, false, false),
    IMMEX_TEMPORARY_INPUTS(true, true, false),
    IMMEX_TEMPORARY_FIXED_ASSETS(true, true, false),
    DEFINITIVE_EXPORT(false, false, true),
    IMMEX_RETURN(false, false, true),
    INTERNAL_TRANSIT(false, false, false);

    private final boolean imports;
    private final boolean temporary;
    private final boolean exports;

    MxTreatment(boolean imports, boolean temporary, boolean exports) {
        this.imports = imports;
        this.temporary = temporary;
        this.exports = exports;
    }

    public boolean imports() {
        return imports;
    }

    /** IGI deferred (F.P. 5); IVA/IEPS on the hypothetical definitive base, creditable (F.P. 21/22). */
    public boolean temporary() {
        return temporary;
    }

    public boolean exports() {
        return exports;
    }

    /** @return the treatment, or null when this engine does not assess the combination */
    public static MxTreatment of(String operation, String clave) {
        return switch (operation + ":" + clave) {
            case "IMP:A1", "IMP:A3" -> DEFINITIVE_IMPORT;
            case "IMP:IN" -> IMMEX_TEMPORARY_INPUTS;
            case "IMP:AF" -> IMMEX_TEMPORARY_FIXED_ASSETS;
            case "EXP:A1" -> DEFINITIVE_EXPORT;
            case "EXP:RT" -> IMMEX_RETURN;
            case "TRA:T3" -> INTERNAL_TRANSIT;
            default -> null;
        };
    }
}
