package io.jointclear.risk;

import io.jointclear.shared.Authority;
import java.util.List;
import java.util.Map;

/**
 * The lanes chosen for a crossing, per authority, each with the reasons that led to it.
 *
 * @param policy  name and version of the policy that chose, for replay
 */
public record Selection(Map<Authority, AuthorityLane> lanes, String policy) {

    public Selection {
        lanes = Map.copyOf(lanes);
    }

    /** The joint lane: the stricter of the two authorities' lanes. */
    public Lane jointLane() {
        return lanes.values().stream().map(AuthorityLane::lane).reduce(Lane.GREEN, Lane::stricter);
    }

    public Lane laneOf(Authority authority) {
        AuthorityLane lane = lanes.get(authority);
        return lane == null ? Lane.GREEN : lane.lane();
    }

    /** One authority's lane and why: every rule that hit, and whether the random draw selected it. */
    public record AuthorityLane(Authority authority, Lane lane, List<Reason> reasons) {
        public AuthorityLane {
            reasons = List.copyOf(reasons);
        }
    }

    /** A rule hit or the random draw, with the lane it asks for and a sentence for the officer. */
    public record Reason(String rule, Lane lane, String explanation) {
    }
}
