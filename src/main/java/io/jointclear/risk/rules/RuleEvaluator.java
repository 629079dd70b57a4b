package io.jointclear.risk.rules;

import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Applies rules to the facts of one declaration's lines: each rule hits at most once, on its first matching line. */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    public static List<RuleHit> hits(List<RiskRule> rules, Authority authority, Instant at, List<RuleFacts> lines) {
        List<RuleHit> hits = new ArrayList<>();
        for (RiskRule rule : rules) {
            if (!rule.appliesTo(authority, at)) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (matches(rule, lines.get(i))) {
                    hits.add(new RuleHit(rule, i + 1));
                    break;
                }
            }
        }
        return hits;
    }

    public static boolean matches(RiskRule rule, RuleFacts facts) {
        for (RuleClause clause : rule.when()) {
            if (!clause.holds(facts.get(clause.attribute()))) {
                return false;
            }
        }
        return true;
    }
}
