package io.jointclear.declaration.validation;

import java.util.Map;
import java.util.Set;

/**
 * The code lists of the declaration itself (as opposed to reference data such as countries and
 * tariffs): Anexo 22 Apéndices 2 and 16, CBP entry types, Incoterms 2020, preference indicators.
 * Small, stable, versioned with the code (BRIEF §3.3, §3.4, §4.2, §4.5).
 */
final class Catalogues {

    static final Set<String> MX_OPERATIONS = Set.of("IMP", "EXP", "TRA");

    /** Apéndice 16. */
    static final Set<String> MX_REGIMES = Set.of("IMD", "EXD", "ITR", "ITE", "ETR", "ETE", "DFI", "RFE", "TRA", "RFS");

    /** Apéndice 2, the claves this platform knows (BRIEF §3.3). */
    static final Set<String> MX_CLAVES = Set.of(
            "A1", "A3", "C1", "D1", "GC", "K1", "L1", "P1", "S2", "T1", "VF", "VU",
            "IN", "AF", "RT", "F4", "F5",
            "V1", "V2", "V5", "V6", "V7", "V9", "VD", "G9",
            "H1", "BA", "BB", "BM", "BO", "BP",
            "A4", "E1", "E2", "G1", "C3", "K2", "F2", "F3", "V3", "V4", "F8", "F9", "G6", "G7", "V8",
            "M1", "M2", "J3", "M3", "M4", "M5", "G8", "J4", "T3", "T6", "T7");

    /**
     * Operation → régimen allowed per clave, for the claves whose combinations the brief states. A clave
     * absent here is only checked against the catalogue. RT also accepts ETE and ITE because printed
     * retorno pedimentos are seen with either; the brief names ETR [M].
     */
    static final Map<String, Map<String, Set<String>>> CLAVE_COMBINATIONS = Map.ofEntries(
            Map.entry("A1", Map.of("IMP", Set.of("IMD"), "EXP", Set.of("EXD"))),
            Map.entry("A3", Map.of("IMP", Set.of("IMD"))),
            Map.entry("C1", Map.of("IMP", Set.of("IMD"))),
            Map.entry("L1", Map.of("IMP", Set.of("IMD"))),
            Map.entry("T1", Map.of("IMP", Set.of("IMD"), "EXP", Set.of("EXD"))),
            Map.entry("IN", Map.of("IMP", Set.of("ITE"))),
            Map.entry("AF", Map.of("IMP", Set.of("ITE"))),
            Map.entry("RT", Map.of("EXP", Set.of("ETR", "ETE", "ITE"))),
            Map.entry("F4", Map.of("IMP", Set.of("IMD"))),
            Map.entry("F5", Map.of("IMP", Set.of("IMD"))),
            // V1: the transferee's virtual temporary import, the transferor's virtual return / export
            Map.entry("V1", Map.of("IMP", Set.of("ITE"), "EXP", Set.of("EXD", "ETE"))),
            Map.entry("V5", Map.of("IMP", Set.of("IMD"), "EXP", Set.of("ETE"))),
            Map.entry("T3", Map.of("TRA", Set.of("TRA"))),
            Map.entry("T6", Map.of("TRA", Set.of("TRA"))),
            Map.entry("T7", Map.of("TRA", Set.of("TRA"))));

    /** Claves of IMMEX operations: they discharge or feed an IMMEX program's inventory (BRIEF §6). */
    static final Set<String> IMMEX_CLAVES = Set.of("IN", "AF", "RT", "F4", "F5");

    /** ACE entry type codes (BRIEF §4.2, CBP 7501 block 2). */
    static final Set<String> US_ENTRY_TYPES = Set.of(
            "01", "02", "03", "04", "05", "06", "07", "08", "11", "12", "21", "22", "23", "24", "25", "26",
            "31", "32", "34", "38", "51", "52", "61", "62", "63", "69", "70", "86");

    /** Entry types that carry AD/CVD lines (consumption, quota+AD/CVD, warehouse withdrawals). */
    static final Set<String> US_AD_CVD_ENTRY_TYPES = Set.of("03", "07", "34", "38");

    static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP");

    static final Set<String> MX_PREFERENCES = Set.of("USMCA", "T-MEC");

    /** HTSUS General Note 3(c)(i) special program indicators in current use. */
    static final Set<String> US_SPI = Set.of(
            "S", "S+", "A", "A+", "A*", "AU", "B", "BH", "CA", "CL", "CO", "D", "E", "E*", "IL", "JO", "JP",
            "KR", "MA", "OM", "P", "P+", "PA", "PE", "R", "SG", "W");

    /** Preferences granted under USMCA / T-MEC. */
    static final Set<String> USMCA_CLAIMS = Set.of("USMCA", "T-MEC", "S", "S+");

    static final Set<String> USMCA_PARTIES = Set.of("MX", "US", "CA");

    private Catalogues() {
    }
}
