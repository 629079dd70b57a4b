package io.jointclear.risk.web;

import io.jointclear.risk.RiskOutcomes;
import io.jointclear.risk.admin.PlatformModels;
import io.jointclear.risk.admin.RiskAdministration;
import io.jointclear.risk.admin.RuleBody;
import io.jointclear.risk.persistence.JdbcModelVersions;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.selection.SelectivityAnalysis;
import io.jointclear.risk.valuecontrol.UnitValueReference;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Risk rules as versioned data, their replay, value references, inspection outcomes and model versions. */
@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "Risk and selectivity", description = "Targeting rules, value control, outcomes and model versions")
class RiskController {

    private final RiskAdministration admin;
    private final SelectivityAnalysis analysis;
    private final RiskOutcomes outcomes;
    private final PlatformModels platformModels;
    private final io.jointclear.risk.Drift drift;
    private final java.time.Clock clock;

    RiskController(RiskAdministration admin, SelectivityAnalysis analysis, RiskOutcomes outcomes, PlatformModels platformModels,
                   io.jointclear.risk.Drift drift, java.time.Clock clock) {
        this.drift = drift;
        this.clock = clock;
        this.admin = admin;
        this.platformModels = platformModels;
        this.analysis = analysis;
        this.outcomes = outcomes;
    }

    /** A rule version with its readable text. */
    record RuleView(String ruleId, int version, Authority authority, String description, String text,
                    List<io.jointclear.risk.rules.RuleClause> when, Double weight, String lane, Instant validFrom,
                    Instant validTo, String author, String status) {
        static RuleView of(RiskRule r) {
            return new RuleView(r.ruleId(), r.version(), r.authority(), r.description(), r.text(), r.when(), r.weight(),
                    r.lane() == null ? null : r.lane().name(), r.validFrom(), r.validTo(), r.author(), r.status().name());
        }
    }

    @GetMapping("/rules")
    @Operation(summary = "Every version of every rule (or of one rule), newest first")
    List<RuleView> rules(@RequestParam(required = false) String ruleId, Actor actor) {
        requireOfficial(actor);
        return admin.rules(ruleId).stream().map(RuleView::of).toList();
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save the next version of a rule (ADMIN); audited as RISK_RULE_CHANGED")
    RuleView save(@RequestBody RuleBody body, Actor actor) {
        return RuleView.of(admin.save(body, actor));
    }

    record RetireBody(String reason) {
    }

    @PostMapping("/rules/{ruleId}/retire")
    @Operation(summary = "Retire a rule (ADMIN): a new RETIRED version")
    RuleView retire(@PathVariable String ruleId, @RequestBody(required = false) RetireBody body, Actor actor) {
        return RuleView.of(admin.retire(ruleId, body == null ? null : body.reason(), actor));
    }

    record ReplayBody(List<RuleBody> rules, Instant from, Instant to) {
    }

    @PostMapping("/rules/replay")
    @Operation(summary = "Replay candidate rules over the journalled selections: hit rate, expected inspections, precision on labelled outcomes")
    SelectivityAnalysis.ReplayReport replay(@RequestBody ReplayBody body, Actor actor) {
        return admin.replay(body == null ? null : body.rules(), body == null ? null : body.from(), body == null ? null : body.to(), actor);
    }

    @GetMapping("/value-references")
    @Operation(summary = "Reference unit values learned from accepted declarations (one HS6/origin/unit, or all)")
    List<UnitValueReference> references(@RequestParam(required = false) String hs, @RequestParam(required = false) String origin,
                                        @RequestParam(required = false) String unit, Actor actor) {
        requireOfficial(actor);
        if (hs == null) {
            return analysis.references();
        }
        return analysis.reference(hs, origin, unit).map(List::of).orElse(List.of());
    }

    @GetMapping("/thresholds")
    @Operation(summary = "Current calibrated score thresholds per authority")
    Map<String, Map<String, Double>> thresholds(Actor actor) {
        requireOfficial(actor);
        double[] mx = analysis.thresholds(Authority.MX);
        double[] us = analysis.thresholds(Authority.US);
        return Map.of("MX", Map.of("yellow", mx[0], "red", mx[1]), "US", Map.of("yellow", us[0], "red", us[1]));
    }

    /** An inspection outcome; {@code recovered} (optional) is what its findings recovered, in the authority's currency. */
    record OutcomeBody(UUID crossingId, Authority authority, Boolean hit, java.math.BigDecimal recovered) {
    }

    /** Recovered amounts above this are refused as implausible (a magnitude limit, not a tariff figure). */
    private static final java.math.BigDecimal MAX_RECOVERED = new java.math.BigDecimal("1000000000000");

    @PostMapping("/outcomes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Record an inspection outcome (officer of that authority or ADMIN)")
    void outcome(@RequestBody OutcomeBody body, Actor actor) {
        if (body == null || body.crossingId() == null || body.authority() == null || body.hit() == null) {
            throw new ProblemException(400, "INVALID_REQUEST", "Invalid request", "crossingId, authority and hit are required",
                    List.of(new FieldViolation("outcome", "REQUIRED", "crossingId, authority (MX|US) and hit are required")));
        }
        if (!actor.isOfficerOf(body.authority()) && !actor.hasRole("ADMIN")) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only an officer of " + body.authority() + " records its outcomes");
        }
        if (body.recovered() != null && (body.recovered().signum() < 0 || body.recovered().compareTo(MAX_RECOVERED) > 0
                || body.recovered().scale() > 2)) {
            throw new ProblemException(400, "INVALID_REQUEST", "Invalid request", "recovered is an amount from 0 to 10^12 with at most 2 decimals",
                    List.of(new FieldViolation("recovered", "AMOUNT_OUT_OF_RANGE", "recovered is an amount from 0 to 10^12 with at most 2 decimals")));
        }
        if (body.recovered() != null && body.recovered().signum() > 0 && !body.hit()) {
            throw new ProblemException(400, "INVALID_REQUEST", "Invalid request", "an inspection without a finding recovers nothing",
                    List.of(new FieldViolation("recovered", "RECOVERED_WITHOUT_HIT", "an inspection without a finding recovers nothing")));
        }
        outcomes.recordOutcome(body.crossingId(), body.authority(), body.hit());
        if (body.recovered() != null) {
            outcomes.recordRecovery(body.crossingId(), body.authority(), body.recovered());
        }
    }

    @GetMapping("/models")
    @Operation(summary = "Model versions with the metrics they were measured at")
    List<JdbcModelVersions.ModelVersion> models(Actor actor) {
        requireOfficial(actor);
        return admin.models();
    }

    @PostMapping("/models/customs-dataset")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Train the fraud model on the shipped declarations and store the version with its metrics (ADMIN)")
    JdbcModelVersions.ModelVersion train(@RequestParam(defaultValue = "42") long seed, Actor actor) {
        return admin.trainOnCustomsDataset(seed, actor);
    }

    @PostMapping("/models/platform")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Train the selectivity model on the journal's inspection outcomes and activate it (ADMIN); 422 below the label minimum")
    JdbcModelVersions.ModelVersion trainPlatform(Actor actor) {
        return platformModels.trainAndActivate(actor);
    }

    @PostMapping("/models/platform/deactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop using the learned model in live selectivity (ADMIN): rules only")
    void deactivatePlatform(Actor actor) {
        platformModels.deactivate(actor);
    }

    @PostMapping("/models/platform/challenge")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Retrain on the journal and activate the new version only if it beats the active one on the last weeks (ADMIN)")
    PlatformModels.Challenged challengePlatform(Actor actor) {
        return platformModels.challenge(actor);
    }

    @GetMapping("/models/challenges")
    @Operation(summary = "Champion/challenger decisions with both models' figures, newest first (officials)")
    List<JdbcModelVersions.Challenge> challenges(Actor actor) {
        requireOfficial(actor);
        return platformModels.challenges();
    }

    @GetMapping("/drift")
    @Operation(summary = "Weekly drift by HS chapter x origin x port pair: PSI of risk scores and hit rate against the baseline weeks (officials)")
    io.jointclear.risk.Drift.Report drift(@RequestParam(required = false)
                                          @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                          java.time.LocalDate week, Actor actor) {
        requireOfficial(actor);
        return drift.report(weekOrLast(week));
    }

    @PostMapping("/drift/check")
    @Operation(summary = "Measure a week's drift now and store its alerts (ANALYST or ADMIN); answers the week's alerts")
    List<io.jointclear.risk.Drift.Alert> checkDrift(@RequestParam(required = false)
                                                    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                                    java.time.LocalDate week, Actor actor) {
        if (!actor.hasAnyRole("ADMIN", "ANALYST")) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only an analyst or an administrator runs the drift check");
        }
        return drift.check(weekOrLast(week));
    }

    @GetMapping("/drift/alerts")
    @Operation(summary = "Stored drift alerts from a week on, newest first (officials)")
    List<io.jointclear.risk.Drift.Alert> driftAlerts(@RequestParam(required = false)
                                                     @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                                     java.time.LocalDate from,
                                                     @RequestParam(defaultValue = "100") int limit, Actor actor) {
        requireOfficial(actor);
        if (limit < 1 || limit > 500) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Invalid list parameter", "limit is from 1 to 500",
                    List.of(new FieldViolation("limit", "INVALID_LIST_PARAMETER", "limit is from 1 to 500")));
        }
        return drift.alerts(from == null ? today().minusWeeks(12) : checkedDate(from, "from"), limit);
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    /** The week asked for, or the last complete one. */
    private java.time.LocalDate weekOrLast(java.time.LocalDate week) {
        return week == null ? today().minusWeeks(1) : checkedDate(week, "week");
    }

    private static java.time.LocalDate checkedDate(java.time.LocalDate date, String field) {
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new ProblemException(400, "DATE_OUT_OF_RANGE", "Date out of range", field + " is a date from 2000 to 2100",
                    List.of(new FieldViolation(field, "DATE_OUT_OF_RANGE", field + " is a date from 2000 to 2100")));
        }
        return date;
    }

    private static void requireOfficial(Actor actor) {
        if (!actor.hasAnyRole("ADMIN", "ANALYST", "AUDITOR", "OFFICER_MX", "OFFICER_US")) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Risk rules and references are for officials");
        }
    }
}
