package io.jointclear.clearance.internal;

import static io.jointclear.clearance.CrossingStatus.ARRIVED;
import static io.jointclear.clearance.CrossingStatus.FILED;
import static io.jointclear.clearance.CrossingStatus.HELD;
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
import java.util.Map;
import java.util.Optional;

/**
 * The allowed moves of a crossing, as one table: FILED → ARRIVED → SELECTED → (RELEASED |
 * UNDER_INSPECTION → RELEASED | HELD | SEIZED). Anything not in the table is refused with a 409.
 */
final class CrossingStateMachine {

    private static final Map<CrossingStatus, Map<Transition, CrossingStatus>> TABLE = new EnumMap<>(CrossingStatus.class);

    static {
        allow(FILED, AMEND, FILED);
        allow(FILED, REASSESS, FILED);
        allow(FILED, ARRIVE, ARRIVED);

        allow(ARRIVED, SELECT, SELECTED);
        allow(ARRIVED, REASSESS, ARRIVED);

        allow(SELECTED, REASSESS, SELECTED);
        allow(SELECTED, START_INSPECTION, UNDER_INSPECTION);
        allow(SELECTED, REFER, UNDER_INSPECTION);
        allow(SELECTED, RELEASE_PARTIAL, SELECTED);
        allow(SELECTED, RELEASE_FINAL, RELEASED);
        allow(SELECTED, HOLD, HELD);
        allow(SELECTED, SEIZE, SEIZED);

        allow(UNDER_INSPECTION, REASSESS, UNDER_INSPECTION);
        allow(UNDER_INSPECTION, START_INSPECTION, UNDER_INSPECTION);
        allow(UNDER_INSPECTION, END_INSPECTION, UNDER_INSPECTION);
        allow(UNDER_INSPECTION, REFER, UNDER_INSPECTION);
        allow(UNDER_INSPECTION, RELEASE_PARTIAL, UNDER_INSPECTION);
        allow(UNDER_INSPECTION, RELEASE_FINAL, RELEASED);
        allow(UNDER_INSPECTION, HOLD, HELD);
        allow(UNDER_INSPECTION, SEIZE, SEIZED);

        allow(HELD, REASSESS, HELD);
        allow(HELD, START_INSPECTION, UNDER_INSPECTION);
        allow(HELD, END_INSPECTION, HELD);
        allow(HELD, REFER, UNDER_INSPECTION);
        allow(HELD, HOLD, HELD);
        allow(HELD, RELEASE_PARTIAL, UNDER_INSPECTION);
        allow(HELD, RELEASE_FINAL, RELEASED);
        allow(HELD, SEIZE, SEIZED);
        // RELEASED and SEIZED are final: no entry.
    }

    private CrossingStateMachine() {
    }

    private static void allow(CrossingStatus from, Transition transition, CrossingStatus to) {
        TABLE.computeIfAbsent(from, f -> new EnumMap<>(Transition.class)).put(transition, to);
    }

    static Optional<CrossingStatus> next(CrossingStatus from, Transition transition) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(transition));
    }

    /** The status after {@code transition}, or a 409 problem naming the move refused. */
    static CrossingStatus apply(CrossingStatus from, Transition transition) {
        return next(from, transition).orElseThrow(() -> refusal(from, transition));
    }

    /** The 409 problem of a move the table does not allow. */
    static ProblemException refusal(CrossingStatus from, Transition transition) {
        return new ProblemException(409, "INVALID_TRANSITION", "Not allowed in this state", "A crossing in status "
                + from + " does not allow " + transition.name().toLowerCase().replace('_', ' '));
    }
}
