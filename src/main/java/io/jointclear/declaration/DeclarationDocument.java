package io.jointclear.declaration;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration as filed: a Mexican pedimento (Anexo 22) or a US entry (CBP 3461/7501), in the shape
 * of the public JSON contract. Nothing here is trusted: {@link Declarations#check} judges it.
 *
 * @param authority     MX or US
 * @param number        MX: 15-digit pedimento number; US: 11-character entry number
 * @param operation     MX tipo de operación IMP / EXP / TRA (absent for US)
 * @param type          MX clave de pedimento (A1, IN, RT, V1, T1 …); US 2-digit entry type
 * @param regime        MX régimen, Apéndice 16 (IMD, EXD, ITE …)
 * @param filer         MX patente (4 digits); US filer code (3 characters)
 * @param customsOffice MX aduana-sección (3 digits); US port code (4 digits)
 * @param date          governing date of the declaration
 * @param exchangeRate  MXN per USD when declared; otherwise the rate governing {@code date}
 * @param immexProgram  MX IMMEX program number, required for IMMEX claves
 * @param identifiers   MX Apéndice 8 identifiers at pedimento level
 */
public record DeclarationDocument(
        Authority authority,
        String number,
        String operation,
        String type,
        String regime,
        String filer,
        String customsOffice,
        LocalDate date,
        BigDecimal exchangeRate,
        Party importer,
        Party exporter,
        Party buyer,
        Party seller,
        String currency,
        String incoterm,
        BigDecimal freight,
        BigDecimal insurance,
        BigDecimal otherIncrementables,
        String immexProgram,
        List<Identifier> identifiers,
        List<Line> lines) {

    /**
     * Most goods lines one declaration carries on the platform (a pedimento's partidas, an entry's
     * lines; ACE takes at most 999 lines per entry summary). Beyond it the filing is refused whole, before
     * any line is looked at: a field error {@value #TOO_MANY_LINES} on {@code lines}.
     */
    public static final int MAX_LINES = 999;

    /** Code of the field error for a declaration with more than {@link #MAX_LINES} lines. */
    public static final String TOO_MANY_LINES = "TOO_MANY_LINES";

    public DeclarationDocument {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * The licence this declaration is filed under: {@code filer}, or else the one its number carries;
     * null when neither says (validation keeps the two consistent when both are given).
     */
    public String filerOfRecord() {
        return filer != null ? filer : DeclarationNumbers.filerIn(authority, number);
    }

    /** Importer, exporter, buyer or seller: tax id (RFC, EIN/IRS number …), name, country. */
    public record Party(String taxId, String name, String country) {
    }

    /** An Apéndice 8 identifier with its complement, e.g. {@code IM} + program number. */
    public record Identifier(String code, String complement) {
    }

    /** A quantity in a UN/ECE Recommendation 20 unit (KGM, LTR, DZN, C62 …). */
    public record Quantity(BigDecimal value, String unit) {
    }

    /**
     * A partida (MX) or entry line (US).
     *
     * @param origin       ISO 3166 alpha-2 country of origin
     * @param destination  ISO 3166 alpha-2 country of destination (MX exports)
     * @param value        MX: commercial value in {@code currency}; US: entered value
     * @param preference   MX: {@code USMCA}/{@code T-MEC} claim; US: SPI ({@code S}, {@code S+} …)
     * @param manufacturer US manufacturer id (MID)
     * @param adCvdCases   US AD/CVD case numbers claimed applicable
     * @param partNumber   optional: the filer's part number (número de parte) of the goods, which an IMMEX
     *                     company's Annex 24 inventory is kept by; absent on older filings and formats
     */
    public record Line(
            String tariffCode,
            String description,
            String origin,
            String destination,
            Quantity quantity,
            BigDecimal netWeightKg,
            BigDecimal value,
            String preference,
            String manufacturer,
            List<String> adCvdCases,
            String partNumber) {

        /** Longest part number accepted (Annex 24 systems use up to 50 characters). */
        public static final int MAX_PART_NUMBER = 50;

        public Line {
            adCvdCases = adCvdCases == null ? List.of() : List.copyOf(adCvdCases);
        }

        /** A line without a part number (every format but the JSON contract). */
        public Line(String tariffCode, String description, String origin, String destination, Quantity quantity,
                    BigDecimal netWeightKg, BigDecimal value, String preference, String manufacturer, List<String> adCvdCases) {
            this(tariffCode, description, origin, destination, quantity, netWeightKg, value, preference, manufacturer,
                    adCvdCases, null);
        }
    }
}
