/**
 * Risk targeting and selectivity: which crossings each authority stops, in which lane, and why.
 * Rules are versioned data (schema {@code risk}), value control learns reference unit values from
 * accepted history, a learned score ranks declarations, and lanes are calibrated to each authority's
 * inspection capacity with a minimum random rate and an exploration share. Every selection carries
 * its explanation. Other modules call {@link io.jointclear.risk.Selectivity} and
 * {@link io.jointclear.risk.RiskOutcomes}; {@link io.jointclear.risk.RiskEvaluation} is the offline
 * evaluation command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk and selectivity",
        allowedDependencies = {"audit", "shared"})
package io.jointclear.risk;
