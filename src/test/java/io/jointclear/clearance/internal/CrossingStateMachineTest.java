package io.jointclear.clearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.shared.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every status × transition pair: the allowed ones lead where the workflow says, all others are refused.
 * A move into the open phase lands on the status the facts give (a hold in force, the inspection's phase).
 */
class CrossingStateMachineTest {

    /** Moves to a fixed status. */
    private static final Map<String, CrossingStatus> FIXED = Map.ofEntries(
            Map.entry("FILED AMEND", CrossingStatus.FILED),
            Map.entry("FILED REASSESS", CrossingStatus.FILED),
            Map.entry("FILED ARRIVE", CrossingStatus.ARRIVED),
            Map.entry("ARRIVED REASSESS", CrossingStatus.ARRIVED),
            Map.entry("SELECTED RELEASE_FINAL", CrossingStatus.RELEASED),
            Map.entry("SELECTED SEIZE", CrossingStatus.SEIZED),
            Map.entry("UNDER_INSPECTION RELEASE_FINAL", CrossingStatus.RELEASED),
            Map.entry("UNDER_INSPECTION SEIZE", CrossingStatus.SEIZED),
            Map.entry("INSPECTED RELEASE_FINAL", CrossingStatus.RELEASED),
            Map.entry("INSPECTED SEIZE", CrossingStatus.SEIZED),
            Map.entry("HELD RELEASE_FINAL", CrossingStatus.RELEASED),
            Map.entry("HELD SEIZE", CrossingStatus.SEIZED));

    /** Moves into the open phase: their status is the phase's. */
    private static final Set<String> SETTLED = Set.of(
            "ARRIVED SELECT",
            "SELECTED REASSESS", "SELECTED START_INSPECTION", "SELECTED REFER", "SELECTED RELEASE_PARTIAL", "SELECTED HOLD",
            "UNDER_INSPECTION REASSESS", "UNDER_INSPECTION START_INSPECTION", "UNDER_INSPECTION END_INSPECTION",
            "UNDER_INSPECTION REFER", "UNDER_INSPECTION RELEASE_PARTIAL", "UNDER_INSPECTION HOLD",
            "INSPECTED REASSESS", "INSPECTED REFER", "INSPECTED RELEASE_PARTIAL", "INSPECTED HOLD",
            "HELD REASSESS", "HELD START_INSPECTION", "HELD END_INSPECTION", "HELD REFER", "HELD HOLD", "HELD RELEASE_PARTIAL");

    private static final List<CrossingStateMachine.Phase> PHASES = List.of(
            new CrossingStateMachine.Phase(false, false, false),
            new CrossingStateMachine.Phase(false, true, false),
            new CrossingStateMachine.Phase(false, true, true),
            new CrossingStateMachine.Phase(true, true, false),
            new CrossingStateMachine.Phase(true, false, false));

    @Test
    void everyPairIsEitherAllowedToItsTargetOrRefused() {
        List<String> checked = new ArrayList<>();
        for (CrossingStatus from : CrossingStatus.values()) {
            for (Transition transition : Transition.values()) {
                String pair = from + " " + transition;
                for (CrossingStateMachine.Phase phase : PHASES) {
                    if (FIXED.containsKey(pair)) {
                        assertThat(CrossingStateMachine.apply(from, transition, phase)).as(pair).isEqualTo(FIXED.get(pair));
                    } else if (SETTLED.contains(pair)) {
                        assertThat(CrossingStateMachine.apply(from, transition, phase)).as(pair + " " + phase)
                                .isEqualTo(phase.status());
                    } else {
                        assertThat(CrossingStateMachine.allows(from, transition)).as(pair).isFalse();
                        assertThatThrownBy(() -> CrossingStateMachine.apply(from, transition, phase)).as(pair)
                                .isInstanceOf(ProblemException.class)
                                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409))
                                .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("INVALID_TRANSITION"));
                    }
                }
                checked.add(pair);
            }
        }
        assertThat(checked).hasSize(CrossingStatus.values().length * Transition.values().length);
    }

    @Test
    void theOpenStatusFollowsTheFacts() {
        assertThat(new CrossingStateMachine.Phase(false, false, false).status()).isEqualTo(CrossingStatus.SELECTED);
        assertThat(new CrossingStateMachine.Phase(false, true, false).status()).isEqualTo(CrossingStatus.UNDER_INSPECTION);
        assertThat(new CrossingStateMachine.Phase(false, true, true).status()).isEqualTo(CrossingStatus.INSPECTED);
        assertThat(new CrossingStateMachine.Phase(true, true, true).status()).as("a hold outranks the inspection's phase")
                .isEqualTo(CrossingStatus.HELD);
    }

    @Test
    void releasedAndSeizedAreFinal() {
        for (Transition transition : Transition.values()) {
            for (CrossingStateMachine.Phase phase : PHASES) {
                assertThat(CrossingStateMachine.next(CrossingStatus.RELEASED, transition, phase)).isEmpty();
                assertThat(CrossingStateMachine.next(CrossingStatus.SEIZED, transition, phase)).isEmpty();
            }
        }
    }
}
