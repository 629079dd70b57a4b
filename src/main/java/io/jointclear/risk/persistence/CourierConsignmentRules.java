package io.jointclear.risk.persistence;

import io.jointclear.risk.Lane;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.rules.RuleClause;
import io.jointclear.risk.rules.RuleClause.Operator;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The first rules for courier consignments (issue 15), written as data at start-up when no version of them exists:
 * an administrator changes or retires them like any rule, and a retired rule is not written again. They apply only
 * to consignments the courier module flagged ({@code courierFlag} present); the minimum random rate and the
 * capacity-calibrated score lane of the consignment channel do the rest.
 */
@Component
class CourierConsignmentRules {

    static final String AUTHOR = "courier-defaults";

    static final List<RiskRule> DEFAULTS = List.of(
            rule("COURIER_TAX_AT_STAKE", "Flagged courier consignment with at least USD 10 of contributions at stake",
                    List.of(clause("courierFlag", Operator.PRESENT), clause("taxAtStakeUsd", Operator.GTE, "10")), null, Lane.RED),
            rule("COURIER_ORIGIN_OR_PERMITS", "Courier consignment with a false USMCA origin or goods that need permits (RRNA)",
                    List.of(clause("courierFlag", Operator.IN, "FALSE_ORIGIN", "RRNA_UNDER_GLOBAL_RATE")), null, Lane.RED),
            rule("COURIER_FLAGGED", "Courier consignment flagged by irregularity detection",
                    List.of(clause("courierFlag", Operator.PRESENT)), 1.0, null));

    CourierConsignmentRules(JdbcRuleStore rules) {
        for (RiskRule rule : DEFAULTS) {
            if (rules.latest(rule.ruleId()).isEmpty()) {
                try {
                    rules.insert(rule);
                } catch (DuplicateKeyException e) {
                    // another instance wrote it at the same start-up
                }
            }
        }
    }

    private static RiskRule rule(String id, String description, List<RuleClause> when, Double weight, Lane lane) {
        return new RiskRule(id, 1, null, description, when, weight, lane, null, null, AUTHOR, RiskRule.Status.ACTIVE);
    }

    private static RuleClause clause(String attribute, Operator operator, String... values) {
        return new RuleClause(attribute, operator, List.of(values));
    }
}
