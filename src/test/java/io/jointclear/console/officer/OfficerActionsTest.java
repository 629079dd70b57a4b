package io.jointclear.console.officer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The officer is told why Release is not offered: the missing data of their own authority's assessment. */
class OfficerActionsTest {

    @Test
    void releaseIsBlockedOnlyByTheOfficersOwnPendingDeclaration() {
        CrossingView c = crossing(
                new CrossingView.DeclarationView("MX", "262434566001301", null, "PENDING_REFERENCE_DATA", null,
                        List.of(new FieldViolation("declarations[1].lines[0].tariffCode", "RATE_NOT_LOADED",
                                "No IGI rate is loaded for fracción 72083801"))),
                new CrossingView.DeclarationView("US", "X20260310123457", null, "NOT_APPLICABLE", null, null));
        OfficerActions mx = OfficerActions.of(c, Optional.empty(), Authority.MX, "officer-mx");
        assertThat(mx.canDecide()).isTrue();
        assertThat(mx.releaseBlockedBy()).containsExactly(
                "262434566001301 · RATE_NOT_LOADED: No IGI rate is loaded for fracción 72083801");
        assertThat(OfficerActions.of(c, Optional.empty(), Authority.US, "officer-us").releaseBlockedBy()).isEmpty();
    }

    @Test
    void anAssessedDeclarationBlocksNothing() {
        CrossingView c = crossing(new CrossingView.DeclarationView("MX", "262434566001301", null, "ASSESSED", null, null));
        assertThat(OfficerActions.of(c, Optional.empty(), Authority.MX, "officer-mx").releaseBlockedBy()).isEmpty();
    }

    private static CrossingView crossing(CrossingView.DeclarationView... declarations) {
        return new CrossingView(UUID.randomUUID(), CrossingStatus.SELECTED, "SOUTHBOUND", "240", "2304", null, null, null,
                null, "broker", 1, List.of(declarations), List.of(), null, List.of(),
                new CrossingView.Inspection(false, null, null), null);
    }
}
