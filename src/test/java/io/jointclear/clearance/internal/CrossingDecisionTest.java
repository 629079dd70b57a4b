package io.jointclear.clearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
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
        assertThat(c.status).as("a red joint lane requires the inspection").isEqualTo(CrossingStatus.UNDER_INSPECTION);
        c.inspectionStarted(T);
        assertThat(c.status).isEqualTo(CrossingStatus.UNDER_INSPECTION);
        c.inspectionEnded(T.plusSeconds(600));
        assertThat(c.status).as("ended: the decisions are awaited").isEqualTo(CrossingStatus.INSPECTED);
        assertThat(c.check(Authority.MX, Decision.REFER).code()).as("one joint inspection per crossing")
                .isEqualTo("INSPECTION_COMPLETED");
        c.decide(Authority.US, Decision.RELEASE, "officer-us", "", T.plusSeconds(700));
        assertThat(c.status).isEqualTo(CrossingStatus.INSPECTED);
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
    void aReleaseByTheHolderReturnsToWhereTheCaseStandsAndAHoldOfTheOtherKeepsItHeld() {
        Crossing c = selected(Lane.RED, Lane.GREEN);
        c.inspectionStarted(T);
        c.inspectionEnded(T.plusSeconds(60));
        c.decide(Authority.MX, Decision.HOLD, "officer-mx", "papers", T.plusSeconds(120));
        c.decide(Authority.US, Decision.HOLD, "officer-us", "papers", T.plusSeconds(130));
        assertThat(c.status).isEqualTo(CrossingStatus.HELD);
        c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T.plusSeconds(180));
        assertThat(c.status).as("the US hold is still in force").isEqualTo(CrossingStatus.HELD);
        assertThatThrownBy(() -> c.decide(Authority.US, Decision.REFER, "officer-us", "", T.plusSeconds(190)))
                .as("no second inspection after one ended").isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("INSPECTION_COMPLETED"));
        assertThat(c.latestDecision(Authority.US)).contains(Decision.HOLD);
    }

    @Test
    void aHeldCrossingWithoutInspectionReturnsToSelectedNotToInspection() {
        Crossing c = selected(Lane.GREEN, Lane.GREEN);
        c.decide(Authority.MX, Decision.HOLD, "officer-mx", "", T);
        c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T.plusSeconds(60));
        assertThat(c.status).isEqualTo(CrossingStatus.SELECTED);
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

    @Test
    void anAuthorityWhoseAssessmentIsPendingMayHoldButNotRelease() {
        Crossing c = selected(Lane.GREEN, Lane.GREEN);
        c.declarations = new java.util.ArrayList<>(List.of(
                pending(Authority.MX, "262434566001234",
                        new FieldViolation("declarations[0].date", "DATE_OUTSIDE_REFERENCE_DATA", "no FIX for 2026-03-10"),
                        new FieldViolation("declarations[0].lines[0].tariffCode", "RATE_NOT_LOADED", "no IGE rate for fracción 07020003")),
                assessed(Authority.US, "31600042712")));
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ASSESSMENT_PENDING");
        assertThat(refused.getMessage()).contains("pedimento 262434566001234", "no FIX for 2026-03-10",
                "07020003", DecisionPolicy.MX_ASSESSMENT_BASIS);
        assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("declarations[0].date", "DATE_OUTSIDE_REFERENCE_DATA"),
                tuple("declarations[0].lines[0].tariffCode", "RATE_NOT_LOADED"));
        assertThat(c.decisions).isEmpty();
        assertThat(c.status).isEqualTo(CrossingStatus.SELECTED);

        // the other authority is not held back by it; holding stays possible
        c.decide(Authority.US, Decision.RELEASE, "officer-us", "", T);
        c.decide(Authority.MX, Decision.HOLD, "officer-mx", "waiting for the IGE rate", T.plusSeconds(60));
        assertThat(c.status).isEqualTo(CrossingStatus.HELD);

        // once reassessed, the release goes through and is final
        c.declarations.set(0, assessed(Authority.MX, "262434566001234"));
        c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T.plusSeconds(120));
        assertThat(c.status).isEqualTo(CrossingStatus.RELEASED);
    }

    @Test
    void aDeclarationWithNothingToAssessDoesNotBlockTheRelease() {
        Crossing c = selected(Lane.GREEN, Lane.GREEN);
        c.declarations = new java.util.ArrayList<>(List.of(
                new StoredDeclaration(document(Authority.US, "31600042712"), StoredDeclaration.NOT_APPLICABLE, null, List.of(), T)));
        c.decide(Authority.US, Decision.RELEASE, "officer-us", "", T);
        assertThat(c.latestDecision(Authority.US)).contains(Decision.RELEASE);
    }

    @Test
    void aReleaseOutOfTurnIsRefusedForTheStateBeforeTheAssessmentIsLookedAt() {
        Crossing c = new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.FILED, 0);
        c.declarations = new java.util.ArrayList<>(List.of(pending(Authority.MX, "262434566001234",
                new FieldViolation("declarations[0].date", "DATE_OUTSIDE_REFERENCE_DATA", "no FIX"))));
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> c.decide(Authority.MX, Decision.RELEASE, "officer-mx", "", T)).code()).isEqualTo("INVALID_TRANSITION");
    }

    private static StoredDeclaration pending(Authority authority, String number, FieldViolation... missing) {
        return new StoredDeclaration(document(authority, number), StoredDeclaration.PENDING, null, List.of(missing), T);
    }

    private static StoredDeclaration assessed(Authority authority, String number) {
        return new StoredDeclaration(document(authority, number), StoredDeclaration.ASSESSED, null, List.of(), T);
    }

    private static DeclarationDocument document(Authority authority, String number) {
        return new DeclarationDocument(authority, number, "IMP", "A1", null, null, null, null, null, null, null, null,
                null, "USD", null, null, null, null, null, List.of(), List.of());
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
