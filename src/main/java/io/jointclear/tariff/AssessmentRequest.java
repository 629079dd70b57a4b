package io.jointclear.tariff;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration to assess: a Mexican pedimento or a US entry, reduced to what the taxes depend on.
 *
 * @param authority           MX or US
 * @param operation           MX tipo de operación IMP / EXP / TRA (ignored for US)
 * @param type                MX clave de pedimento (A1, IN, AF, RT …) or US entry type (01, 03, 11 …)
 * @param regime              MX régimen (IMD, ITE …), informative
 * @param customsOffice       MX aduana-sección or US port code, informative
 * @param date                governing date (art. 56 LA / date of entry)
 * @param exportDate          US date of exportation; used by in-transit exemptions (optional)
 * @param exchangeRate        MXN per USD; when absent the rate governing {@code date} is used
 * @param currency            currency of the line values (USD or MXN for MX, USD for US)
 * @param freight             MX incrementable, prorated to lines by value
 * @param insurance           MX incrementable, prorated to lines by value
 * @param otherIncrementables MX other incrementables (packing, commissions …), prorated by value
 * @param identifiers         MX Apéndice 8 identifiers at pedimento level (CI = certified in IVA/IEPS)
 * @param ivaIepsGuarantee    MX: IVA/IEPS on a temporary import secured by a guarantee (F.P. 22)
 * @param informalPreparation US informal entries: AUTOMATED (default), MANUAL or CBP
 * @param lines               partidas / entry lines, at least one
 */
public record AssessmentRequest(
        Authority authority,
        String operation,
        String type,
        String regime,
        String customsOffice,
        LocalDate date,
        LocalDate exportDate,
        BigDecimal exchangeRate,
        String currency,
        BigDecimal freight,
        BigDecimal insurance,
        BigDecimal otherIncrementables,
        List<Identifier> identifiers,
        boolean ivaIepsGuarantee,
        String informalPreparation,
        List<Line> lines) {

    public AssessmentRequest {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * One partida / entry line.
     *
     * @param tariffCode        10 digits: TIGIE fracción + NICO, or HTSUS statistical number
     * @param origin            ISO 3166 alpha-2 country of origin
     * @param quantity          quantity in a UN/ECE Rec 20 unit
     * @param netWeightKg       net weight, used where a rate is per kilogram
     * @param value             MX: commercial value; US: entered value (FOB-type)
     * @param preference        MX: USMCA / T-MEC claim; US: SPI (S, S+ …)
     * @param adCvdCases        US AD/CVD case numbers claimed applicable
     * @param manufacturer      manufacturer id (US MID) — matched to company-specific AD/CVD and CC rates
     * @param exporter          exporter/producer name or id — matched to company-specific rates
     * @param octane            fuel octane rating where the IEPS quota depends on it
     * @param metalContentValue US Section 232 derivatives: value of the steel/aluminium/copper content
     */
    public record Line(
            String tariffCode,
            String description,
            String origin,
            Quantity quantity,
            BigDecimal netWeightKg,
            BigDecimal value,
            String preference,
            List<String> adCvdCases,
            String manufacturer,
            String exporter,
            Integer octane,
            BigDecimal metalContentValue) {

        public Line {
            adCvdCases = adCvdCases == null ? List.of() : List.copyOf(adCvdCases);
        }
    }

    /** A quantity with its UN/ECE Recommendation 20 unit code (KGM, LTR, DZN, C62, BLL …). */
    public record Quantity(BigDecimal value, String unit) {
    }

    /** An Anexo 22 Apéndice 8 identifier with its complement, e.g. {@code CI} or {@code TL / T-MEC}. */
    public record Identifier(String code, String complement) {
    }
}
