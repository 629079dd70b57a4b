package io.jointclear.tariff.domain;

import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.Assessments;
import java.util.function.Supplier;

/**
 * The engine without Spring: checks the declaration, then assesses it against the measures in memory.
 * Pure given its inputs: the same request on the same data gives the same assessment.
 */
public final class AssessmentEngine implements Assessments {

    private final Supplier<MeasureBook> measures;
    private final MexicanAssessor mexico;
    private final UnitedStatesAssessor unitedStates;

    public AssessmentEngine(TariffCatalogue catalogue, ExchangeRates exchangeRates, Supplier<MeasureBook> measures) {
        this.measures = measures;
        this.mexico = new MexicanAssessor(catalogue, exchangeRates);
        this.unitedStates = new UnitedStatesAssessor(catalogue);
    }

    @Override
    public Assessment assess(AssessmentRequest request) {
        if (request == null) {
            throw Problems.at(400, "REQUIRED", "Declaration required", "", "a declaration body is required");
        }
        RequestChecks.check(request);
        return assessChecked(request);
    }

    /**
     * Assesses a request {@link #assess} has already checked (a what-if's scenario of the same declaration):
     * the checks do not depend on the measures, so they are not repeated.
     */
    public Assessment assessChecked(AssessmentRequest request) {
        MeasureBook book = measures.get();
        return switch (request.authority()) {
            case MX -> mexico.assess(request, book);
            case US -> unitedStates.assess(request, book);
        };
    }
}
