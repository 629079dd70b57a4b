package io.jointclear.clearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The joint release rule: released only when both authorities' latest decision is RELEASE. */
class CrossingDecisionTest {

    private static final Instant T = Instant.parse("2026-03-10T20:30:00Z");

    @Test
    void releasedOnlyWhenBothAuthoritiesReleased() {
        Crossing c = selected(Lane.GREEN, Lane.YELLOW);
        c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T);
        assertThat(c.status).isEqualTo(CrossingStatus.SELECTED);
        assertThat(c.releasedAt).isNull();
        c.decide(Authority.US, Decision.RELEASE, "officer-us", "", T.plusSeconds(60));
        assertThat(c.status).isEqualTo(CrossingStatus.RELEASED);
        assertThat(c.releasedAt).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void aRedLaneIsReleasedOnlyAfterTheJointInspectionEnded() {
        Crossing c = selected(Lane.GREEN, Lane.RED);
        assertThatThrownBy(() -> c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T))
                .isInstanceOf(ProblemException.class).hasMessageContaining("inspection");
        c.move(Transition.START_INSPECTION);
        c.inspectionStartedAt = T;
        c.move(Transition.END_INSPECTION);
        c.inspectionEndedAt = T.plusSeconds(600);
        c.decide(Authority.US, Decision.RELEASE, "officer-us", "", T.plusSeconds(700));
        c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T.plusSeconds(800));
        assertThat(c.status).isEqualTo(CrossingStatus.RELEASED);
    }

    @Test
    void aHoldByOneAuthorityOutlastsTheOthersRelease() {
        Crossing c = selected(Lane.GREEN, Lane.GREEN);
        c.decide(Authority.US, Decision.RELEASE, "officer-us", "", T);
        c.decide(Authority.MX, Decision.HOLD, "officer-mx", "documents missing", T.plusSeconds(60));
        assertThat(c.status).isEqualTo(CrossingStatus.HELD);
        c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "documents presented", T.plusSeconds(120));
        assertThat(c.status).isEqualTo(CrossingStatus.RELEASED);
    }

    @Test
    void seizureIsFinal() {
        Crossing c = selected(Lane.RED, Lane.GREEN);
        c.decide(Authority.MX, Decision.SEIZE, "officer-mx", "undeclared goods", T);
        assertThat(c.status).isEqualTo(CrossingStatus.SEIZED);
        assertThatThrownBy(() -> c.decide(Authority.US, Decision.RELEASE, "officer-us", "", T))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("INVALID_TRANSITION"));
    }

    @Test
    void referralSendsAGreenCrossingToInspection() {
        Crossing c = selected(Lane.GREEN, Lane.GREEN);
        c.decide(Authority.US, Decision.REFER, "officer-us", "seal broken", T);
        assertThat(c.status).isEqualTo(CrossingStatus.UNDER_INSPECTION);
        assertThat(c.inspectionRequired).isTrue();
        assertThatThrownBy(() -> c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T))
                .isInstanceOf(ProblemException.class);
    }

    private static Crossing selected(Lane mx, Lane us) {
        Crossing c = new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.FILED, 0);
        c.move(Transition.ARRIVE);
        c.move(Transition.SELECT);
        c.selection = new Selection(Map.of(
                Authority.MX, new Selection.AuthorityLane(Authority.MX, mx, List.of()),
                Authority.US, new Selection.AuthorityLane(Authority.US, us, List.of())), "test");
        c.inspectionRequired = c.selection.jointLane() == Lane.RED;
        return c;
    }
}
