package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of one tariff measure: a rate, quota, threshold, fee, exemption or surcharge with the
 * period it is in force and its legal source. Rows are data (table {@code tariff.measure}); the engine
 * only picks the rows in force on the governing date.
 *
 * @param ruleId         stable id shared by every version of the measure, e.g. {@code MX.DTA.III}
 * @param version        1, 2 … per ruleId, in order of change
 * @param taxCode        the tax it computes (DTA, IVA, S122 …) or modifies
 * @param kind           how the numbers are applied
 * @param rate           percent (PERCENT, CLAMPED_PERCENT, STIMULUS) or per mille (PER_MILLE)
 * @param amount         FIXED amount per document, or SPECIFIC amount per {@code unit}
 * @param tariffPrefixes tariff-code prefixes covered; {@code *} = every code; empty = none
 * @param origins        ISO countries of origin covered; empty = any
 * @param claves         MX "OPERATION:CLAVE" tokens (IMP:A1) or US entry types covered; empty = any
 * @param programs       preference programs the row requires (USMCA, S, S+); empty = no condition
 * @param condition      extra condition: OCTANE&lt;91, OCTANE&gt;=91, CONTENT, EXPORTED_BEFORE=date,
 *                       PREPARED=AUTOMATED, FLOOR (US "all-in" rate: the rate less the column-1 duty) …
 * @param appliesTo      for EXEMPTION / STIMULUS / derived rows: the ruleId they modify
 * @param stacking       US chapter-99 stacking: EXCLUSIVE claims its base first (232), RESIDUAL applies
 *                       to what is left, CUMULATIVE always adds
 * @param priority       lower wins among EXCLUSIVE rows; among IEEPA rows it names the stacking layer
 *                       (fentanyl 50, reciprocal 55, country order 57), each layer charging once
 * @param confidence     how well the value is confirmed (brief tags H/M/L)
 * @param note           caveat surfaced as a warning when the confidence is not HIGH
 * @param revision       HTSUS revision whose chapter-99 text carried the heading and rate (e.g. 2025_rev_4);
 *                       empty when not a chapter-99 scope row
 * @param scopeList      the legal product list that put the codes in scope (e.g. "Section 301 list 3
 *                       (9903.88.03)"); empty when not a chapter-99 scope row
 * @param prefixIndex    the prefixes indexed for lookup (long legal lists); derived, never stored
 */
public record Measure(
        long id,
        String key,
        String ruleId,
        int version,
        Authority authority,
        String taxCode,
        MeasureKind kind,
        BigDecimal rate,
        BigDecimal amount,
        String currency,
        String unit,
        BigDecimal minimum,
        BigDecimal maximum,
        List<String> tariffPrefixes,
        Set<String> origins,
        Set<String> claves,
        Set<String> programs,
        String condition,
        String appliesTo,
        String caseNumber,
        String company,
        int priority,
        Stacking stacking,
        String heading,
        LocalDate validFrom,
        LocalDate validTo,
        String legalBasis,
        String source,
        Confidence confidence,
        String note,
        String revision,
        String scopeList,
        PrefixIndex prefixIndex) {

    /** A row that is not a chapter-99 scope row (no revision, no list). */
    public Measure(long id, String key, String ruleId, int version, Authority authority, String taxCode,
                   MeasureKind kind, BigDecimal rate, BigDecimal amount, String currency, String unit,
                   BigDecimal minimum, BigDecimal maximum, List<String> tariffPrefixes, Set<String> origins,
                   Set<String> claves, Set<String> programs, String condition, String appliesTo, String caseNumber,
                   String company, int priority, Stacking stacking, String heading, LocalDate validFrom,
                   LocalDate validTo, String legalBasis, String source, Confidence confidence, String note) {
        this(id, key, ruleId, version, authority, taxCode, kind, rate, amount, currency, unit, minimum, maximum,
                tariffPrefixes, origins, claves, programs, condition, appliesTo, caseNumber, company, priority, stacking,
                heading, validFrom, validTo, legalBasis, source, confidence, note, "", "", null);
    }

    public Measure {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(legalBasis, "legalBasis");
        tariffPrefixes = List.copyOf(tariffPrefixes);
        origins = Set.copyOf(origins);
        claves = Set.copyOf(claves);
        programs = Set.copyOf(programs);
        condition = condition == null ? "" : condition;
        appliesTo = appliesTo == null ? "" : appliesTo;
        caseNumber = caseNumber == null ? "" : caseNumber;
        company = company == null ? "" : company;
        stacking = stacking == null ? Stacking.CUMULATIVE : stacking;
        confidence = confidence == null ? Confidence.HIGH : confidence;
        note = note == null ? "" : note;
        source = source == null ? "" : source;
        heading = heading == null ? "" : heading;
        revision = revision == null ? "" : revision;
        scopeList = scopeList == null ? "" : scopeList;
        prefixIndex = PrefixIndex.of(tariffPrefixes);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(ruleId + ": valid_to " + validTo + " before valid_from " + validFrom);
        }
    }

    public boolean inForce(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * How specifically this row names a tariff code: the length of its longest covering prefix, 0 for
     * {@code *}, -1 when the code is not covered. Among rows that apply, the most specific wins.
     */
    public int specificity(String tariffCode) {
        return prefixIndex.specificity(tariffCode);
    }

    /**
     * Empty = any origin; {@code MX|CA} = those only; {@code !MX|!CA} = any origin except those (e.g. the
     * reciprocal baseline, which names the countries it spares).
     */
    public boolean coversOrigin(String origin) {
        if (origins.isEmpty()) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        boolean excluding = false;
        for (String o : origins) {
            if (o.startsWith("!")) {
                excluding = true;
                if (o.length() == origin.length() + 1 && o.endsWith(origin)) {
                    return false;
                }
            }
        }
        return excluding || origins.contains(origin);
    }

    /** Whether this row records a chapter-99 heading that a legal list or a revision put in scope. */
    public boolean chapter99() {
        return heading.startsWith("99");
    }

    public boolean coversClave(String token) {
        return claves.isEmpty() || claves.contains(token);
    }

    public boolean grantedTo(String program) {
        return programs.isEmpty() || (program != null && programs.contains(program));
    }

    public String ruleVersion() {
        return String.valueOf(version);
    }

    public boolean unconfirmed() {
        return confidence != Confidence.HIGH;
    }
}
