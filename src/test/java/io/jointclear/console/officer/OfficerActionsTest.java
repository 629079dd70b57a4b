package io.jointclear.console.officer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.ActionOption;
import io.jointclear.clearance.CrossingActions;
import io.jointclear.clearance.Decision;
import io.jointclear.inspection.InspectionActions;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The officer's page shows what the modules answer: an action is a button only when its rule lets it
 * through, a refused one says why in the officer's language, and Release names the missing data.
 */
class OfficerActionsTest {

    private static final ActionOption OPEN = ActionOption.open();
    private static final InspectionActions NO_INSPECTION = new InspectionActions(
            ActionOption.refused("NO_INSPECTION", "not selected"), ActionOption.refused("INSPECTION_NOT_FOUND", "none"),
            ActionOption.refused("INSPECTION_NOT_FOUND", "none"), List.of());

    @Test
    void releaseBlockedByTheOfficersOwnPendingAssessmentIsDisabledWithTheMissingData() {
        ActionOption pending = new ActionOption(false, "ASSESSMENT_PENDING", "MX cannot release", "Ley Aduanera arts. 43 and 83",
                List.of(new FieldViolation("declarations[1].lines[0].tariffCode", "RATE_NOT_LOADED",
                        "pedimento 262434566001301: No IGI rate is loaded for fracción 72083801")));
        OfficerActions mx = OfficerActions.of(actions(null, Map.of(Decision.RELEASE, pending)), NO_INSPECTION);
        assertThat(choice(mx, Decision.RELEASE).allowed()).isFalse();
        assertThat(choice(mx, Decision.RELEASE).reasonKey()).isEqualTo("refusal.ASSESSMENT_PENDING");
        assertThat(choice(mx, Decision.HOLD).allowed()).isTrue();
        assertThat(choice(mx, Decision.HOLD).confirm()).isTrue();
        assertThat(choice(mx, Decision.SEIZE).confirm()).isTrue();
        assertThat(choice(mx, Decision.REFER).confirm()).isFalse();
        assertThat(mx.releaseBlockedBy()).containsExactly(
                "RATE_NOT_LOADED: pedimento 262434566001301: No IGI rate is loaded for fracción 72083801");
        assertThat(mx.decisionsClosed()).isNull();
    }

    @Test
    void aCrossingThatTakesNoDecisionShowsOneReasonAndNoButton() {
        ActionOption outOfTurn = ActionOption.refused("INVALID_TRANSITION", "A crossing in status FILED does not allow hold");
        Map<Decision, ActionOption> all = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            all.put(d, outOfTurn);
        }
        OfficerActions filed = OfficerActions.of(new CrossingActions(Authority.US, null, OPEN, all), NO_INSPECTION);
        assertThat(filed.decisions()).isEmpty();
        assertThat(filed.decisionsClosed().reasonKey()).isEqualTo("refusal.INVALID_TRANSITION");
        assertThat(filed.arrival().allowed()).isTrue();
    }

    @Test
    void theSameDecisionAgainIsNotOfferedAndUnknownCodesKeepTheModulesText() {
        OfficerActions released = OfficerActions.of(actions(Decision.RELEASE,
                Map.of(Decision.SEIZE, ActionOption.refused("SOMETHING_NEW", "refused for a new reason"))), NO_INSPECTION);
        assertThat(choice(released, Decision.RELEASE).allowed()).isFalse();
        assertThat(choice(released, Decision.RELEASE).reasonKey()).isEqualTo("refusal.ALREADY_DECIDED");
        assertThat(choice(released, Decision.SEIZE).reasonKey()).isEqualTo("refusal.OTHER");
        assertThat(choice(released, Decision.SEIZE).reason()).isEqualTo("refused for a new reason");
        assertThat(released.myDecision()).isEqualTo("RELEASE");
    }

    @Test
    void everyExplainedRefusalHasATextInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_es.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            for (String code : OfficerActions.EXPLAINED) {
                assertThat(p).as(bundle).containsKey("refusal." + code);
            }
            assertThat(p).as(bundle).containsKeys("refusal.OTHER", "confirm.decision.HOLD", "confirm.decision.SEIZE",
                    "confirm.end", "hint.releasedWaiting", "hint.releasedHeld", "hint.inspectionJoin",
                    "hint.inspectionRunning", "hint.inspectionScheduling");
        }
    }

    private static CrossingActions actions(Decision latest, Map<Decision, ActionOption> overrides) {
        Map<Decision, ActionOption> all = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            all.put(d, overrides.getOrDefault(d, OPEN));
        }
        return new CrossingActions(Authority.MX, latest, ActionOption.refused("INVALID_TRANSITION", "arrived"), all);
    }

    private static OfficerActions.DecisionChoice choice(OfficerActions actions, Decision decision) {
        return actions.decisions().stream().filter(d -> d.decision().equals(decision.name())).findFirst().orElseThrow();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OfficerActionsTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
