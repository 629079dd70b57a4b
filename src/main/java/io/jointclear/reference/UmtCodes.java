package io.jointclear.reference;

import io.jointclear.reference.tigie.UmtUnits;

/**
 * The SAT units of measure (c_UnidadMedidaAduana, the numbering of Anexo 22 Apéndice 7) as UN/ECE
 * Recommendation 20 codes, both ways, for formats that carry the SAT number.
 */
public final class UmtCodes {

    private UmtCodes() {
    }

    /** The Rec 20 code of a SAT unit number ("6" or "06"), null when the catalogue has none. */
    public static String rec20(String satCode) {
        if (satCode == null || !satCode.matches("\\d{1,2}")) {
            return null;
        }
        String code = UmtUnits.rec20(satCode.length() == 1 ? "0" + satCode : satCode);
        return code.isEmpty() ? null : code;
    }

    /** The lowest SAT unit number (two digits) of a Rec 20 code, null when none has it. */
    public static String sat(String rec20) {
        for (int i = 1; i < 100 && rec20 != null; i++) {
            String code = String.format("%02d", i);
            if (UmtUnits.rec20(code).equals(rec20)) {
                return code;
            }
        }
        return null;
    }
}
