package io.jointclear.console;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.inspection.InspectionView;
import io.jointclear.shared.Authority;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an open crossing is waiting for, said to officers and traders alike: an authority that released
 * while the other has not (or holds), an authority that holds, the officers a joint inspection still
 * needs, an inspection under way, the decisions still due once the lanes are chosen or the inspection
 * has ended. Facts of the case only (latest decisions, inspection milestones), never who may do what.
 */
public final class WaitingHints {

    private WaitingHints() {
    }

    /**
     * One hint: a message key with the authorities it names ({@code authority.<X>} texts).
     *
     * @param other the second authority named, or null
     */
    public record Hint(String key, String authority, String other) {
    }

    /** A decision as both views give it: authority and what it decided, in the order recorded. */
    public record DecisionFact(String authority, Decision decision) {
    }

    public static List<Hint> of(CrossingStatus status, List<DecisionFact> decisions, boolean inspectionRequired,
                                Optional<InspectionView> inspection) {
        List<Hint> hints = new ArrayList<>();
        if (status.isFinal() || status == CrossingStatus.FILED) {
            return hints;
        }
        boolean ended = inspection.map(i -> i.endedAt() != null).orElse(false);
        if (inspectionRequired && !ended) {
            inspection(inspection, hints);
        }
        Map<Authority, Decision> latest = new EnumMap<>(Authority.class);
        for (DecisionFact d : decisions) {
            latest.put(Authority.valueOf(d.authority()), d.decision());
        }
        boolean inspectionPending = inspectionRequired && !ended;
        for (Authority a : Authority.values()) {
            Authority other = a == Authority.MX ? Authority.US : Authority.MX;
            if (latest.get(a) == Decision.RELEASE && latest.get(other) != Decision.RELEASE) {
                hints.add(new Hint(latest.get(other) == Decision.HOLD ? "hint.releasedHeld" : "hint.releasedWaiting",
                        a.name(), other.name()));
            } else if (latest.get(a) == Decision.HOLD && latest.get(other) != Decision.RELEASE) {
                hints.add(new Hint("hint.holds", a.name(), null));
            }
        }
        if (status == CrossingStatus.ARRIVED || inspectionPending) {
            return hints;
        }
        // lanes chosen, no inspection in the way: each authority that has not decided yet is awaited
        for (Authority a : Authority.values()) {
            Authority other = a == Authority.MX ? Authority.US : Authority.MX;
            boolean undecided = latest.get(a) == null || latest.get(a) == Decision.REFER;
            if (undecided && latest.get(other) != Decision.RELEASE) {
                hints.add(new Hint(ended ? "hint.inspectedAwaiting" : "hint.decisionAwaited", a.name(), null));
            }
        }
        return hints;
    }

    private static void inspection(Optional<InspectionView> inspection, List<Hint> hints) {
        if (inspection.isEmpty()) {
            hints.add(new Hint("hint.inspectionScheduling", null, null));
            return;
        }
        InspectionView i = inspection.get();
        if (i.startedAt() != null) {
            hints.add(new Hint("hint.inspectionRunning", null, null));
            return;
        }
        if (i.mxOfficer() == null) {
            hints.add(new Hint("hint.inspectionJoin", Authority.MX.name(), null));
        }
        if (i.usOfficer() == null) {
            hints.add(new Hint("hint.inspectionJoin", Authority.US.name(), null));
        }
    }
}
