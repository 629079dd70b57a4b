package io.jointclear.console.officer;

import io.jointclear.clearance.ActionOption;
import io.jointclear.clearance.CrossingActions;
import io.jointclear.clearance.Decision;
import io.jointclear.inspection.InspectionActions;
import io.jointclear.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the officer's page offers, taken from the modules' own answers ({@link CrossingActions} from
 * clearance, {@link InspectionActions} from the joint inspection): every action is shown as open only
 * when the rule that would refuse it says it is open, and a refused one carries that rule's reason.
 *
 * @param arrival          recording the arrival
 * @param decisions        one choice per decision, in the order of {@link Decision}
 * @param decisionsClosed  the reason no decision can be recorded at all (the crossing's state), or null
 * @param myDecision       the last decision of the officer's authority, or null
 * @param releaseBlockedBy what the authority's own assessment still lacks (code: message), empty when nothing
 */
public record OfficerActions(Choice arrival, List<DecisionChoice> decisions, Choice decisionsClosed, String myDecision,
                             List<String> releaseBlockedBy, Choice join, Choice recordFinding, Choice end,
                             List<InspectionActions.Line> lines) {

    /** Refusal codes the console explains in the officer's language ({@code refusal.<CODE>}). */
    static final Set<String> EXPLAINED = Set.of("INVALID_TRANSITION", "INSPECTION_REQUIRED", "ASSESSMENT_PENDING",
            "NO_INSPECTION", "INSPECTION_COMPLETED", "ALREADY_JOINED", "CROSSING_CLOSED", "INSPECTION_NOT_FOUND",
            "INSPECTION_NOT_RUNNING", "ALREADY_DECIDED");

    /** Decisions and steps that cannot be undone lightly: the console asks for a confirmation first. */
    static final Set<Decision> CONFIRMED = Set.of(Decision.HOLD, Decision.SEIZE);

    static final List<String> FINDING_KINDS = List.of("NONE", "QUANTITY", "VALUE", "CLASSIFICATION", "ORIGIN",
            "UNDECLARED_GOODS", "PROHIBITED_GOODS", "DOCUMENTS");

    /**
     * An action open or not.
     *
     * @param reasonKey message key explaining a refusal ({@code refusal.<CODE>} or {@code refusal.OTHER}), null when open
     * @param reason    the module's own text of the refusal (English), for a code the console does not explain
     */
    public record Choice(boolean allowed, String reasonKey, String reason) {

        static Choice of(ActionOption option) {
            if (option.allowed()) {
                return new Choice(true, null, null);
            }
            return new Choice(false, EXPLAINED.contains(option.code()) ? "refusal." + option.code() : "refusal.OTHER",
                    option.reason());
        }
    }

    /** One decision button: open, or disabled with why; {@code confirm} when the page asks before recording it. */
    public record DecisionChoice(String decision, boolean allowed, String reasonKey, String reason, boolean confirm) {
    }

    static OfficerActions of(CrossingActions crossing, InspectionActions inspection) {
        Decision latest = crossing.latest();
        List<DecisionChoice> decisions = new ArrayList<>();
        boolean anyOpenOrExplained = false;
        for (Decision d : Decision.values()) {
            ActionOption option = crossing.decision(d);
            // the same decision again changes nothing: shown as already taken rather than as a button that does nothing
            Choice choice = option.allowed() && d == latest
                    ? new Choice(false, "refusal.ALREADY_DECIDED", null) : Choice.of(option);
            anyOpenOrExplained |= !"INVALID_TRANSITION".equals(option.code());
            decisions.add(new DecisionChoice(d.name(), choice.allowed(), choice.reasonKey(), choice.reason(),
                    CONFIRMED.contains(d)));
        }
        Choice closed = anyOpenOrExplained ? null : Choice.of(crossing.decision(Decision.RELEASE));
        List<String> missing = new ArrayList<>();
        for (FieldViolation v : crossing.decision(Decision.RELEASE).missing()) {
            missing.add(v.code() + ": " + v.message());
        }
        return new OfficerActions(Choice.of(crossing.arrival()), closed == null ? decisions : List.of(), closed,
                latest == null ? null : latest.name(), List.copyOf(missing), Choice.of(inspection.join()),
                Choice.of(inspection.recordFinding()), Choice.of(inspection.end()), inspection.lines());
    }

    /** Whether Release is refused only for the authority's own pending assessment (the page lists what is missing). */
    public boolean releaseBlocked() {
        return !releaseBlockedBy.isEmpty();
    }
}
