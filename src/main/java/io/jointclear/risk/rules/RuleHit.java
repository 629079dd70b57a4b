package io.jointclear.risk.rules;

/** A rule that held for a declaration, with the line (1-based, 0 = declaration level) it held on. */
public record RuleHit(RiskRule rule, int line) {
}
