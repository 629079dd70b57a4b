package io.jointclear.tariff.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A measure version to create, or the next version of an existing one. */
@Schema(name = "MeasureChange")
record MeasureBody(
        @Schema(description = "Stable id of the measure (POST only; PUT keeps the old one)", example = "MX.DTA.III") String ruleId,
        @Schema(example = "MX") String authority,
        @Schema(description = "Tax computed or modified", example = "DTA") String taxCode,
        @Schema(description = "PERCENT, PER_MILLE, FIXED, SPECIFIC, CLAMPED_PERCENT, MINIMUM, EXEMPTION, STIMULUS, COUNTRY_LIST, NOTICE",
                example = "FIXED") String kind,
        @Schema(description = "Percent (or per mille for PER_MILLE)") BigDecimal rate,
        @Schema(description = "Fixed amount per document, or amount per unit", example = "461") BigDecimal amount,
        @Schema(example = "MXN") String currency,
        @Schema(description = "UN/ECE Rec 20 unit of a specific amount", example = "LTR") String unit,
        BigDecimal minimum,
        BigDecimal maximum,
        @Schema(description = "Tariff-code prefixes covered; [\"*\"] = every code", example = "[\"*\"]") List<String> tariffPrefixes,
        @Schema(description = "Origins covered; empty = any") List<String> origins,
        @Schema(description = "MX OPERATION:CLAVE tokens or US entry types covered", example = "[\"IMP:IN\", \"EXP:RT\"]") List<String> claves,
        @Schema(description = "Preference programs required (USMCA, S, S+)") List<String> programs,
        String condition,
        @Schema(description = "ruleId an EXEMPTION / STIMULUS / IVA_PRV row modifies") String appliesTo,
        String caseNumber,
        String company,
        Integer priority,
        @Schema(description = "US chapter 99: EXCLUSIVE, RESIDUAL or CUMULATIVE") String stacking,
        String heading,
        @Schema(example = "2027-01-01") LocalDate validFrom,
        LocalDate validTo,
        @Schema(example = "LFD art. 49 fr. III; RMF 2027 Anexo 19") String legalBasis,
        String source,
        @Schema(description = "HIGH, MEDIUM or LOW", example = "HIGH") String confidence,
        String note,
        @Schema(description = "Why the change is made (kept in the audit log)") String reason) {
}
