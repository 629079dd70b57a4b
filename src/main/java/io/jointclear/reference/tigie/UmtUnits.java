package io.jointclear.reference.tigie;

import java.util.Map;

/** TIGIE units of measure (UMT, SAT catalogue c_UnidadMedidaAduana) as UN/ECE Recommendation 20 codes. */
public final class UmtUnits {

    private static final Map<String, String> REC20 = Map.ofEntries(
            Map.entry("01", "KGM"), Map.entry("02", "GRM"), Map.entry("03", "MTR"), Map.entry("04", "MTK"),
            Map.entry("05", "MTQ"), Map.entry("06", "C62"), Map.entry("07", "HEA"), Map.entry("08", "LTR"),
            Map.entry("09", "NPR"), Map.entry("10", "KWT"), Map.entry("11", "MIL"), Map.entry("12", "SET"),
            Map.entry("13", "KWH"), Map.entry("14", "TNE"), Map.entry("15", "BLL"), Map.entry("16", "GRM"),
            Map.entry("17", "TP"), Map.entry("18", "CEN"), Map.entry("19", "DZN"), Map.entry("20", "BX"),
            Map.entry("21", "BO"), Map.entry("22", "CTM"), Map.entry("99", "E48"));

    private UmtUnits() {
    }

    /** The Rec 20 code of a UMT code, "" when the catalogue has none. */
    public static String rec20(String umtCode) {
        return REC20.getOrDefault(umtCode, "");
    }
}
