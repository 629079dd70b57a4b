package io.jointclear.enforcement.cases;

import java.util.List;

/**
 * A legal term as data (table {@code enforcement.legal_term}): the step that starts it, its length on a
 * country's calendar, the steps it bounds and the law that sets it.
 *
 * @param unit     BUSINESS_DAYS, CALENDAR_DAYS or MONTHS
 * @param calendar MX (días hábiles, CFF art. 12) or US (federal business days)
 */
public record LegalTerm(String code, List<Procedure> procedures, StepKind startsWith, int length, String unit,
                        String calendar, List<StepKind> bounds, String legalSource) {

    /** The codes of the terms table {@code enforcement.legal_term} ships (the console words each). */
    public static final List<String> CODES = List.of("PAMA_EVIDENCE", "PAMA_JUNTA_TECNICA", "PAMA_RESOLUTION",
            "US_SEIZURE_NOTICE", "US_PROTEST");

    public LegalTerm {
        procedures = List.copyOf(procedures);
        bounds = List.copyOf(bounds);
    }

    /** The first step it bounds is the one that ends it (no more alerts once done). */
    public StepKind closedBy() {
        return bounds.getFirst();
    }
}
