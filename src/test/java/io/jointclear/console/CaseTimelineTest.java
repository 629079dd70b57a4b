package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.inspection.InspectionView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timeline reads in causal order, and the waiting hints say whom an open crossing waits for. */
class CaseTimelineTest {

    private static final Instant T = Instant.parse("2026-03-10T20:30:00Z");

    @Test
    void aDecisionComesBeforeTheJointReleaseItCausedAtTheSameInstant() {
        List<CaseDetails.TimelineRow> rows = new ArrayList<>(List.of(
                row(T.plusSeconds(60), "timeline.RELEASED", "released"),
                row(T.plusSeconds(60), "timeline.INSPECTION_ENDED", "ended"),
                row(T, "timeline.DECISION", "MX RELEASE"),
                row(T.plusSeconds(60), "timeline.DECISION", "US RELEASE (first recorded)"),
                row(T.plusSeconds(60), "timeline.DECISION", "US note (second recorded)"),
                row(T.minusSeconds(60), "timeline.SELECTED", "lanes")));
        rows.sort(CaseDetails.CAUSAL);
        assertThat(rows).extracting(CaseDetails.TimelineRow::detail).containsExactly("lanes", "MX RELEASE", "ended",
                "US RELEASE (first recorded)", "US note (second recorded)", "released");
    }

    @Test
    void anAuthorityThatReleasedWaitsForTheOther() {
        var hints = WaitingHints.of(CrossingStatus.SELECTED,
                List.of(new WaitingHints.DecisionFact("MX", Decision.RELEASE)), false, Optional.empty());
        assertThat(hints).containsExactly(new WaitingHints.Hint("hint.releasedWaiting", "MX", "US"));
        var held = WaitingHints.of(CrossingStatus.HELD, List.of(new WaitingHints.DecisionFact("US", Decision.RELEASE),
                new WaitingHints.DecisionFact("MX", Decision.HOLD)), false, Optional.empty());
        assertThat(held).containsExactly(new WaitingHints.Hint("hint.releasedHeld", "US", "MX"));
        assertThat(WaitingHints.of(CrossingStatus.RELEASED, List.of(new WaitingHints.DecisionFact("MX", Decision.RELEASE)),
                false, Optional.empty())).isEmpty();
    }

    @Test
    void aJointInspectionWaitsForTheOfficersNotYetThereThenRuns() {
        InspectionView scheduled = new InspectionView(UUID.randomUUID(), UUID.randomUUID(), "facility", "SCHEDULED", "red",
                T, "officer-mx", null, null, null, List.of());
        assertThat(WaitingHints.of(CrossingStatus.SELECTED, List.of(), true, Optional.of(scheduled)))
                .containsExactly(new WaitingHints.Hint("hint.inspectionJoin", "US", null));
        InspectionView running = new InspectionView(UUID.randomUUID(), UUID.randomUUID(), "facility", "IN_PROGRESS", "red",
                T, "officer-mx", "officer-us", T, null, List.of());
        assertThat(WaitingHints.of(CrossingStatus.UNDER_INSPECTION, List.of(), true, Optional.of(running)))
                .extracting(WaitingHints.Hint::key).containsExactly("hint.inspectionRunning");
    }

    private static CaseDetails.TimelineRow row(Instant at, String key, String detail) {
        return new CaseDetails.TimelineRow(at.toString(), key, detail, at);
    }
}
