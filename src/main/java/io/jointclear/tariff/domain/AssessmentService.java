package io.jointclear.tariff.domain;

import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.Assessments;
import org.springframework.stereotype.Service;

/** The module API bean: the engine wired to the reference data and the measures held in memory. */
@Service
class AssessmentService implements Assessments {

    private final AssessmentEngine engine;

    AssessmentService(TariffCatalogue catalogue, ExchangeRates exchangeRates, MeasureSource measures) {
        this.engine = new AssessmentEngine(catalogue, exchangeRates, measures::current);
    }

    @Override
    public Assessment assess(AssessmentRequest request) {
        return engine.assess(request);
    }
}
