package io.jointclear.clearance.internal;

import static io.jointclear.clearance.CrossingStatus.ARRIVED;
import static io.jointclear.clearance.CrossingStatus.FILED;
import static io.jointclear.clearance.CrossingStatus.HELD;
import static io.jointclear.clearance.CrossingStatus.INSPECTED;
import static io.jointclear.clearance.CrossingStatus.RELEASED;
import static io.jointclear.clearance.CrossingStatus.SEIZED;
import static io.jointclear.clearance.CrossingStatus.SELECTED;
import static io.jointclear.clearance.CrossingStatus.UNDER_INSPECTION;
import static io.jointclear.clearance.internal.Transition.AMEND;
import static io.jointclear.clearance.internal.Transition.ARRIVE;
import static io.jointclear.clearance.internal.Transition.END_INSPECTION;
import static io.jointclear.clearance.internal.Transition.HOLD;
import static io.jointclear.clearance.internal.Transition.REASSESS;
import static io.jointclear.clearance.internal.Transition.REFER;
import static io.jointclear.clearance.internal.Transition.RELEASE_FINAL;
import static io.jointclear.clearance.internal.Transition.RELEASE_PARTIAL;
import static io.jointclear.clearance.internal.Transition.SEIZE;
import static io.jointclear.clearance.internal.Transition.SELECT;
import static io.jointclear.clearance.internal.Transition.START_INSPECTION;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.shared.ProblemException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed moves of a crossing, as one table: FILED → ARRIVED → (selection) an open status →
 * RELEASED | SEIZED. Anything not in the table is refused with a 409.
 *
 * <p>A move into the open phase does not name its status: where an open crossing stands follows the
 * facts of the case ({@link Phase}), so the status, the lanes and the inspection never disagree —
 * e.g. a release by the authority that held returns the crossing to INSPECTED when the joint
 * inspection has ended, and keeps it HELD while the other authority still holds.
 */
final class CrossingStateMachine {

    /** The open statuses after selection, all settled from the facts. */
    static final Set<CrossingStatus> OPEN = EnumSet.of(SELECTED, UNDER_INSPECTION, INSPECTED, HELD);

    /** Marks a move into the open phase in the table: the status comes from the {@link Phase}. */
    private static final CrossingStatus SETTLED = null;

    private static final Map<CrossingStatus, Map<Transition, Optional<CrossingStatus>>> TABLE = new EnumMap<>(CrossingStatus.class);

    static {
        allow(FILED, AMEND, FILED);
        allow(FILED, REASSESS, FILED);
        allow(FILED, ARRIVE, ARRIVED);

        allow(ARRIVED, SELECT, SETTLED);
        allow(ARRIVED, REASSESS, ARRIVED);

        for (CrossingStatus open : OPEN) {
            allow(open, REASSESS, SETTLED);
            allow(open, REFER, SETTLED);
            allow(open, RELEASE_PARTIAL, SETTLED);
            allow(open, RELEASE_FINAL, RELEASED);
            allow(open, HOLD, SETTLED);
            allow(open, SEIZE, SEIZED);
        }
        // the joint inspection starts while it is required (red lane, referral) and ends once
        allow(UNDER_INSPECTION, START_INSPECTION, SETTLED);
        allow(UNDER_INSPECTION, END_INSPECTION, SETTLED);
        allow(SELECTED, START_INSPECTION, SETTLED);
        allow(HELD, START_INSPECTION, SETTLED);
        allow(HELD, END_INSPECTION, SETTLED);
        // RELEASED and SEIZED are final: no entry.
    }

    private CrossingStateMachine() {
    }

    /** The facts an open crossing's status follows. */
    record Phase(boolean holdInForce, boolean inspectionRequired, boolean inspectionEnded) {

        CrossingStatus status() {
            if (holdInForce) {
                return HELD;
            }
            if (inspectionEnded) {
                return INSPECTED;
            }
            return inspectionRequired ? UNDER_INSPECTION : SELECTED;
        }
    }

    private static void allow(CrossingStatus from, Transition transition, CrossingStatus to) {
        TABLE.computeIfAbsent(from, f -> new EnumMap<>(Transition.class)).put(transition, Optional.ofNullable(to));
    }

    /** Whether the table allows the move at all. */
    static boolean allows(CrossingStatus from, Transition transition) {
        return TABLE.getOrDefault(from, Map.of()).containsKey(transition);
    }

    /** The status after the move, the open one settled from the phase; empty when the table refuses it. */
    static Optional<CrossingStatus> next(CrossingStatus from, Transition transition, Phase phase) {
        Optional<CrossingStatus> to = TABLE.getOrDefault(from, Map.of()).get(transition);
        if (to == null) {
            return Optional.empty();
        }
        return Optional.of(to.orElseGet(phase::status));
    }

    /** The status after {@code transition}, or a 409 problem naming the move refused. */
    static CrossingStatus apply(CrossingStatus from, Transition transition, Phase phase) {
        return next(from, transition, phase).orElseThrow(() -> refusal(from, transition));
    }

    /** The 409 problem of a move the table does not allow. */
    static ProblemException refusal(CrossingStatus from, Transition transition) {
        return new ProblemException(409, "INVALID_TRANSITION", "Not allowed in this state", "A crossing in status "
                + from + " does not allow " + transition.name().toLowerCase().replace('_', ' '));
    }
}
