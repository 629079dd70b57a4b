package io.jointclear.risk.model;

/**
 * The probability with which the lane policy sends a declaration to inspection, as it stood when the
 * declaration was decided: 1 when a rule forces RED or the score reaches the RED threshold; otherwise the
 * minimum random rate plus, while exploration is owed, the exploration draw among the rest. Inspection
 * outcomes are weighted by its inverse so that random and exploration picks stand for the many declarations
 * the policy did not look at (docs/risk.md §3.2).
 */
public final class InspectionPropensity {

    /** Weights are capped at this value (propensity floor 1/20): one random pick never outweighs 20 targeted ones. */
    public static final double MAX_WEIGHT = 20;

    private InspectionPropensity() {
    }

    /**
     * @param randomRate   the authority's minimum random rate
     * @param targeted     a rule or the score sends it to RED whatever the draws
     * @param exploring    exploration was owed when it was decided
     * @param explorationDraw the chance an owed exploration picks a declaration
     */
    public static double of(double randomRate, boolean targeted, boolean exploring, double explorationDraw) {
        if (targeted) {
            return 1;
        }
        double p = randomRate + (1 - randomRate) * (exploring ? explorationDraw : 0);
        return Math.clamp(p, 1e-6, 1);
    }

    /** The clipped inverse-propensity weight of an inspected declaration; unknown propensity (old rows) weighs 1. */
    public static double weight(Double propensity) {
        if (propensity == null || propensity <= 0) {
            return 1;
        }
        return Math.min(MAX_WEIGHT, 1 / propensity);
    }
}
