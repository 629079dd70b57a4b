package io.jointclear.tariff.reassessment;

import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.domain.AssessmentEngine;
import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.domain.MeasureBook;
import io.jointclear.tariff.domain.MeasureSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Policy what-ifs: a declaration assessed as the law stands on its date (actual) and under a scenario
 * — another date, without some measures (by tax code or rule id), with extra measure rows — on the
 * same engine. The scenario's measures live only for the request; nothing is stored.
 */
@Service
public class WhatIf {

    private final TariffCatalogue catalogue;
    private final ExchangeRates exchangeRates;
    private final MeasureSource measures;

    WhatIf(TariffCatalogue catalogue, ExchangeRates exchangeRates, MeasureSource measures) {
        this.catalogue = catalogue;
        this.exchangeRates = exchangeRates;
        this.measures = measures;
    }

    /**
     * A scenario: {@code date} replaces the governing date when not null; {@code withoutMeasures} are tax
     * codes (IEEPA, S122 …) or rule ids of measures to leave out; {@code withMeasures} are added rows.
     */
    public record Scenario(LocalDate date, List<String> withoutMeasures, List<Measure> withMeasures) {
        public Scenario {
            withoutMeasures = withoutMeasures == null ? List.of() : List.copyOf(withoutMeasures);
            withMeasures = withMeasures == null ? List.of() : List.copyOf(withMeasures);
        }
    }

    /** The two engines of a scenario: on the book as it stands and on the scenario's book. */
    public record Engines(AssessmentEngine actual, AssessmentEngine scenario, LocalDate date) {
        /** The scenario of a declaration whose actual assessment succeeded (so it passed the checks). */
        public Assessment assessScenario(AssessmentRequest r) {
            // another date is checked again (the checks read the date); the same request need not be
            return date == null ? scenario.assessChecked(r) : scenario.assess(WhatIf.withDate(r, date));
        }
    }

    /** Validates the scenario against the measures in force and builds its engines (reusable for a batch). */
    public Engines engines(Scenario scenario) {
        MeasureBook current = measures.current();
        Set<String> known = new HashSet<>();
        for (Measure m : current.all()) {
            known.add(m.taxCode());
            known.add(m.ruleId());
        }
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < scenario.withoutMeasures().size(); i++) {
            String name = scenario.withoutMeasures().get(i);
            if (name == null || !known.contains(name)) {
                v.add(new FieldViolation("scenario.withoutMeasures[" + i + "]", "UNKNOWN_MEASURE",
                        "'" + name + "' is neither a tax code of a loaded measure nor a measure rule id"));
            }
        }
        if (!v.isEmpty()) {
            throw new ProblemException(400, "UNKNOWN_MEASURE", "Unknown measure",
                    v.size() + " measure(s) to leave out are unknown", v);
        }
        Set<String> without = Set.copyOf(scenario.withoutMeasures());
        List<Measure> rows = new ArrayList<>();
        for (Measure m : current.all()) {
            if (!without.contains(m.taxCode()) && !without.contains(m.ruleId())) {
                rows.add(m);
            }
        }
        rows.addAll(scenario.withMeasures());
        MeasureBook book = new MeasureBook(rows);
        return new Engines(new AssessmentEngine(catalogue, exchangeRates, measures::current),
                new AssessmentEngine(catalogue, exchangeRates, () -> book), scenario.date());
    }

    /** The actual and the scenario assessment of one declaration, compared. */
    public WhatIfResult compare(AssessmentRequest request, Scenario scenario) {
        Engines engines = engines(scenario);
        Assessment actual = prefixed("request.", () -> engines.actual().assess(request));
        Assessment other = prefixed("scenario.", () -> engines.assessScenario(request));
        return WhatIfResult.of(actual, other);
    }

    static AssessmentRequest withDate(AssessmentRequest r, LocalDate date) {
        return new AssessmentRequest(r.authority(), r.operation(), r.type(), r.regime(), r.customsOffice(), date,
                r.exportDate(), r.exchangeRate(), r.currency(), r.freight(), r.insurance(), r.otherIncrementables(),
                r.identifiers(), r.ivaIepsGuarantee(), r.informalPreparation(), r.lines());
    }

    /** A problem of the request (or of its scenario) with field paths under {@code prefix}. */
    private static Assessment prefixed(String prefix, java.util.function.Supplier<Assessment> assess) {
        try {
            return assess.get();
        } catch (ProblemException e) {
            List<FieldViolation> v = e.violations().stream()
                    .map(f -> new FieldViolation(f.field() == null || f.field().isEmpty() ? prefix.substring(0, prefix.length() - 1)
                            : prefix + f.field(), f.code(), f.message()))
                    .toList();
            throw new ProblemException(e.status(), e.code(), e.title(), e.getMessage(), v);
        }
    }
}
