package io.jointclear.clearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.shared.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every status × transition pair: the allowed ones lead where the workflow says, all others are refused. */
class CrossingStateMachineTest {

    private static final Map<String, CrossingStatus> ALLOWED = Map.ofEntries(
            Map.entry("FILED AMEND", CrossingStatus.FILED),
            Map.entry("FILED REASSESS", CrossingStatus.FILED),
            Map.entry("FILED ARRIVE", CrossingStatus.ARRIVED),
            Map.entry("ARRIVED SELECT", CrossingStatus.SELECTED),
            Map.entry("ARRIVED REASSESS", CrossingStatus.ARRIVED),
            Map.entry("SELECTED REASSESS", CrossingStatus.SELECTED),
            Map.entry("SELECTED START_INSPECTION", CrossingStatus.UNDER_INSPECTION),
            Map.entry("SELECTED REFER", CrossingStatus.UNDER_INSPECTION),
            Map.entry("SELECTED RELEASE_PARTIAL", CrossingStatus.SELECTED),
            Map.entry("SELECTED RELEASE_FINAL", CrossingStatus.RELEASED),
            Map.entry("SELECTED HOLD", CrossingStatus.HELD),
            Map.entry("SELECTED SEIZE", CrossingStatus.SEIZED),
            Map.entry("UNDER_INSPECTION REASSESS", CrossingStatus.UNDER_INSPECTION),
            Map.entry("UNDER_INSPECTION START_INSPECTION", CrossingStatus.UNDER_INSPECTION),
            Map.entry("UNDER_INSPECTION END_INSPECTION", CrossingStatus.UNDER_INSPECTION),
            Map.entry("UNDER_INSPECTION REFER", CrossingStatus.UNDER_INSPECTION),
            Map.entry("UNDER_INSPECTION RELEASE_PARTIAL", CrossingStatus.UNDER_INSPECTION),
            Map.entry("UNDER_INSPECTION RELEASE_FINAL", CrossingStatus.RELEASED),
            Map.entry("UNDER_INSPECTION HOLD", CrossingStatus.HELD),
            Map.entry("UNDER_INSPECTION SEIZE", CrossingStatus.SEIZED),
            Map.entry("HELD REASSESS", CrossingStatus.HELD),
            Map.entry("HELD START_INSPECTION", CrossingStatus.UNDER_INSPECTION),
            Map.entry("HELD END_INSPECTION", CrossingStatus.HELD),
            Map.entry("HELD REFER", CrossingStatus.UNDER_INSPECTION),
            Map.entry("HELD HOLD", CrossingStatus.HELD),
            Map.entry("HELD RELEASE_PARTIAL", CrossingStatus.UNDER_INSPECTION),
            Map.entry("HELD RELEASE_FINAL", CrossingStatus.RELEASED),
            Map.entry("HELD SEIZE", CrossingStatus.SEIZED));

    @Test
    void everyPairIsEitherAllowedToItsTargetOrRefused() {
        List<String> checked = new ArrayList<>();
        for (CrossingStatus from : CrossingStatus.values()) {
            for (Transition transition : Transition.values()) {
                String pair = from + " " + transition;
                CrossingStatus expected = ALLOWED.get(pair);
                if (expected != null) {
                    assertThat(CrossingStateMachine.apply(from, transition)).as(pair).isEqualTo(expected);
                } else {
                    assertThatThrownBy(() -> CrossingStateMachine.apply(from, transition)).as(pair)
                            .isInstanceOf(ProblemException.class)
                            .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409))
                            .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("INVALID_TRANSITION"));
                }
                checked.add(pair);
            }
        }
        assertThat(checked).hasSize(CrossingStatus.values().length * Transition.values().length);
    }

    @Test
    void releasedAndSeizedAreFinal() {
        for (Transition transition : Transition.values()) {
            assertThat(CrossingStateMachine.next(CrossingStatus.RELEASED, transition)).isEmpty();
            assertThat(CrossingStateMachine.next(CrossingStatus.SEIZED, transition)).isEmpty();
        }
    }
}
