package io.jointclear.tariff.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.reassessment.WhatIf;
import io.jointclear.tariff.reassessment.WhatIfResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a declaration would owe under another date or another set of measures. Nothing is stored. */
@RestController
@RequestMapping("/api/v1/assessments/what-if")
@Tag(name = "What-if", description = "A declaration assessed as the law stands and under a scenario, compared")
class WhatIfController {

    /** At most this many measure rows may be added by one scenario. */
    static final int MAX_ADDED_MEASURES = 100;

    private final WhatIf whatIf;
    private final MessageSource messages;

    WhatIfController(WhatIf whatIf, MessageSource messages) {
        this.whatIf = whatIf;
        this.messages = messages;
    }

    record ScenarioBody(LocalDate date, List<String> withoutMeasures, List<MeasureBody> withMeasures) {
    }

    record WhatIfBody(DeclarationBody request, ScenarioBody scenario) {
    }

    @PostMapping
    @Operation(summary = "Actual and scenario totals per tax code and per line, and their difference",
            description = "scenario.date replaces the governing date (null keeps it); withoutMeasures names tax codes "
                    + "(IEEPA, S122 …) or measure rule ids to leave out (unknown → 400 UNKNOWN_MEASURE); withMeasures "
                    + "adds measure rows in the shape of POST /api/v1/tariff/measures.")
    WhatIfResult whatIf(@RequestBody WhatIfBody body, Locale locale) {
        if (body == null || body.request() == null) {
            throw new ProblemException(400, "REQUIRED", "Request required", "request is required",
                    List.of(new FieldViolation("request", "REQUIRED", "the declaration to assess is required")));
        }
        return AssessmentWording.worded(whatIf.compare(RefundController.toRequest(body.request(), "request."),
                scenario(body.scenario())), messages, locale);
    }

    static WhatIf.Scenario scenario(ScenarioBody s) {
        if (s == null) {
            throw new ProblemException(400, "REQUIRED", "Scenario required", "scenario is required",
                    List.of(new FieldViolation("scenario", "REQUIRED", "the scenario is required")));
        }
        List<MeasureBody> added = s.withMeasures() == null ? List.of() : s.withMeasures();
        if (added.size() > MAX_ADDED_MEASURES) {
            throw new ProblemException(400, "TOO_MANY_MEASURES", "Too many measures", "at most " + MAX_ADDED_MEASURES,
                    List.of(new FieldViolation("scenario.withMeasures", "TOO_MANY_MEASURES", "at most " + MAX_ADDED_MEASURES)));
        }
        List<Measure> rows = new ArrayList<>(added.size());
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            String prefix = "scenario.withMeasures[" + i + "]";
            MeasureBody b = added.get(i);
            if (b == null || b.ruleId() == null || b.ruleId().isBlank()) {
                v.add(new FieldViolation(prefix + ".ruleId", "REQUIRED", "ruleId is required"));
                continue;
            }
            try {
                rows.add(MeasureController.toMeasure(b, b.ruleId()));
            } catch (ProblemException e) {
                e.violations().forEach(f -> v.add(new FieldViolation(prefix + "." + f.field(), f.code(), f.message())));
            }
        }
        if (!v.isEmpty()) {
            throw new ProblemException(400, "INVALID_MEASURE", "Invalid measure",
                    v.size() + " field(s) of the added measures are missing or invalid", v);
        }
        return new WhatIf.Scenario(s.date(), s.withoutMeasures(), rows);
    }
}
