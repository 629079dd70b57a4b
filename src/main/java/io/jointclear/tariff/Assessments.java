package io.jointclear.tariff;

/**
 * The assessment engine: computes every tax, duty and fee a declaration owes on its governing date.
 * Stateless; callers that need a record store the returned {@link Assessment} (it carries every input
 * needed to reproduce it: base, rate, rate type, exchange rate, legal basis and rule version).
 */
public interface Assessments {

    /**
     * @throws io.jointclear.shared.ProblemException with field paths such as {@code lines[0].tariffCode}
     *         when the declaration is invalid or reference data cannot answer (unknown code, rate not
     *         loaded, date outside the data, unit that cannot be converted, unsupported combination)
     */
    Assessment assess(AssessmentRequest request);
}
