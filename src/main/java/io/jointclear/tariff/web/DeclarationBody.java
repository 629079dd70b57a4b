package io.jointclear.tariff.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration as brokers send it (the contract's {@code assessment-*.json}, or one element of a
 * crossing's {@code declarations}). Fields the assessment does not need (parties, numbers) are accepted
 * and ignored; unknown fields are ignored too.
 */
@Schema(name = "Declaration", description = "A Mexican pedimento or a US entry to assess")
record DeclarationBody(
        @Schema(description = "MX or US", example = "MX", requiredMode = Schema.RequiredMode.REQUIRED) String authority,
        @Schema(description = "MX pedimento number (15 digits) or US entry number (11 characters)") String number,
        @Schema(description = "MX tipo de operación: IMP, EXP or TRA", example = "IMP") String operation,
        @Schema(description = "MX clave de pedimento (A1, A3, IN, AF, RT, T3) or US entry type (01, 03, 11)", example = "A1") String type,
        @Schema(description = "MX régimen (Apéndice 16)", example = "IMD") String regime,
        @Schema(description = "MX patente or US filer code") String filer,
        @Schema(description = "MX aduana-sección or US port code", example = "240") String customsOffice,
        @Schema(description = "Governing date (YYYY-MM-DD)", example = "2026-03-10", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
        @Schema(description = "US date of exportation (in-transit exemptions)") LocalDate exportDate,
        @Schema(description = "MXN per USD; when absent the rate governing the date is used", example = "18.0000") BigDecimal exchangeRate,
        @Schema(description = "Currency of the line values: USD (or MXN for MX)", example = "USD") String currency,
        @Schema(description = "Incoterm, informative", example = "FCA") String incoterm,
        @Schema(description = "MX incrementable: freight to the place of entry", example = "0") BigDecimal freight,
        @Schema(description = "MX incrementable: insurance", example = "0") BigDecimal insurance,
        @Schema(description = "MX other incrementables (packing, commissions, royalties …)") BigDecimal otherIncrementables,
        PartyBody importer,
        PartyBody exporter,
        PartyBody buyer,
        PartyBody seller,
        @Schema(description = "MX Apéndice 8 identifiers at pedimento level, e.g. CI (certified in IVA/IEPS → F.P. 21)") List<IdentifierBody> identifiers,
        @Schema(description = "MX: IVA/IEPS of a temporary import secured by a guarantee (F.P. 22)") Boolean ivaIepsGuarantee,
        @Schema(description = "US informal entries: AUTOMATED (default), MANUAL or CBP") String informalPreparation,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LineBody> lines) {

    @Schema(name = "DeclarationParty")
    record PartyBody(String taxId, String name, String country) {
    }

    @Schema(name = "DeclarationIdentifier")
    record IdentifierBody(@Schema(example = "CI") String code, String complement) {
    }

    @Schema(name = "DeclarationQuantity")
    record QuantityBody(@Schema(example = "40000") BigDecimal value,
                        @Schema(description = "UN/ECE Rec 20 unit: KGM, LTR, C62, DZN, NPR, BLL, MTQ …", example = "LTR") String unit) {
    }

    @Schema(name = "DeclarationLine")
    record LineBody(
            @Schema(description = "10 digits without dots: TIGIE fracción + NICO, or HTSUS statistical number",
                    example = "2710199903", requiredMode = Schema.RequiredMode.REQUIRED) String tariffCode,
            String description,
            @Schema(description = "ISO 3166 alpha-2 country of origin", example = "US") String origin,
            @Schema(description = "ISO country of destination, informative") String destination,
            QuantityBody quantity,
            @Schema(description = "Net weight in kg, used by per-kg rates") BigDecimal netWeightKg,
            @Schema(description = "MX commercial value / US entered value, in the declaration currency", example = "30000.00") BigDecimal value,
            @Schema(description = "MX: USMCA / T-MEC; US: SPI (S, S+ …)", example = "USMCA") String preference,
            @Schema(description = "US manufacturer id (MID); matched to company-specific AD/CVD and CC rates") String manufacturer,
            @Schema(description = "Exporter / producer id; matched to company-specific rates") String exporter,
            @Schema(description = "US AD/CVD case numbers claimed", example = "[\"A-201-820\"]") List<String> adCvdCases,
            @Schema(description = "Fuel octane rating where the IEPS quota depends on it") Integer octane,
            @Schema(description = "US Section 232 derivative: value of the metal content") BigDecimal metalContentValue) {
    }
}
