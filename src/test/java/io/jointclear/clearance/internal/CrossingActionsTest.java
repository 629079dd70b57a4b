package io.jointclear.clearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a screen offers and what the case accepts are the same rule: for every status, lane pair,
 * inspection progress, authority and decision, {@link Crossing#check} allows exactly what
 * {@link Crossing#decide} records, and refuses with the code and text decide answers.
 */
class CrossingActionsTest {

    private static final Instant T = Instant.parse("2026-03-10T20:30:00Z");

    @Test
    void theOfferedDecisionsAreExactlyTheAcceptedOnes() {
        int compared = 0;
        for (Crossing c : cases()) {
            for (Authority authority : Authority.values()) {
                for (Decision decision : Decision.values()) {
                    Crossing copy = copy(c);
                    DecisionPolicy.Verdict verdict = copy.check(authority, decision);
                    ProblemException refused = catchThrowableOfType(ProblemException.class,
                            () -> copy.decide(authority, decision, "officer", "", T));
                    String what = c.status + " lanes " + c.selection + " ended " + c.inspectionEndedAt + " " + authority + " " + decision;
                    if (verdict.isAllowed()) {
                        assertThat(refused).as(what).isNull();
                    } else {
                        assertThat(refused).as(what).isNotNull();
                        assertThat(refused.code()).as(what).isEqualTo(verdict.code());
                        assertThat(refused.getMessage()).as(what).isEqualTo(verdict.problem().getMessage());
                        assertThat(verdict.option().allowed()).isFalse();
                        assertThat(verdict.option().code()).isEqualTo(verdict.code());
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void aReferralTurnsTheReferringLaneAndTheJointLaneRed() {
        Crossing c = selected(Lane.GREEN, Lane.GREEN);
        assertThat(c.currentJointLane()).isEqualTo(Lane.GREEN);
        c.decide(Authority.MX, Decision.REFER, "officer-mx", "seal broken", T);
        assertThat(c.currentLane(Authority.MX)).isEqualTo(Lane.RED);
        assertThat(c.currentLane(Authority.US)).isEqualTo(Lane.GREEN);
        assertThat(c.currentJointLane()).isEqualTo(Lane.RED);
        var view = CrossingViews.of(c);
        assertThat(view.lanes().mx()).isEqualTo("RED");
        assertThat(view.lanes().joint()).isEqualTo("RED");
        assertThat(view.lanes().referredBy()).containsExactly("MX");
        assertThat(view.lanes().selection().laneOf(Authority.MX)).as("the selection itself is kept").isEqualTo(Lane.GREEN);
        // the release is refused for the inspection, as the red lane shown says
        assertThat(c.check(Authority.US, Decision.RELEASE).code()).isEqualTo("INSPECTION_REQUIRED");
    }

    private static List<Crossing> cases() {
        List<Crossing> out = new ArrayList<>();
        out.add(new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.FILED, 0));
        Crossing arrived = new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.FILED, 0);
        arrived.move(Transition.ARRIVE);
        out.add(arrived);
        for (Lane mx : Lane.values()) {
            for (Lane us : Lane.values()) {
                out.add(selected(mx, us));
                Crossing inspected = selected(mx, us);
                inspected.inspectionStarted(T);
                out.add(copy(inspected));
                inspected.inspectionEnded(T);
                out.add(inspected);
                Crossing held = selected(mx, us);
                held.decisions.add(new Crossing.DecisionRecord(Authority.US, Decision.RELEASE, "o", "", T));
                held.decisions.add(new Crossing.DecisionRecord(Authority.MX, Decision.HOLD, "o", "", T));
                held.move(Transition.HOLD);
                out.add(held);
            }
        }
        out.add(new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.RELEASED, 0));
        out.add(new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.SEIZED, 0));
        return out;
    }

    private static Crossing copy(Crossing c) {
        Crossing copy = new Crossing(c.id, c.filedBy, c.filedAt, c.status, c.version);
        copy.selection = c.selection;
        copy.inspectionRequired = c.inspectionRequired;
        copy.inspectionStartedAt = c.inspectionStartedAt;
        copy.inspectionEndedAt = c.inspectionEndedAt;
        copy.declarations = new ArrayList<>(c.declarations);
        copy.decisions.addAll(c.decisions);
        return copy;
    }

    private static Crossing selected(Lane mx, Lane us) {
        Crossing c = new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.FILED, 0);
        c.move(Transition.ARRIVE);
        c.select(new Selection(Map.of(
                Authority.MX, new Selection.AuthorityLane(Authority.MX, mx, List.of()),
                Authority.US, new Selection.AuthorityLane(Authority.US, us, List.of())), "test"), T);
        return c;
    }
}
