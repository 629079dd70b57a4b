package io.jointclear.risk.rules;

import java.util.List;

/** The rules selection runs with: the latest ACTIVE version of every rule (validity is checked per selection). */
public interface RuleSource {

    List<RiskRule> activeRules();

    /** Version stamp of the rule set, written into every selection's policy for replay. */
    long ruleSetVersion();

    static RuleSource of(List<RiskRule> rules) {
        List<RiskRule> copy = List.copyOf(rules);
        return new RuleSource() {
            @Override
            public List<RiskRule> activeRules() {
                return copy;
            }

            @Override
            public long ruleSetVersion() {
                return 0;
            }
        };
    }
}
