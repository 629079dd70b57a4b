/**
 * Operators' compliance scores: {@link io.jointclear.operators.score.ComplianceScores} is what other modules (the
 * console; risk through its port {@link io.jointclear.risk.PartyScores}) use. See docs/operators.md "Compliance score".
 */
@org.springframework.modulith.NamedInterface("score")
package io.jointclear.operators.score;
