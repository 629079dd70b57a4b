package io.jointclear.risk.admin;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.risk.Lane;
import io.jointclear.risk.model.CustomsDeclarationCsv;
import io.jointclear.risk.model.CustomsDeclarationRow;
import io.jointclear.risk.model.FraudModel;
import io.jointclear.risk.model.FraudModelEvaluation;
import io.jointclear.risk.model.RankingMetrics;
import io.jointclear.risk.persistence.JdbcModelVersions;
import io.jointclear.risk.persistence.JdbcRuleStore;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.rules.RuleClause;
import io.jointclear.risk.rules.RuleFacts;
import io.jointclear.risk.selection.SelectivityAnalysis;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administration of risk targeting: rule versions (ADMIN only, every change audited in the same
 * transaction), replay of candidate rules over history, and model versions with their metrics.
 */
@Service
public class RiskAdministration {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final java.util.Set<RuleClause.Operator> NUMERIC = java.util.EnumSet.of(
            RuleClause.Operator.GT, RuleClause.Operator.GTE, RuleClause.Operator.LT, RuleClause.Operator.LTE);

    private final JdbcRuleStore rules;
    private final JdbcModelVersions models;
    private final SelectivityAnalysis analysis;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RiskAdministration(JdbcRuleStore rules, JdbcModelVersions models, SelectivityAnalysis analysis, AuditLog audit,
                       TransactionTemplate transactions, Clock clock) {
        this.rules = rules;
        this.models = models;
        this.analysis = analysis;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<RiskRule> rules(String ruleId) {
        return ruleId == null ? rules.all() : rules.versions(ruleId);
    }

    /** Saves the body as the next version of its rule (version 1 if new). */
    public RiskRule save(RuleBody body, Actor actor) {
        requireAdmin(actor);
        RiskRule candidate = toRule(body, actor, 0);
        return transactions.execute(tx -> {
            int next = rules.latest(candidate.ruleId()).map(r -> r.version() + 1).orElse(1);
            RiskRule saved = candidate.withVersion(next, actor.username());
            rules.insert(saved);
            audited(actor, saved, "SAVED", body.reason());
            return saved;
        });
    }

    /** Retires a rule: a new version with status RETIRED, so history keeps what was in force. */
    public RiskRule retire(String ruleId, String reason, Actor actor) {
        requireAdmin(actor);
        return transactions.execute(tx -> {
            RiskRule latest = rules.latest(ruleId).orElseThrow(() -> new ProblemException(404, "UNKNOWN_RISK_RULE",
                    "Unknown risk rule", "no risk rule " + ruleId));
            RiskRule retired = latest.withVersion(latest.version() + 1, actor.username()).withStatus(RiskRule.Status.RETIRED);
            rules.insert(retired);
            audited(actor, retired, "RETIRED", reason);
            return retired;
        });
    }

    /** Replays candidate rules (not saved) over the journalled selections in [from, to). */
    public SelectivityAnalysis.ReplayReport replay(List<RuleBody> candidates, Instant from, Instant to, Actor actor) {
        if (!actor.hasAnyRole("ADMIN", "ANALYST")) {
            throw forbidden("Only an administrator or analyst replays rules");
        }
        if (candidates == null || candidates.isEmpty()) {
            throw invalid(List.of(new FieldViolation("rules", "REQUIRED", "at least one candidate rule is required")));
        }
        List<RiskRule> rs = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            try {
                rs.add(toRule(candidates.get(i), actor, 0).withStatus(RiskRule.Status.ACTIVE));
            } catch (ProblemException e) {
                String at = "rules[" + i + "].";
                throw e.violations().isEmpty() ? e : new ProblemException(e.status(), e.code(), e.title(), e.getMessage(),
                        e.violations().stream().map(v -> new FieldViolation(at + v.field(), v.code(), v.message())).toList());
            }
        }
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(java.time.Duration.ofDays(90)) : from;
        return analysis.replay(rs, start, end);
    }

    /**
     * Trains the fraud model on the shipped declarations (first 12 months), measures it on the next 3
     * months and stores the version with its metrics.
     */
    public JdbcModelVersions.ModelVersion trainOnCustomsDataset(long seed, Actor actor) {
        requireAdmin(actor);
        List<CustomsDeclarationRow> train = CustomsDeclarationCsv.readResource("df_syn_train_eng.csv");
        List<CustomsDeclarationRow> test = CustomsDeclarationCsv.readResource("df_syn_valid_eng.csv");
        FraudModel model = FraudModel.train(train, seed);
        FraudModelEvaluation.Result result = FraudModelEvaluation.evaluate(model, train.size(), test, 0);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (int i = 0; i < result.rates().length; i++) {
            int n = (int) result.rates()[i];
            metrics.put("precision@" + n + "%", round(result.precision()[i]));
            metrics.put("revenue@" + n + "%", round(result.revenue()[i]));
        }
        metrics.put("auc", round(result.auc()));
        String json = metrics.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}");
        return transactions.execute(tx -> {
            var version = models.store("customs-fraud-gbdt", "xgboost4j 3.4.0 binary:logistic", seed,
                    model.settings().toString(), "df_syn_train_eng.csv (" + train.size() + " rows); measured on df_syn_valid_eng.csv ("
                            + test.size() + " rows)", json, actor.username(), clock.instant(), model.trees().bytes());
            audit.append(AuditEntry.of(actor, "RISK_MODEL_TRAINED", "RISK_MODEL", version.name() + "/" + version.version(), null,
                    Map.of("precisionAt5", round(result.precisionAt(5)), "seed", seed)));
            return version;
        });
    }

    public List<JdbcModelVersions.ModelVersion> models() {
        return models.all();
    }

    private void audited(Actor actor, RiskRule rule, String change, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("change", change);
        details.put("version", rule.version());
        details.put("status", rule.status());
        details.put("rule", abbreviate(rule.text(), 1500));
        details.put("validFrom", String.valueOf(rule.validFrom()));
        details.put("validTo", String.valueOf(rule.validTo()));
        details.put("reason", reason == null ? "" : abbreviate(reason, 500));
        audit.append(AuditEntry.of(actor, "RISK_RULE_CHANGED", "RISK_RULE", rule.ruleId(), rule.authority(), details));
    }

    RiskRule toRule(RuleBody body, Actor actor, int version) {
        List<FieldViolation> problems = new ArrayList<>();
        if (body == null) {
            throw invalid(List.of(new FieldViolation("body", "REQUIRED", "a rule is required")));
        }
        if (body.ruleId() == null || !RULE_ID.matcher(body.ruleId()).matches()) {
            problems.add(new FieldViolation("ruleId", "INVALID", "ruleId must be UPPER_SNAKE_CASE, 2–64 characters"));
        }
        if (body.description() == null || body.description().isBlank()) {
            problems.add(new FieldViolation("description", "REQUIRED", "a description for the officer is required"));
        }
        Authority authority = null;
        if (body.authority() != null && !body.authority().isBlank()) {
            try {
                authority = Authority.valueOf(body.authority().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldViolation("authority", "INVALID", "authority must be MX, US or absent (both)"));
            }
        }
        Lane lane = null;
        if (body.lane() != null && !body.lane().isBlank()) {
            try {
                lane = Lane.valueOf(body.lane().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldViolation("lane", "INVALID", "lane must be GREEN, YELLOW or RED"));
            }
        }
        if (lane == null && body.weight() == null) {
            problems.add(new FieldViolation("effect", "REQUIRED", "a rule needs a weight, a lane or both"));
        }
        if (body.weight() != null && (body.weight().isNaN() || Math.abs(body.weight()) > 100)) {
            problems.add(new FieldViolation("weight", "INVALID", "weight must be within ±100"));
        }
        if (body.validFrom() != null && body.validTo() != null && !body.validFrom().isBefore(body.validTo())) {
            problems.add(new FieldViolation("validTo", "INVALID", "validTo must be after validFrom"));
        }
        List<RuleClause> when = body.when() == null ? List.of() : body.when();
        if (when.isEmpty()) {
            problems.add(new FieldViolation("when", "REQUIRED", "at least one condition is required"));
        }
        for (int i = 0; i < when.size(); i++) {
            RuleClause c = when.get(i);
            if (c == null || c.attribute() == null || !RuleFacts.ATTRIBUTES.contains(c.attribute())) {
                problems.add(new FieldViolation("when[" + i + "].attribute", "UNKNOWN_ATTRIBUTE",
                        "attribute must be one of " + RuleFacts.ATTRIBUTES));
                continue;
            }
            if (c.operator() == null) {
                problems.add(new FieldViolation("when[" + i + "].operator", "REQUIRED", "operator is required"));
                continue;
            }
            boolean needsValues = c.operator() != RuleClause.Operator.PRESENT && c.operator() != RuleClause.Operator.ABSENT;
            if (needsValues && c.values().isEmpty()) {
                problems.add(new FieldViolation("when[" + i + "].values", "REQUIRED", c.operator() + " needs values"));
            }
            if (NUMERIC.contains(c.operator())) {
                for (String v : c.values()) {
                    try {
                        new BigDecimal(v);
                    } catch (NumberFormatException | NullPointerException e) {
                        problems.add(new FieldViolation("when[" + i + "].values", "NOT_A_NUMBER", c.operator() + " compares numbers: " + v));
                    }
                }
            }
        }
        RiskRule.Status status = RiskRule.Status.DRAFT;
        if (body.status() != null && !body.status().isBlank()) {
            try {
                status = RiskRule.Status.valueOf(body.status().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldViolation("status", "INVALID", "status must be DRAFT, ACTIVE or RETIRED"));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new RiskRule(body.ruleId(), version, authority, body.description(), when, body.weight(), lane,
                body.validFrom(), body.validTo(), actor.username(), status);
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.hasRole("ADMIN")) {
            throw forbidden("Only an administrator changes risk rules and models");
        }
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(403, "FORBIDDEN", "Forbidden", detail);
    }

    static ProblemException invalid(List<FieldViolation> problems) {
        return new ProblemException(422, "INVALID_RISK_RULE", "Invalid risk rule",
                problems.size() + " problem(s) in the rule", problems);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
