package io.jointclear.clearance.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Status and lanes never disagree: every sequence of up to five steps (each authority's decisions, the
 * inspection starting and ending) from every lane pair ends in a status that says what the lanes and
 * the inspection say — red joint lane while the inspection is pending, INSPECTED once it ended, HELD
 * exactly while a hold is in force.
 */
class CrossingStatusConsistencyTest {

    private static final Instant T = Instant.parse("2026-03-10T20:30:00Z");

    private sealed interface Step permits Decide, Start, End {
    }

    private record Decide(Authority authority, Decision decision) implements Step {
    }

    private record Start() implements Step {
    }

    private record End() implements Step {
    }

    private static final List<Step> STEPS = steps();

    @Test
    void everyReachableStateIsConsistent() {
        int states = 0;
        for (Lane mx : Lane.values()) {
            for (Lane us : Lane.values()) {
                states += walk(List.of(), mx, us, 5);
            }
        }
        assertThat(states).as("states visited").isGreaterThan(10_000);
    }

    private int walk(List<Step> done, Lane mx, Lane us, int depth) {
        Crossing c = replay(done, mx, us);
        if (c == null) {
            return 0;
        }
        assertConsistent(c, done);
        int visited = 1;
        if (depth == 0 || c.status.isFinal()) {
            return visited;
        }
        for (Step next : STEPS) {
            List<Step> longer = new ArrayList<>(done);
            longer.add(next);
            visited += walk(longer, mx, us, depth - 1);
        }
        return visited;
    }

    /** The crossing after the steps, or null when the last step was refused (earlier ones were accepted). */
    private static Crossing replay(List<Step> steps, Lane mx, Lane us) {
        Crossing c = new Crossing(UUID.randomUUID(), "broker", T, CrossingStatus.FILED, 0);
        c.move(Transition.ARRIVE);
        c.select(new Selection(Map.of(
                Authority.MX, new Selection.AuthorityLane(Authority.MX, mx, List.of()),
                Authority.US, new Selection.AuthorityLane(Authority.US, us, List.of())), "test"), T);
        for (Step step : steps) {
            try {
                switch (step) {
                    case Decide d -> c.decide(d.authority(), d.decision(), "officer", "", T);
                    case Start s -> {
                        if (!c.inspectionRequired || c.inspectionStartedAt != null) {
                            return null; // the joint inspection starts only when one is scheduled, once
                        }
                        c.inspectionStarted(T);
                    }
                    case End e -> {
                        if (c.inspectionStartedAt == null || c.inspectionEndedAt != null) {
                            return null;
                        }
                        c.inspectionEnded(T);
                    }
                }
            } catch (ProblemException refused) {
                return null;
            }
        }
        return c;
    }

    private static void assertConsistent(Crossing c, List<Step> steps) {
        String what = c.selection.lanes() + " " + steps + " → " + c.status;
        if (c.status.isFinal()) {
            return;
        }
        boolean held = c.latestDecision(Authority.MX).orElse(null) == Decision.HOLD
                || c.latestDecision(Authority.US).orElse(null) == Decision.HOLD;
        boolean pending = c.inspectionRequired && c.inspectionEndedAt == null;
        assertThat(c.status == CrossingStatus.HELD).as(what).isEqualTo(held);
        assertThat(c.currentJointLane() == Lane.RED).as("joint lane red exactly when an inspection is required: " + what)
                .isEqualTo(c.inspectionRequired);
        if (!held) {
            assertThat(c.status == CrossingStatus.UNDER_INSPECTION).as(what).isEqualTo(pending);
            assertThat(c.status == CrossingStatus.INSPECTED).as(what).isEqualTo(c.inspectionEndedAt != null);
            assertThat(c.status == CrossingStatus.SELECTED).as(what).isEqualTo(!c.inspectionRequired);
        }
        if (pending) {
            assertThat(c.check(Authority.MX, Decision.RELEASE).isAllowed()).as(what).isFalse();
            assertThat(c.check(Authority.US, Decision.RELEASE).isAllowed()).as(what).isFalse();
        }
    }

    private static List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (Authority a : Authority.values()) {
            for (Decision d : Decision.values()) {
                out.add(new Decide(a, d));
            }
        }
        out.add(new Start());
        out.add(new End());
        return List.copyOf(out);
    }
}
