package io.jointclear.clearance;

import io.jointclear.shared.Authority;
import java.util.Map;

/**
 * What an officer may do on a crossing for their authority now — record the arrival, each decision —
 * each with the refusal the action would get, computed by the rules that refuse it
 * ({@code CrossingStateMachine}, {@code DecisionPolicy}), so a screen never offers a dead end.
 *
 * @param latest the authority's latest decision, null when it has decided nothing yet
 */
public record CrossingActions(Authority authority, Decision latest, ActionOption arrival,
                              Map<Decision, ActionOption> decisions) {

    public CrossingActions {
        decisions = Map.copyOf(decisions);
    }

    public ActionOption decision(Decision decision) {
        return decisions.get(decision);
    }
}
