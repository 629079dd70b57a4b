package io.jointclear.inspection;

import io.jointclear.clearance.ActionOption;
import java.util.List;

/**
 * What an officer may do in a crossing's joint inspection now, each step with the refusal it would
 * get, from the rules {@link Inspections#join}, {@link Inspections#recordFinding} and
 * {@link Inspections#end} apply.
 *
 * @param lines the lines of the officer's own authority's declaration a finding may name (1-based)
 */
public record InspectionActions(ActionOption join, ActionOption recordFinding, ActionOption end, List<Line> lines) {

    public InspectionActions {
        lines = List.copyOf(lines);
    }

    /** A declaration line a finding may concern: its number, tariff code and description. */
    public record Line(int number, String tariffCode, String description) {
    }
}
